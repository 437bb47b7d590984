import { useTranslation } from 'react-i18next';
import type { BoardId, BreakoutBoard } from '../../../shared/records';
import { useRoute } from '../../app/router';
import { Icon } from '../../ui/Icon';
import { BREAKOUT_PANEL_ID, useBreakoutPanel } from './breakoutPanel';

const isBreakoutBoard = (b: BoardId | null): b is BreakoutBoard => b === 'segments' || b === 'coverage' || b === 'routes';

/** The top bar's way to the breakout groups; opens on the board on screen when a group can copy it. */
export function BreakoutButton() {
  const { t } = useTranslation('facilitation');
  const open = useBreakoutPanel((s) => s.open);
  const toggle = useBreakoutPanel((s) => s.toggle);
  const route = useRoute();
  const board = route.view === 'workshop' ? route.board : null;
  return (
    <button type="button" onClick={() => toggle(isBreakoutBoard(board) ? board : undefined)} aria-expanded={open} aria-controls={BREAKOUT_PANEL_ID}>
      <Icon name="groups" /> {t('breakout.button')}
    </button>
  );
}
