import type { ComponentType } from 'react';
import type { BoardId } from '../../shared/records';
import { AgendaBoard } from './agenda/AgendaBoard';
import { CoverageBoard } from './coverage/CoverageBoard';
import { MethodBoard } from './method/MethodBoard';
import { RoutesBoard } from './routes/RoutesBoard';
import { SegmentsBoard } from './segments/SegmentsBoard';

/** Each board of the workshop, in workshop order. A board reads the store and dispatches commands. */
export const BOARDS: Record<BoardId, ComponentType> = {
  agenda: AgendaBoard,
  segments: SegmentsBoard,
  coverage: CoverageBoard,
  routes: RoutesBoard,
  method: MethodBoard,
};
