import { memo, useEffect, useId, useMemo, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnFigures } from '../../../../shared/calc/segments';
import type { AccountTest } from '../../../../shared/calc/segmentsRules';
import type { Account, Segment } from '../../../../shared/records';
import { countRender } from '../benchCounters';
import { useWorkshop } from '../../../state/workshopStore';
import { useBoardView } from '../state/boardView';
import type { ColumnKey } from '../state/columns';
import { useDrag } from '../state/dragState';
import { AccountCard } from './AccountCard';
import { ColumnHeader } from './ColumnHeader';
import { registerColumn } from './columnRegistry';
import { indexesOf } from './moveLogic';
import { ColumnHighlight, DropIndicator } from './DropIndicator';
import { rowGeometry } from './layout';
import { useFixedRows } from './useFixedRows';

interface ColumnProps {
  columnKey: ColumnKey;
  /** null = Unassigned. */
  segment: Segment | null;
  accounts: readonly Account[];
  figures: ColumnFigures;
  totalRevenue: number;
  position: number;
  segmentCount: number;
  /** The column's font size in px (15, or 24 when presenting): card geometry follows it. */
  fontPx: number;
  /** Search and filters: matching cards are highlighted, the rest dimmed; null = no filter. */
  filter: AccountTest | null;
  cardHelpId: string;
  columnHelpId: string;
}

/**
 * One column: its header and a virtualised list of cards (only the visible ones are in the DOM).
 * Each card sits in a slot that carries what changes often (position, selection, tab stop,
 * dimming, drag placeholder); the memoised card inside renders only when its account changes.
 */
export const Column = memo(function Column(props: ColumnProps) {
  countRender('column');
  const { columnKey, segment, accounts, figures, totalRevenue, position, segmentCount, fontPx, filter, cardHelpId, columnHelpId } = props;
  const { t } = useTranslation('segments');
  const titleId = useId();
  const emptyId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const geometry = useMemo(() => rowGeometry(fontPx), [fontPx]);

  const selected = useBoardView((s) => s.selected);
  const activeId = useBoardView((s) => s.active.get(columnKey));
  const moving = useDrag((s) => (s.drag?.kind === 'card' && s.drag.columns.has(columnKey) ? s.drag.idSet : null));
  const columnMoving = useDrag((s) => s.drag?.kind === 'column' && s.drag.segmentId === segment?.id);

  // The column's tab stop: the card last focused here, else the first card.
  const activeIndex = useMemo(() => {
    const i = activeId === undefined ? -1 : accounts.findIndex((a) => a.id === activeId);
    return i >= 0 ? i : 0;
  }, [accounts, activeId]);
  // Cards that must stay mounted though scrolled away: the focused one (focus would be lost) and
  // the ones being dragged (the drag measures the grabbed card).
  // (A set: an index listed twice would render two slots with one key, and leave one behind.)
  const keep = useMemo(() => {
    const out = new Set<number>(accounts.length ? [activeIndex] : []);
    if (moving) for (const i of indexesOf(accounts, moving, useWorkshop.getState().records.account)) out.add(i);
    return out;
  }, [accounts, activeIndex, moving]);
  // Every row has the same height, so the rows on screen follow from the scroll position by
  // arithmetic: nothing is measured, and a column of 50,000 cards opens as fast as one of 50.
  const rows = useFixedRows(listRef, accounts.length, geometry, 4, keep);
  const { scrollToIndex } = rows;

  useEffect(
    () =>
      registerColumn({
        key: columnKey,
        list: () => listRef.current,
        section: () => sectionRef.current,
        geometry: () => geometry,
        scrollToIndex,
      }),
    [columnKey, geometry, scrollToIndex],
  );

  const name = segment ? segment.name : t('unassigned');
  const style = { '--seg-color': segment?.color ?? 'var(--line)' } as CSSProperties;
  return (
    <section
      ref={sectionRef}
      className={`seg-column${segment ? '' : ' is-unassigned'}${accounts.length ? '' : ' is-empty'}${columnMoving ? ' is-moving' : ''}`}
      style={style}
      aria-labelledby={titleId}
      data-column-key={columnKey}
    >
      <ColumnHighlight columnKey={columnKey} />
      <ColumnHeader
        segment={segment}
        figures={figures}
        totalRevenue={totalRevenue}
        position={position}
        segmentCount={segmentCount}
        titleId={titleId}
        columnHelpId={columnHelpId}
      />
      <div
        ref={listRef}
        className="seg-list"
        role="listbox"
        aria-multiselectable="true"
        aria-label={t('column.listLabel', { name })}
        // An empty list says so in words; its hint is not an option of the list (axe: aria-required-children).
        aria-describedby={accounts.length === 0 ? emptyId : undefined}
        data-column-list={columnKey}
      >
        <div className="seg-list-inner" style={{ height: rows.totalSize }}>
          {rows.indexes.map((index) => {
            const a = accounts[index]!;
            const isSelected = selected.has(a.id);
            const dim = filter !== null && !filter(a);
            const cls = `seg-slot${isSelected ? ' is-selected' : ''}${dim ? ' is-dim' : filter ? ' is-match' : ''}${moving?.has(a.id) ? ' is-placeholder' : ''}`;
            return (
              <div
                key={a.id}
                className={cls}
                role="option"
                aria-selected={isSelected}
                // Named by what it shows (name, industry · region, revenue), as voice control expects.
                aria-describedby={cardHelpId}
                aria-posinset={index + 1}
                aria-setsize={accounts.length}
                tabIndex={index === activeIndex ? 0 : -1}
                data-account-id={a.id}
                style={{ transform: `translateY(${geometry.pad + index * geometry.row}px)`, height: geometry.card }}
              >
                <AccountCard account={a} />
              </div>
            );
          })}
          <DropIndicator columnKey={columnKey} geometry={geometry} />
        </div>
        {accounts.length === 0 && (
          <p id={emptyId} className="seg-list-empty" aria-hidden="true">
            {t('column.empty')}
          </p>
        )}
      </div>
    </section>
  );
});
