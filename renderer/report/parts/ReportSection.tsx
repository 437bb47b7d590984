import type { ReactNode } from 'react';
import type { BoardId } from '../../../shared/records';

/**
 * One board's part of the printed report: it starts on a new page and is named by its heading,
 * so a screen reader lists the report by board and a test finds it as a region by name.
 */
export function ReportSection({ board, title, children }: { board: BoardId | 'facilitation'; title: string; children: ReactNode }) {
  const id = `report-${board}`;
  return (
    <section className="report-section" data-board={board} aria-labelledby={id}>
      <h2 id={id} className="report-section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A sub-part of a section ("Accounts by segment", a coverage plan) that keeps its heading with what follows. */
export function ReportBlock({ title, children, className }: { title?: string; children: ReactNode; className?: string }) {
  return (
    <div className={`report-block${className ? ` ${className}` : ''}`}>
      {title && <h3 className="report-block-title">{title}</h3>}
      {children}
    </div>
  );
}

/** What an empty board says in the report instead of an empty table. */
export function ReportEmpty({ children }: { children: ReactNode }) {
  return <p className="report-empty">{children}</p>;
}
