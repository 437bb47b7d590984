import type { BoardId } from '../../shared/records';
import { navigate, parseHash, replaceRoute } from '../app/router';
import { usePresentation } from '../workshop/presentation';

let cameFrom: BoardId | null = null;

/**
 * Shows the open workshop's report; with `print`, prints it (or, in the desktop app, saves it as
 * a PDF) once it is laid out. From a board this is a new history entry (Back returns to the
 * board); on the report itself it only asks for the print.
 */
export function openReport(print: boolean): void {
  const route = parseHash(window.location.hash);
  if (route.view === 'library' || route.view === 'present') return;
  if (route.view === 'report') {
    replaceRoute({ view: 'report', workshopId: route.workshopId, print });
    return;
  }
  cameFrom = route.board;
  // The report is paper, not the projector: present mode ends.
  if (usePresentation.getState().presenting) usePresentation.getState().stop();
  navigate({ view: 'report', workshopId: route.workshopId, print });
}

/** The board to go back to from the report (the one it was opened from). */
export function reportReturnBoard(): BoardId {
  return cameFrom ?? 'agenda';
}
