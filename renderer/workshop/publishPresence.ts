import { useEffect } from 'react';
import type { Presence } from '../../shared/presence';
import type { BoardId } from '../../shared/records';
import { api } from '../api/client';
import { highlightKeyOf } from './highlight';
import { usePresentation } from './presentation';
import type { PresentedPanel } from '../../shared/presence';
import { useBreakoutPanel } from '../facilitation/breakout/breakoutPanel';
import { useNotesPanel } from '../facilitation/notesPanel';
import { useParkingLot } from '../facilitation/parkingPanel';
import { useVotesPanel } from '../facilitation/votesPanel';

/** The facilitation panel open in this window, as the projector shows it (one at a time). */
function openPanel(): PresentedPanel | null {
  const breakout = useBreakoutPanel.getState();
  if (breakout.open) return { kind: 'breakout', board: breakout.board, tab: breakout.tab };
  if (useVotesPanel.getState().open) return { kind: 'votes' };
  if (useNotesPanel.getState().open) return { kind: 'notes' };
  if (useParkingLot.getState().open) return { kind: 'parking' };
  return null;
}

/**
 * One sender for the window: only the latest presence is sent, one request at a time, so an older
 * state can never overtake a newer one on the way (a step to another board sends twice: the step,
 * then the board). Never a toast: the projector's plumbing must not interrupt the facilitator.
 */
let inFlight = false;
let queued: { workshopId: string; presence: Presence } | null = null;
let lastSent = '';

async function send(): Promise<void> {
  if (inFlight || !queued) return;
  const next = queued;
  queued = null;
  const text = JSON.stringify(next);
  if (text === lastSent) return;
  inFlight = true;
  try {
    await api.call('setPresence', next);
    lastSent = text;
  } catch (e) {
    console.warn('[salesmap] the projector could not be told what is shown:', e);
  } finally {
    inFlight = false;
    void send();
  }
}

/** Tells the service what this facilitator window shows (board, step, highlight, blank, zoom): every projector follows. */
export function usePublishPresence(workshopId: string, board: BoardId): void {
  useEffect(() => {
    const publish = () => {
      const s = usePresentation.getState();
      queued = { workshopId, presence: { board, step: s.step, highlight: s.highlight, blank: s.blank, presenting: s.presenting, panel: openPanel(), zoom: s.zoom } };
      void send();
    };
    // A new board: nothing on it is selected yet.
    usePresentation.getState().setHighlight(null);
    publish();
    const stopPanels = [useBreakoutPanel.subscribe(publish), useVotesPanel.subscribe(publish), useNotesPanel.subscribe(publish), useParkingLot.subscribe(publish)];
    const stop = () => {
      stopPresentation();
      for (const s of stopPanels) s();
    };
    const stopPresentation = usePresentation.subscribe(publish);
    // Back after a break (the host may have restarted and forgotten): say it again.
    const stopEvents = api.onEvent((e) => {
      if (e.kind !== 'reconnected') return;
      lastSent = '';
      publish();
    });
    const onFocus = (e: FocusEvent) => {
      const target = e.target as Element | null;
      if (!target?.closest?.('.board-area')) return;
      const key = highlightKeyOf(target);
      if (key !== usePresentation.getState().highlight) usePresentation.getState().setHighlight(key);
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      stop();
      stopEvents();
      document.removeEventListener('focusin', onFocus);
    };
  }, [workshopId, board]);
}
