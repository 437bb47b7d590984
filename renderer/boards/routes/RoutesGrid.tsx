import { type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, type RoutesAnalysis } from '../../../shared/calc/routes';
import type { Route, Segment } from '../../../shared/records';
import { useBoardActions, type Ghost } from './boardContext';
import { GridCell } from './GridCell';
import type { GridPos } from './gridQueries';
import { stepFocus } from './keyboardMove';
import { OfferingHeader } from './OfferingHeader';
import { Name } from '../../ui/Name';

interface RoutesGridProps {
  analysis: RoutesAnalysis;
  routes: ReadonlyMap<string, Route>;
  active: GridPos;
  onActive(pos: GridPos): void;
  /** The cell a moving route would land in, and how. */
  ghost: { key: string; ghost: Ghost } | null;
  liftedPlacementId: string | null;
  renamingId: string | null;
  onRenameDone(): void;
  tableRef: RefObject<HTMLTableElement | null>;
}

/** The focusable element at a grid position (row 0 = column headers, column 0 = row headers). */
export function cellElement(table: HTMLTableElement | null, pos: GridPos): HTMLElement | null {
  return table?.querySelector<HTMLElement>(`[data-cell][data-r="${pos.r}"][data-c="${pos.c}"]`) ?? null;
}

/** Buttons and fields inside a cell, in order (what Enter steps into, Tab cycles through). */
function widgetsOf(cell: HTMLElement): HTMLElement[] {
  return [...cell.querySelectorAll<HTMLElement>('button:not(:disabled), input')].filter((el) => !el.closest('.route-ghost'));
}

/**
 * The grid: role="grid" with row and column headers, navigated like a spreadsheet. One cell is in
 * the tab order; arrows, Home/End and Ctrl+Home/End move between cells; Enter steps into a cell's
 * chips and buttons, Tab cycles among them, Esc steps back out to the cell.
 */
export function RoutesGrid({ analysis, routes, active, onActive, ghost, liftedPlacementId, renamingId, onRenameDone, tableRef }: RoutesGridProps) {
  const { t } = useTranslation('routes');
  const actions = useBoardActions();
  const { rows, columns, cells } = analysis;
  const size = { rows: rows.length + 1, cols: columns.length + 1 };

  const focusPos = (pos: GridPos) => {
    onActive(pos);
    const el = cellElement(tableRef.current, pos);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-cell]');
    if (!cell || target.tagName === 'INPUT') return;
    const pos = { r: Number(cell.dataset.r), c: Number(cell.dataset.c) };
    if (target === cell) {
      const offeringId = cell.dataset.offeringId;
      if (offeringId && e.altKey && e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
        e.preventDefault();
        actions.moveOffering(offeringId, e.key === 'ArrowLeft' ? -1 : 1);
        return;
      }
      const next = stepFocus(pos, size, e.key, e.ctrlKey || e.metaKey);
      if (next) {
        e.preventDefault();
        focusPos(next);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        widgetsOf(cell)[0]?.focus();
      } else if (offeringId && e.key === 'F2') {
        e.preventDefault();
        actions.startRename(offeringId);
      } else if (offeringId && (e.key === 'Delete' || e.key === 'Backspace')) {
        e.preventDefault();
        actions.deleteOffering(offeringId);
      }
      return;
    }
    // Inside a cell: Tab and the side arrows cycle its widgets, Esc goes back to the cell.
    const widgets = widgetsOf(cell);
    const i = widgets.indexOf(target);
    if (e.key === 'Escape') {
      e.preventDefault();
      cell.focus();
    } else if (e.key === 'Tab' || e.key === 'ArrowRight' || e.key === 'ArrowLeft' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const back = (e.key === 'Tab' && e.shiftKey) || e.key === 'ArrowLeft' || e.key === 'ArrowUp';
      widgets[(i + (back ? -1 : 1) + widgets.length) % widgets.length]?.focus();
    }
  };

  // Clicking or tabbing into any part of a cell makes it the grid's current cell.
  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    if (!cell) return;
    const pos = { r: Number(cell.dataset.r), c: Number(cell.dataset.c) };
    if (pos.r !== active.r || pos.c !== active.c) onActive(pos);
  };

  const isActive = (r: number, c: number) => active.r === r && active.c === c;
  return (
    <table
      ref={tableRef}
      className="routes-grid"
      role="grid"
      aria-label={t('gridLabel')}
      aria-rowcount={size.rows}
      aria-colcount={size.cols}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <colgroup>
        <col className="col-rowheader" />
        {columns.map((o) => (
          <col key={o.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th role="columnheader" scope="col" className="corner" data-cell="" data-r={0} data-c={0} tabIndex={isActive(0, 0) ? 0 : -1} aria-label={t('corner')}>
            <span className="muted small">{t('corner')}</span>
          </th>
          {columns.map((o, ci) => (
            <OfferingHeader
              key={o.id}
              offering={o}
              r={0}
              c={ci + 1}
              active={isActive(0, ci + 1)}
              first={ci === 0}
              last={ci === columns.length - 1}
              renaming={renamingId === o.id}
              onRenameDone={onRenameDone}
            />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((s, ri) => (
          <tr key={s.id}>
            <RowHeader segment={s} r={ri + 1} active={isActive(ri + 1, 0)} />
            {columns.map((o, ci) => {
              const cell = cells.get(cellKey(s.id, o.id));
              if (!cell) return null;
              return (
                <GridCell
                  key={o.id}
                  cell={cell}
                  segmentName={s.name}
                  offeringName={o.name}
                  r={ri + 1}
                  c={ci + 1}
                  active={isActive(ri + 1, ci + 1)}
                  routes={routes}
                  ghost={ghost?.key === cell.key ? ghost.ghost : null}
                  liftedPlacementId={liftedPlacementId}
                  duplicateRouteIds={analysis.duplicateRouteIds}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RowHeader({ segment, r, active }: { segment: Segment; r: number; active: boolean }) {
  const { t } = useTranslation('routes');
  const actions = useBoardActions();
  return (
    <th role="rowheader" scope="row" className="segment-header" data-cell="" data-r={r} data-c={0} tabIndex={active ? 0 : -1} aria-label={segment.name}>
      <div className="header-line">
        <span className="segment-swatch" style={{ background: segment.color }} aria-hidden="true" />
        <span className="header-name" title={segment.name}>
          <Name text={segment.name} />
        </span>
      </div>
      <button
        type="button"
        className="icon-button hide-row"
        tabIndex={-1}
        aria-label={t('hideRow', { name: segment.name })}
        title={t('hideRow', { name: segment.name })}
        onClick={() => actions.setRowHidden(segment.id, true)}
      >
        {t('hide')}
      </button>
    </th>
  );
}
