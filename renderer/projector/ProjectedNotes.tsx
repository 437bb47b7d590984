import { useTranslation } from 'react-i18next';
import { sortByOrder } from '../../shared/order';
import type { BoardId, StickyNote } from '../../shared/records';
import { anchorLabel } from '../facilitation/anchorLabel';
import { useWorkshop } from '../state/workshopStore';
import { PanelList } from './PanelList';

const keyOf = (n: StickyNote) => n.id;

/** The board's sticky notes on the projector: as many whole notes as the screen holds, "+ N more notes" for the rest. */
export function ProjectedNotes({ board }: { board: BoardId }) {
  const { t } = useTranslation('facilitation');
  const records = useWorkshop((s) => s.records);
  const notes = sortByOrder([...records.note.values()].filter((n) => n.board === board));
  const title = t('notes.title', { board: t(`common:boards.${board}`) });
  return (
    <section className="projected-panel" aria-label={title}>
      <h2>{title}</h2>
      {notes.length === 0 ? (
        <p className="projected-status">{t('notes.empty')}</p>
      ) : (
        <PanelList
          className="projected-notes"
          label={t('notes.listLabel')}
          items={notes}
          keyOf={keyOf}
          more={(count) => t('notes.more', { count })}
          render={(n, i) => {
            const place = n.anchor ? (anchorLabel(n.anchor, records) ?? t('notes.detached')) : null;
            return (
              <li className="sticky-note" style={{ background: n.color }} aria-posinset={i + 1} aria-setsize={notes.length}>
                <p className="projected-text">{n.text}</p>
                {(n.author || place) && <p className="projected-meta">{[n.author, place && t('notes.on', { item: place })].filter(Boolean).join(' · ')}</p>}
              </li>
            );
          }}
        />
      )}
    </section>
  );
}
