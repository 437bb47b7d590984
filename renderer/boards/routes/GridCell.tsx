import { useDroppable } from '@dnd-kit/core';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import type { CellAnalysis } from '../../../shared/calc/routes';
import type { Route } from '../../../shared/records';
import { useBoardActions, type Ghost } from './boardContext';
import { cellLabel, handoffText, routeLabel } from './labels';
import { PlacedChip } from './PlacedChip';
import { RouteGhost } from './RouteChipView';
import { ContentButton, useReadOnly } from '../../ui/readOnly';

interface GridCellProps {
  cell: CellAnalysis;
  segmentName: string;
  offeringName: string;
  r: number;
  c: number;
  active: boolean;
  routes: ReadonlyMap<string, Route>;
  ghost: Ghost | null;
  liftedPlacementId: string | null;
  /** Routes whose number another route also has. */
  duplicateRouteIds: ReadonlySet<string>;
}

/**
 * One cell of the grid (a customer tier × an offering type): the routes that serve it, in order,
 * and what the analysis says about it — a gap, a conflict, or the rule of engagement that resolves it.
 */
export const GridCell = memo(function GridCell({ cell, segmentName, offeringName, r, c, active, routes, ghost, liftedPlacementId, duplicateRouteIds }: GridCellProps) {
  const { t } = useTranslation('routes');
  // The room reads what a badge says, not what it would do: no "add a route" on a read-only board.
  const readOnly = useReadOnly();
  const actions = useBoardActions();
  const { setNodeRef, isOver } = useDroppable({ id: cell.key, data: { segmentId: cell.segmentId, offeringId: cell.offeringId } });
  const name = cellLabel(t, segmentName, offeringName);
  const descriptionId = `desc-${cell.key}`;
  const openAdd = () => actions.openAdd(cell.segmentId, cell.offeringId);
  const openRule = () => actions.openRule(cell.segmentId, cell.offeringId);

  const placed = cell.placements.flatMap((p) => {
    const route = routes.get(p.routeId);
    return route ? [{ p, route }] : [];
  });
  // The ghost's index counts the cell's routes without the one moving; find the chip it goes before.
  const others = placed.filter((x) => x.p.id !== liftedPlacementId);
  const ghostBefore = ghost ? (others[ghost.index]?.p.id ?? null) : undefined;
  const ghostRoute = ghost ? routes.get(ghost.routeId) : undefined;
  const ghostNode: ReactNode =
    ghost && ghostRoute ? (
      <RouteGhost
        key="ghost"
        route={ghostRoute}
        refused={ghost.refused}
        text={ghost.refused ? t('alreadyHere') : ghost.copy ? t('copyHere') : ghostRoute.name}
      />
    ) : null;
  const items: ReactNode[] = [];
  for (const { p, route } of placed) {
    if (ghostBefore === p.id) items.push(ghostNode);
    // A space between chips (collapsed by the flex layout): their text reads as separate words.
    if (items.length) items.push(' ');
    items.push(
      <PlacedChip key={p.id} placement={p} route={route} cellName={name} lifted={p.id === liftedPlacementId} duplicate={duplicateRouteIds.has(route.id)} />,
    );
  }
  if (ghostBefore === null) items.push(ghostNode);

  const summary =
    cell.status === 'gap'
      ? t('status.gap')
      : [
          placed.map((x) => routeLabel(t, x.route)).join(t('listSeparator')),
          cell.status === 'conflict' ? t('status.conflict') : '',
          cell.handoff ? t('handoff.label', { text: handoffText(t, cell, routes) }) : '',
          cell.rule ? t('status.rule', { rule: cell.rule }) : '',
        ]
          .filter(Boolean)
          .join(' · ');

  // The cell is named by where it is and then by what it shows, in the order it shows it, so the
  // name a screen reader or voice control uses holds every visible word (WCAG 2.5.3).
  const shown = [
    name,
    ...placed.map((x) => routeLabel(t, x.route)),
    cell.status === 'gap' ? (readOnly ? t('badge.gap') : `${t('badge.gap')} · ${t('addRoute')}`) : '',
    cell.status === 'conflict' ? (readOnly ? t('badge.conflict') : `${t('badge.conflict')} · ${t('writeRule')}`) : '',
    cell.rule !== '' && cell.status !== 'gap' ? `${t('badge.rule')} ${cell.rule}` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <td
      ref={setNodeRef}
      role="gridcell"
      data-cell=""
      data-r={r}
      data-c={c}
      data-cell-key={cell.key}
      tabIndex={active ? 0 : -1}
      aria-label={shown}
      aria-describedby={descriptionId}
      className={`route-cell is-${cell.status}${isOver ? ' is-over' : ''}${ghost?.refused ? ' is-refused' : ''}`}
      onDoubleClick={(e) => {
        if (!(e.target as HTMLElement).closest('button')) openAdd();
      }}
      onContextMenu={(e) => {
        if ((e.target as HTMLElement).closest('.chip-wrap')) return;
        e.preventDefault();
        actions.openMenu({
          label: t('menu.cell', { cell: name }),
          x: e.clientX,
          y: e.clientY,
          returnFocus: e.currentTarget,
          items: [
            { label: t('addRouteEllipsis'), run: openAdd },
            { label: t('ruleEllipsis'), run: openRule },
          ],
        });
      }}
    >
      <div className="cell-chips">
        {items}{' '}
        {cell.status !== 'gap' && (
          <button type="button" className="cell-add" tabIndex={-1} aria-label={t('addRouteTo', { cell: name })} title={t('addRouteTo', { cell: name })} onClick={openAdd}>
            +
          </button>
        )}
      </div>{' '}
      {cell.status === 'gap' && (
        <ContentButton className="cell-badge badge-gap" tabIndex={-1} onClick={openAdd} aria-label={t('gapAdd', { cell: name })}>
          <span aria-hidden="true">⚠</span> {t('badge.gap')}
          {!readOnly && ` · ${t('addRoute')}`}
        </ContentButton>
      )}
      {cell.handoff && (
        // Complementary sales-cycle splits: a hand-off, said in words, not a conflict (issue 11).
        <span className="cell-handoff">{t('handoff.label', { text: handoffText(t, cell, routes) })}</span>
      )}
      {cell.status === 'conflict' && (
        <ContentButton className="cell-badge badge-conflict" tabIndex={-1} onClick={openRule} aria-label={t('conflictRule', { cell: name })}>
          <Icon name="bolt" size={16} /> {t('badge.conflict')}
          {!readOnly && ` · ${t('writeRule')}`}
        </ContentButton>
      )}
      {cell.rule !== '' && cell.status !== 'gap' && (
        <ContentButton
          className="cell-badge badge-rule"
          tabIndex={-1}
          onClick={openRule}
          title={cell.rule}
          aria-label={`${t('badge.rule')} ${cell.rule} · ${t('editRule', { cell: name })}`}
        >
          <span className="rule-label"><Icon name="check" size={16} /> {t('badge.rule')}</span> <span className="rule-text">{cell.rule}</span>
        </ContentButton>
      )}
      {/* What is in the cell, then how to get in and out of it (Tab stays inside until Esc). */}
      <span id={descriptionId} className="sr-only">
        {summary} — {t('kb.cellHint')}
      </span>
    </td>
  );
});
