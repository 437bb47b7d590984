import { createContext, useContext, type KeyboardEvent } from 'react';
import type { Placement } from '../../../shared/records';
import type { DropTarget } from './keyboardMove';
import type { MenuRequest } from './Menu';

/** A route picked up with the keyboard: from a cell (placementId) or from the palette (null). */
export interface Lifted {
  routeId: string;
  placementId: string | null;
  target: DropTarget;
}

/** Where a moving route would land, drawn as a ghost chip in that cell. */
export interface Ghost {
  index: number;
  routeId: string;
  copy: boolean;
  /** The route already serves that cell: the drop would be refused. */
  refused: boolean;
}

/**
 * What cells, chips, headers and palette cards may ask of the board. The board owns the view state
 * (focus, the lifted route, dialogs); every change to the workshop goes out as a command.
 */
export interface BoardActions {
  openAdd(segmentId: string, offeringId: string): void;
  openRule(segmentId: string, offeringId: string): void;
  editRoute(routeId: string, question?: number): void;
  removePlacement(placement: Placement, returnFocusTo: HTMLElement | null): void;
  lift(routeId: string, placementId: string | null): void;
  /** Keys while a route is lifted: arrows move it, Space/Enter drop, Esc cancels. */
  liftedKeyDown(e: KeyboardEvent): void;
  cancelLift(): void;
  openMenu(request: MenuRequest): void;
  /** True once for a chip that should take focus when it appears (after a keyboard move). */
  takeFocus(placementId: string): boolean;
  setRowHidden(segmentId: string, hidden: boolean): void;
  startRename(offeringId: string): void;
  moveOffering(offeringId: string, by: -1 | 1): void;
  deleteOffering(offeringId: string): void;
}

export const BoardActionsContext = createContext<BoardActions | null>(null);

export function useBoardActions(): BoardActions {
  const actions = useContext(BoardActionsContext);
  if (!actions) throw new Error('useBoardActions outside the routes board');
  return actions;
}
