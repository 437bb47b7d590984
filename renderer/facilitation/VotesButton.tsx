import { useTranslation } from 'react-i18next';
import { useVotesPanel, VOTES_PANEL_ID } from './votesPanel';

/** The top bar's way to the board's dot votes. */
export function VotesButton() {
  const { t } = useTranslation('facilitation');
  const open = useVotesPanel((s) => s.open);
  const toggle = useVotesPanel((s) => s.toggle);
  return (
    <button type="button" onClick={toggle} aria-expanded={open} aria-controls={VOTES_PANEL_ID}>
      <span aria-hidden="true">●</span> {t('votes.button')}
    </button>
  );
}
