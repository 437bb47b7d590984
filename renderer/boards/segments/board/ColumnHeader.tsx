import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sharePercent, type ColumnFigures } from '../../../../shared/calc/segments';
import type { Segment } from '../../../../shared/records';
import { addAccount, deleteSegment, moveSegment, recolourSegment, renameSegment } from '../actions';
import { countRender } from '../benchCounters';
import { useBoardView } from '../state/boardView';
import { UNASSIGNED } from '../state/columns';
import { ColorPicker } from '../ui/ColorPicker';
import { Menu } from '../ui/Menu';
import { useCardFormat } from './formatContext';
import { NoteBadge } from '../../../facilitation/NoteBadge';
import { useReadOnly } from '../../../ui/readOnly';
import { oneFigure } from '../../../ui/keepFigures';

interface HeaderProps {
  /** null = the Unassigned column. */
  segment: Segment | null;
  figures: ColumnFigures;
  /** Revenue of every account on the board: what the share is a share of. */
  totalRevenue: number;
  /** Position among the segments (for "move left/right"); -1 for Unassigned. */
  position: number;
  segmentCount: number;
  titleId: string;
  columnHelpId: string;
}

/**
 * A column's title and live figures: count, total and average revenue, share of the total. Memoised
 * on its figures object, which keeps its identity while the column's accounts do, so a drag
 * elsewhere does not recompute or re-render it.
 */
export const ColumnHeader = memo(function ColumnHeader({ segment, figures, totalRevenue, position, segmentCount, titleId, columnHelpId }: HeaderProps) {
  countRender('header');
  const { t } = useTranslation('segments');
  const readOnly = useReadOnly();
  const f = useCardFormat();
  const renaming = useBoardView((s) => segment !== null && s.renaming === segment.id);
  const share = sharePercent(figures.revenue, totalRevenue);
  const name = segment ? segment.name : t('unassigned');
  const unknown = figures.count - figures.withRevenue;

  return (
    <header className="seg-col-header" data-column-drag={segment?.id}>
      <div className="seg-col-title-row">
        {segment && <ColorPicker value={segment.color} label={t('column.colour', { name })} onChange={(c) => recolourSegment(segment, c)} />}
        <h3 id={titleId} className="seg-col-heading">
          {segment && renaming ? (
            <RenameInput segment={segment} />
          ) : (
            <span
              className="seg-col-title"
              // Read-only (present mode, the projector): a heading to read, not a handle to move or rename.
              tabIndex={segment && !readOnly ? 0 : undefined}
              role={segment && !readOnly ? 'button' : undefined}
              data-column-title={segment?.id}
              aria-describedby={segment && !readOnly ? columnHelpId : undefined}
              title={name}
              onDoubleClick={segment ? () => useBoardView.getState().rename(segment.id) : undefined}
            >
              {name}
            </span>
          )}
        </h3>
        {segment && <NoteBadge anchor={{ kind: 'record', id: segment.id }} label={name} />}
        <button
          type="button"
          className="icon-button"
          aria-label={t('column.addAccount', { name })}
          title={t('column.addAccount', { name })}
          onClick={() => void addAccount(segment?.id ?? UNASSIGNED)}
        >
          +
        </button>
        {segment && (
          <Menu
            label={t('column.menu', { name })}
            items={[
              { label: t('column.details'), hint: 'Enter', run: () => useBoardView.getState().editSegment(segment.id) },
              { label: t('column.rename'), hint: 'F2', run: () => useBoardView.getState().rename(segment.id) },
              { label: t('column.moveLeft'), disabled: position <= 0, run: () => moveSegment(segment.id, position - 1) },
              { label: t('column.moveRight'), disabled: position >= segmentCount - 1, run: () => moveSegment(segment.id, position + 1) },
              { label: t('column.delete'), danger: true, run: () => deleteSegment(segment) },
            ]}
          >
            ⋯
          </Menu>
        )}
      </div>
      {/* Two lines of figures, each a pair that may wrap between its halves: what the room compares
          (count, share) on top, the money below. The cards get the height a third line would take. */}
      <p className="seg-col-figures">
        <span className="seg-col-count">{t('figures.count', { count: figures.count, formatted: f.int(figures.count) })}</span>
        <span className="seg-col-share" title={t('figures.shareTitle')}>
          {f.share(share)}
          <span className="sr-only"> {t('figures.shareOf')}</span>
        </span>
      </p>
      <p className="seg-col-figures seg-col-money">
        <span title={t('figures.revenueTitle')}>{oneFigure(f.money(figures.revenue))}</span>
        <span className="seg-col-avg">
          {figures.average !== null
            ? t('figures.average', { value: oneFigure(f.money(figures.average)) })
            : figures.count
              ? t('figures.noAverage')
              : t('figures.average', { value: '—' })}
          {unknown > 0 && <span className="muted"> · {t('figures.unknownRevenue', { count: unknown })}</span>}
        </span>
      </p>
    </header>
  );
});

/** In-place rename (F2 or double-click): Enter or leaving the field saves, Esc cancels. */
function RenameInput({ segment }: { segment: Segment }) {
  const { t } = useTranslation('segments');
  const [value, setValue] = useState(segment.name);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save) renameSegment(segment, value);
    useBoardView.getState().rename(null);
    // Back to the title, so F2 → type → Enter leaves the keyboard where it was.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-column-title="${CSS.escape(segment.id)}"]`)?.focus());
  };
  return (
    <input
      ref={ref}
      className="seg-rename"
      aria-label={t('column.renameLabel', { name: segment.name })}
      value={value}
      maxLength={200}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
    />
  );
}
