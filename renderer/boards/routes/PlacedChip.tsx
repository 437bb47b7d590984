import { useDraggable } from '@dnd-kit/core';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement, Route } from '../../../shared/records';
import { useBoardActions } from './boardContext';
import { routeLabel } from './labels';
import { chipStyle, RouteChipFace } from './RouteChipView';
import { AsContent, useReadOnly } from '../../ui/readOnly';

interface PlacedChipProps {
  placement: Placement;
  route: Route;
  cellName: string;
  lifted: boolean;
  /** Another route has the same number. */
  duplicate: boolean;
}

/**
 * A route serving a cell. Mouse and touch drag it (with Ctrl or Alt held, a copy); the keyboard
 * picks it up with Space, moves it with the arrows and drops it with Space; Enter opens the
 * route's card, Delete takes it out of the cell.
 */
export const PlacedChip = memo(function PlacedChip({ placement, route, cellName, lifted, duplicate }: PlacedChipProps) {
  const { t } = useTranslation('routes');
  const actions = useBoardActions();
  const label = routeLabel(t, route);
  const duplicateText = duplicate ? t('duplicate.chip', { number: route.number }) : '';
  const duplicateId = `dup-${placement.id}`;
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `chip:${placement.id}`,
    data: { routeId: route.id, placementId: placement.id },
  });
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const readOnly = useReadOnly();

  // After a keyboard move the chip appears in its new cell or position: focus follows it there.
  useEffect(() => {
    if (actions.takeFocus(placement.id)) buttonRef.current?.focus();
  }, [actions, placement.id, placement.order, placement.segmentId, placement.offeringId]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (lifted) return actions.liftedKeyDown(e);
    if (e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      actions.lift(route.id, placement.id);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      e.stopPropagation();
      actions.editRoute(route.id);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      e.stopPropagation();
      actions.removePlacement(placement, buttonRef.current?.closest<HTMLElement>('[data-cell]') ?? null);
    }
  };
  const openMenu = (x: number, y: number) =>
    actions.openMenu({
      label: t('menu.chip', { route: label }),
      x,
      y,
      returnFocus: buttonRef.current,
      items: [
        { label: t('menu.editRoute'), hint: 'Enter', run: () => actions.editRoute(route.id) },
        { label: t('menu.moveWithKeys'), hint: t('keys.space'), run: () => actions.lift(route.id, placement.id) },
        {
          label: t('menu.removeFromCell'),
          hint: t('keys.delete'),
          danger: true,
          run: () => actions.removePlacement(placement, buttonRef.current?.closest<HTMLElement>('[data-cell]') ?? null),
        },
      ],
    });

  if (readOnly) {
    return (
      <span className="chip-wrap" data-placement-id={placement.id}>
        <AsContent className="route-chip" style={chipStyle(route)} label={duplicate ? `${label}, ${duplicateText}` : label}>
          <RouteChipFace route={route} duplicate={duplicate} />
        </AsContent>
      </span>
    );
  }
  return (
    <span className={`chip-wrap${isDragging ? ' is-dragging' : ''}${lifted ? ' is-lifted' : ''}`} data-placement-id={placement.id}>
      <button
        type="button"
        ref={(el) => {
          setNodeRef(el);
          buttonRef.current = el;
        }}
        className="route-chip"
        style={chipStyle(route)}
        {...attributes}
        {...listeners}
        tabIndex={-1}
        aria-label={label}
        aria-pressed={lifted}
        aria-roledescription={t('chipRole')}
        aria-describedby={duplicate ? duplicateId : undefined}
        title={[label, duplicate ? `⚠ ${duplicateText}` : '', t('chipHint')].filter(Boolean).join(' — ')}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (lifted) actions.cancelLift();
        }}
        onDoubleClick={(e) => {
          e.stopPropagation();
          actions.editRoute(route.id);
        }}
        onContextMenu={(e) => {
          e.preventDefault();
          e.stopPropagation();
          openMenu(e.clientX, e.clientY);
        }}
      >
        <RouteChipFace route={route} duplicate={duplicate} />
      </button>
      {duplicate && (
        <span id={duplicateId} className="sr-only">
          {duplicateText}
        </span>
      )}
      <button
        type="button"
        className="chip-remove"
        tabIndex={-1}
        aria-label={t('removeFrom', { route: label, cell: cellName })}
        title={t('removeFrom', { route: label, cell: cellName })}
        onClick={(e) => {
          e.stopPropagation();
          actions.removePlacement(placement, e.currentTarget.closest<HTMLElement>('[data-cell]'));
        }}
      >
        ×
      </button>
    </span>
  );
});
