import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, type RoutesAnalysis } from '../../../shared/calc/routes';
import { dispatch } from '../../state/actions';
import type { Ghost, Lifted } from './boardContext';
import type { GridPos, GridQueries } from './gridQueries';
import { isMoveKey, stepTarget, type DropTarget } from './keyboardMove';

interface LiftDeps {
  analysis: RoutesAnalysis;
  q: GridQueries;
  /** The grid's current cell: a route picked up from the palette starts there. */
  active: GridPos;
  announce(text: string): void;
  /** A chip moved to another place: the board makes its cell current and gives the chip focus. */
  onMoved(placementId: string, pos: GridPos): void;
  scrollTo(pos: GridPos): void;
}

/**
 * Moving routes with the keyboard: Space picks a chip (or a palette card) up, the arrows move it
 * across cells and positions, Space drops it (Ctrl+Space drops a copy), Esc cancels. Every step is
 * announced in the UI language, naming the route and the cell.
 */
export function useKeyboardLift({ analysis, q, active, announce, onMoved, scrollTo }: LiftDeps) {
  const { t } = useTranslation('routes');
  const [lifted, setLiftedState] = useState<Lifted | null>(null);
  // Key handlers and blur run between renders: they read the lifted route from the ref.
  const liftedRef = useRef<Lifted | null>(null);
  const setLifted = (next: Lifted | null) => {
    liftedRef.current = next;
    setLiftedState(next);
  };

  const describe = (l: Lifted) => {
    const { segmentId, offeringId, index } = l.target;
    const route = q.nameOfRoute(l.routeId);
    const cell = q.nameOfCell(segmentId, offeringId);
    if (q.refusedAt(l.routeId, segmentId, offeringId, l.placementId)) return t('kb.overTaken', { route, cell });
    const count = q.placementsIn(segmentId, offeringId).filter((p) => p.id !== l.placementId).length + 1;
    return t('kb.over', { route, cell, position: index + 1, count });
  };

  const lift = (routeId: string, placementId: string | null) => {
    let target: DropTarget;
    if (placementId) {
      const p = q.findPlacement(placementId);
      if (!p) return;
      const index = q.placementsIn(p.segmentId, p.offeringId).findIndex((x) => x.id === placementId);
      target = { segmentId: p.segmentId, offeringId: p.offeringId, index };
    } else {
      const row = analysis.rows[Math.max(active.r, 1) - 1];
      const col = analysis.columns[Math.max(active.c, 1) - 1];
      if (!row || !col) return announce(t('kb.noCells'));
      target = { segmentId: row.id, offeringId: col.id, index: q.placementsIn(row.id, col.id).length };
    }
    const next = { routeId, placementId, target };
    setLifted(next);
    announce(`${t('kb.lifted', { route: q.nameOfRoute(routeId) })} ${describe(next)} ${t('kb.howTo')}`);
  };

  const cancelLift = () => {
    const l = liftedRef.current;
    if (!l) return;
    setLifted(null);
    announce(t('kb.cancelled', { route: q.nameOfRoute(l.routeId) }));
  };

  const drop = (copy: boolean) => {
    const l = liftedRef.current;
    if (!l) return;
    const { segmentId, offeringId, index } = l.target;
    const route = q.nameOfRoute(l.routeId);
    const cell = q.nameOfCell(segmentId, offeringId);
    if (q.refusedAt(l.routeId, segmentId, offeringId, copy ? null : l.placementId)) {
      return announce(t('kb.refused', { route, cell })); // still lifted: move on, or Esc
    }
    setLifted(null);
    if (l.placementId === null || copy) {
      void dispatch({ type: 'placement.add', id: crypto.randomUUID(), routeId: l.routeId, segmentId, offeringId, index }, { optimistic: true });
      return announce(t(l.placementId === null ? 'kb.added' : 'kb.copied', { route, cell }));
    }
    const from = q.placementsIn(segmentId, offeringId).findIndex((p) => p.id === l.placementId);
    if (from === index) return announce(t('kb.unchanged', { route, cell }));
    onMoved(l.placementId, q.posOf(segmentId, offeringId));
    void dispatch({ type: 'placement.move', id: l.placementId, segmentId, offeringId, index }, { optimistic: true });
    announce(t('kb.moved', { route, cell, position: index + 1 }));
  };

  const liftedKeyDown = (e: KeyboardEvent) => {
    const l = liftedRef.current;
    if (!l) return;
    // While a route is lifted every key belongs to the move (no grid navigation, no undo).
    e.preventDefault();
    e.stopPropagation();
    if (isMoveKey(e.key)) {
      const shape = {
        rows: analysis.rows.map((s) => s.id),
        cols: analysis.columns.map((o) => o.id),
        count: (s: string, o: string) => q.placementsIn(s, o).filter((p) => p.id !== l.placementId).length,
      };
      const target = stepTarget(shape, l.target, e.key);
      if (!target) return announce(t('kb.edge'));
      const next = { ...l, target };
      setLifted(next);
      announce(describe(next));
      scrollTo(q.posOf(target.segmentId, target.offeringId));
    } else if (e.key === ' ' || e.key === 'Enter') {
      drop(e.ctrlKey || e.metaKey || e.altKey);
    } else if (e.key === 'Escape') {
      cancelLift();
    }
  };

  /** Where the lifted route would land, drawn in that cell. */
  const ghost: { key: string; ghost: Ghost } | null = lifted
    ? {
        key: cellKey(lifted.target.segmentId, lifted.target.offeringId),
        ghost: {
          index: lifted.target.index,
          routeId: lifted.routeId,
          copy: false,
          refused: q.refusedAt(lifted.routeId, lifted.target.segmentId, lifted.target.offeringId, lifted.placementId),
        },
      }
    : null;

  return { lifted, ghost, lift, cancelLift, liftedKeyDown };
}
