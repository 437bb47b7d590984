import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAnswered } from '../../../shared/calc/routes';
import type { Route } from '../../../shared/records';
import { useBoardActions } from './boardContext';
import { routeLabel } from './labels';
import { chipStyle, RouteChipFace } from './RouteChipView';
import { NoteBadge } from '../../facilitation/NoteBadge';
import { AsContent, useReadOnly } from '../../ui/readOnly';

interface PaletteProps {
  routes: Route[];
  cellsServed: ReadonlyMap<string, number>;
  /** Routes whose number another route also has. */
  duplicateRouteIds: ReadonlySet<string>;
  liftedRouteId: string | null;
  onAdd(): void;
}

/**
 * Every route of the workshop, as cards to drag into the grid (a route may serve many cells).
 * A chip dropped back here leaves its cell. Enter opens a route's card; Space picks it up to
 * place it with the arrow keys.
 */
export function RoutePalette({ routes, cellsServed, duplicateRouteIds, liftedRouteId, onAdd }: PaletteProps) {
  const { t } = useTranslation('routes');
  const { setNodeRef, isOver } = useDroppable({ id: 'palette' });
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    // Left/Right walk the cards, as in a toolbar.
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const cards = [...e.currentTarget.querySelectorAll<HTMLElement>('.palette-card')];
    const i = cards.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    e.preventDefault();
    cards[(i + (e.key === 'ArrowLeft' ? -1 : 1) + cards.length) % cards.length]?.focus();
  };
  return (
    <section ref={setNodeRef} className={`route-palette${isOver ? ' is-over' : ''}`} aria-labelledby="palette-title">
      <div className="palette-header">
        <h3 id="palette-title">{t('palette.title', { count: routes.length })}</h3>
        <span className="muted small">{t('palette.hint')}</span>
        <button type="button" onClick={onAdd}>
          + {t('addRouteCard')}
        </button>
      </div>
      {routes.length === 0 ? (
        <p className="muted">{t('palette.empty')}</p>
      ) : (
        <ul className="palette-list" aria-label={t('palette.listLabel')} onKeyDown={onKeyDown}>
          {routes.map((r) => (
            <PaletteCard key={r.id} route={r} cells={cellsServed.get(r.id) ?? 0} lifted={liftedRouteId === r.id} duplicate={duplicateRouteIds.has(r.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}

const PaletteCard = memo(function PaletteCard({ route, cells, lifted, duplicate }: { route: Route; cells: number; lifted: boolean; duplicate: boolean }) {
  const { t } = useTranslation('routes');
  const actions = useBoardActions();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `palette:${route.id}`, data: { routeId: route.id, placementId: null } });
  const answered = route.questions.filter(isAnswered).length;
  const readOnly = useReadOnly();
  const label = routeLabel(t, route);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (lifted) return actions.liftedKeyDown(e);
    if (e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      actions.lift(route.id, null);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      actions.editRoute(route.id);
    }
  };
  if (readOnly) {
    return (
      <li className="palette-item">
        <AsContent className="palette-card">
          <span className="route-chip" style={chipStyle(route)}>
            <RouteChipFace route={route} duplicate={duplicate} />
          </span>
          <span className="palette-meta">
            <span>{t(`family.${route.family}`)}</span>
            <span>{t('cellsServed', { count: cells })}</span>
          </span>
        </AsContent>
      </li>
    );
  }
  return (
    // The card's figures sit beside its button, not in it: the button is named by what it shows
    // (the chip), the figures describe it; the button still takes a click anywhere on the card.
    <li className={`palette-item${isDragging ? ' is-dragging' : ''}${lifted ? ' is-lifted' : ''}`}>
      <button
        type="button"
        ref={setNodeRef}
        className="palette-card"
        {...attributes}
        {...listeners}
        tabIndex={0}
        aria-label={label}
        aria-pressed={lifted}
        aria-roledescription={t('paletteRole')}
        aria-describedby={`palette-meta-${route.id}`}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (lifted) actions.cancelLift();
        }}
        onClick={() => actions.editRoute(route.id)}
      >
        <span className="route-chip" style={chipStyle(route)}>
          <RouteChipFace route={route} duplicate={duplicate} />
        </span>
      </button>
      <span id={`palette-meta-${route.id}`} className="palette-meta">
        {duplicate && (
          <span className="meta-warn">
            <span aria-hidden="true">⚠ </span>
            {t('duplicate.meta', { number: route.number })}
          </span>
        )}
        <span>{t(`family.${route.family}`)}</span>
        <span className={answered < route.questions.length ? 'meta-warn' : undefined}>
          {answered < route.questions.length && <span aria-hidden="true">⚠ </span>}
          {t('questionsAnswered', { answered, count: route.questions.length })}
        </span>
        <span>{t('cellsServed', { count: cells })}</span>
      </span>
      <NoteBadge anchor={{ kind: 'record', id: route.id }} label={route.name} />
    </li>
  );
});
