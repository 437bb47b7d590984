import { memo, useId, useMemo, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnFigures } from '../../../../shared/calc/segments';
import type { Account, Segment } from '../../../../shared/records';
import { useFitList } from '../../../ui/fitList';
import { usePresentedId } from '../../../ui/presented';
import { ROVING_GROUP, useRovingList } from '../../../ui/roving';
import { columnOf, UNASSIGNED, type Columns } from '../state/columns';
import type { BoardFigures } from '../state/figures';
import { AccountCard } from './AccountCard';
import { ColumnHeader } from './ColumnHeader';
import { useCardFormat } from './formatContext';

/** More cards than a projector column can ever show: the list is measured from here down. */
const CAP = 24;

/**
 * The most columns one row of the projector holds. The projector's type scales with the screen's
 * width, so this is a width in type too: eight columns leave a card about nine of its letters
 * wide, the longest word of a name ("Manufacturing", "Multinationals") still whole. A workshop
 * with more segments puts its columns in two (or more) rows of equal length.
 */
export const MAX_PER_ROW = 8;

/** How the projector's columns are laid out: rows of equal length, none longer than MAX_PER_ROW. */
export function projectorRows(columns: number): { rows: number; perRow: number } {
  const rows = Math.max(1, Math.ceil(columns / MAX_PER_ROW));
  return { rows, perRow: Math.ceil(columns / rows) };
}

interface Props {
  segments: readonly Segment[];
  columns: Columns;
  figures: BoardFigures;
}

/**
 * The segments board on the projector (present mode, the projector view): every column side by
 * side across the screen, each with the top cards that fit (board order) and "+ 42 more" for the
 * rest, so nothing scrolls and nothing runs off the edge. The card the facilitator selected stays
 * on screen even when it is further down its column. Nothing here edits: it is the read-only
 * board's layout, with the same cards, names and data attributes as the editing board.
 */
export function ProjectorColumns({ segments, columns, figures }: Props) {
  const totalRevenue = figures.total.revenue;
  const { rows, perRow } = projectorRows(segments.length + 1);
  const style = { '--seg-count': perRow, '--seg-rows': rows } as CSSProperties;
  return (
    // The columns side by side: ← → move the focus across them (ui/roving).
    <div className={`seg-columns seg-projector${rows > 1 ? ' is-rows' : ''}`} style={style} {...{ [ROVING_GROUP]: '' }}>
      <ProjectorColumn
        segment={null}
        accounts={columnOf(columns, UNASSIGNED)}
        figures={figures.unassigned}
        totalRevenue={totalRevenue}
        segmentCount={segments.length}
      />
      {segments.map((segment) => (
        <ProjectorColumn
          key={segment.id}
          segment={segment}
          accounts={columnOf(columns, segment.id)}
          figures={figures.byColumn.get(segment.id)!}
          totalRevenue={totalRevenue}
          segmentCount={segments.length}
        />
      ))}
    </div>
  );
}

interface ColumnProps {
  segment: Segment | null;
  accounts: readonly Account[];
  figures: ColumnFigures;
  totalRevenue: number;
  segmentCount: number;
}

const ProjectorColumn = memo(function ProjectorColumn({ segment, accounts, figures, totalRevenue, segmentCount }: ColumnProps) {
  const { t } = useTranslation('segments');
  const titleId = useId();
  const list = useRef<HTMLDivElement>(null);
  const em = useRef<HTMLSpanElement>(null);
  const f = useCardFormat();
  const presented = usePresentedId('account-id');
  const presentedAt = presented === null ? -1 : accounts.findIndex((a) => a.id === presented);
  // The top cards; the selected one takes the last place when it is further down.
  const { shown, more } = useFitList(list, em, accounts, accountId, presentedAt, CAP);
  // One tab stop per column, on the card last visited; the arrows move between the cards shown.
  const ids = useMemo(() => shown.map(({ item }) => item.id), [shown]);
  const roving = useRovingList(list, ids);
  const name = segment ? segment.name : t('unassigned');
  const style = { '--seg-color': segment?.color ?? 'var(--line)' } as CSSProperties;
  return (
    <section
      className={`seg-column${segment ? '' : ' is-unassigned'}${accounts.length ? '' : ' is-empty'}`}
      style={style}
      aria-labelledby={titleId}
      data-column-key={segment?.id ?? UNASSIGNED}
    >
      <ColumnHeader
        segment={segment}
        figures={figures}
        totalRevenue={totalRevenue}
        position={-1}
        segmentCount={segmentCount}
        titleId={titleId}
        // Read-only: the header is no handle, so it has no keyboard help to point to.
        columnHelpId=""
      />
      <div ref={list} className="seg-list" role="listbox" aria-label={t('column.listLabel', { name })} {...roving.listProps}>
        {shown.map(({ item: a, index: i }, at) => (
          <div
            key={a.id}
            className={`seg-slot${i !== at ? ' is-further' : ''}`}
            role="option"
            aria-selected={false}
            aria-posinset={i + 1}
            aria-setsize={accounts.length}
            {...roving.itemProps(a.id)}
            data-account-id={a.id}
          >
            <AccountCard account={a} />
          </div>
        ))}
      </div>
      <span ref={em} className="fit-em-probe" aria-hidden="true" />
      <p className="seg-more">
        {more > 0 && t('column.more', { count: more, formatted: f.int(more) })}
      </p>
    </section>
  );
});

const accountId = (a: Account) => a.id;
