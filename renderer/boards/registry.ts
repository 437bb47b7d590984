import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { BoardId } from '../../shared/records';

/**
 * Each board of the workshop, in workshop order, loaded when first shown: opening a workshop on
 * one board does not parse the code (and charting library) of the other four.
 */
export const BOARDS: Record<BoardId, LazyExoticComponent<ComponentType>> = {
  agenda: lazy(() => import('./agenda/AgendaBoard').then((m) => ({ default: m.AgendaBoard }))),
  segments: lazy(() => import('./segments/SegmentsBoard').then((m) => ({ default: m.SegmentsBoard }))),
  coverage: lazy(() => import('./coverage/CoverageBoard').then((m) => ({ default: m.CoverageBoard }))),
  routes: lazy(() => import('./routes/RoutesBoard').then((m) => ({ default: m.RoutesBoard }))),
  method: lazy(() => import('./method/MethodBoard').then((m) => ({ default: m.MethodBoard }))),
};
