import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrdered } from '../state/selectors';
import { useWorkshop } from '../state/workshopStore';
import { PresentedHighlight } from '../ui/presented';
import { ReadOnlyBoard } from '../ui/readOnly';
import { AgendaTimer } from '../workshop/AgendaTimer';
import { BoardSlot } from '../workshop/BoardSlot';
import { findHighlighted } from '../workshop/highlight';
import { PresentStep } from '../workshop/PresentStep';
import { PhoneBallot } from '../facilitation/PhoneBallot';
import { useApplyZoom } from '../workshop/zoom';
import { useFollowPresence } from './followPresence';
import { ProjectorPanel } from './ProjectorPanel';
import '../workshop/present.css';
// After the projector's rules: the phone's overrides win at equal specificity.
import './phone.css';

/**
 * The projector view (a second window, a second screen, a participant's phone): the board the
 * facilitator is on, read-only, with the agenda step, the timer and the highlighted card or cell,
 * all followed from the service's events. No editing control exists here.
 */
export function ProjectorView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const presence = useFollowPresence(workshopId);
  const workshop = useWorkshop((s) => s.workshop);
  const items = useOrdered('agendaItem');
  const area = useRef<HTMLElement>(null);
  // The facilitator's zoom, followed like the board (present.css scales the type with it).
  useApplyZoom(presence.zoom ?? 1, true);

  useEffect(() => {
    document.title = workshop ? `${workshop.name} · ${t('projector.title')}` : t('projector.title');
  }, [workshop, t]);

  // The facilitator's selection, outlined here; boards render lazily, so look again as they paint.
  useLayoutEffect(() => {
    const root = area.current;
    if (!root || !presence.highlight) return;
    let shown: HTMLElement | null = null;
    const mark = () => {
      const el = findHighlighted(root, presence.highlight!);
      if (el === shown) return;
      shown?.classList.remove('is-presented');
      shown = el;
      if (el) {
        el.classList.add('is-presented');
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    };
    mark();
    const watch = new MutationObserver(mark);
    watch.observe(root, { childList: true, subtree: true });
    return () => {
      watch.disconnect();
      shown?.classList.remove('is-presented');
    };
  }, [presence.highlight, presence.board]);

  return (
    <>
      <ReadOnlyBoard readOnly>
        <div className="workshop presenting projector" data-board={presence.board}>
          <header className="top-bar projector-bar">
            <h1 className="workshop-title">
              {workshop?.name}
              {workshop?.client && !workshop.name.includes(workshop.client) && <span className="muted"> · {workshop.client}</span>}
            </h1>
            <PresentStep items={items} step={presence.step} />
            <AgendaTimer />
            <span className="projector-badge">{t('projector.readOnly')}</span>
          </header>
          <main ref={area} className="board-area" aria-label={t(`boards.${presence.board}`)}>
            {/* A board that shows part of a list on the projector keeps the followed card in it. */}
            <PresentedHighlight.Provider value={presence.highlight}>
              <BoardSlot board={presence.board} />
            </PresentedHighlight.Provider>
          </main>
          <ProjectorPanel panel={presence.panel} board={presence.board} />
          {presence.blank && <div className="projector-blank" role="img" aria-label={t('projector.blanked')} />}
        </div>
      </ReadOnlyBoard>
      {/* Outside the read-only wrapper, which swallows every click: the one thing a phone may do. */}
      <PhoneBallot workshopId={workshopId} />
    </>
  );
}
