import { useTranslation } from 'react-i18next';
import { BOARD_IDS, type BoardId } from '../../shared/records';
import { hrefFor } from '../app/router';
import { useOrdered } from '../state/selectors';
import { useSettings } from '../state/workshopStore';

/** The boards in workshop order; the board of the agenda's running block is marked. */
export function BoardNav({ workshopId, board }: { workshopId: string; board: BoardId }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const items = useOrdered('agendaItem');
  const liveBoard = items.find((i) => i.id === settings?.timer.itemId)?.board ?? null;
  return (
    <nav className="board-nav" aria-label={t('nav.boards')}>
      <ul>
        {BOARD_IDS.map((id) => (
          <li key={id}>
            <a href={hrefFor({ view: 'workshop', workshopId, board: id })} aria-current={id === board ? 'page' : undefined}>
              {t(`boards.${id}`)}
              {liveBoard === id && (
                <span className="live-dot" title={t('timer.label')}>
                  ●<span className="sr-only"> ({t('timer.label')})</span>
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
