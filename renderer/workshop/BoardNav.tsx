import { useTranslation } from 'react-i18next';
import { BOARD_IDS, BOARD_QUESTIONS, type BoardId } from '../../shared/records';
import { hrefFor } from '../app/router';
import { useOrdered } from '../state/selectors';
import { useSettings } from '../state/workshopStore';

/**
 * The boards in workshop order, grouped under the day's three questions (怎么分 / 谁来卖 / 怎么卖)
 * after the agenda; the board of the agenda's running block is marked.
 */
export function BoardNav({ workshopId, board }: { workshopId: string; board: BoardId }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const items = useOrdered('agendaItem');
  const liveBoard = items.find((i) => i.id === settings?.timer.itemId)?.board ?? null;
  const grouped = new Set(BOARD_QUESTIONS.flatMap((g) => g.boards));
  const link = (id: BoardId) => (
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
  );
  return (
    <nav className="board-nav" aria-label={t('nav.boards')}>
      <ul>
        {BOARD_IDS.filter((id) => !grouped.has(id)).map(link)}
        {BOARD_QUESTIONS.map((g) => (
          <li key={g.question} className="nav-group">
            <span className="nav-question" id={`nav-q-${g.question}`}>
              {t(`questions.${g.question}`)}
            </span>
            <ul aria-labelledby={`nav-q-${g.question}`}>{g.boards.map(link)}</ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
