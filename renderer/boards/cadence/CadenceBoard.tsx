import { useTranslation } from 'react-i18next';
import { CadenceTable } from './CadenceTable';
import { RolesPanel } from './RolesPanel';
import './cadence.css';

/**
 * The management rhythm that carries the method after the consultants leave: the weekly review
 * cadence with each level's standard report, and the sales roles defined once.
 */
export function CadenceBoard() {
  const { t } = useTranslation('cadence');
  return (
    <section className="board cadence-board" aria-labelledby="cadence-title">
      <header className="board-header">
        <h2 id="cadence-title">{t('title')}</h2>
      </header>
      <p className="muted small">{t('lead')}</p>
      <CadenceTable />
      <RolesPanel />
    </section>
  );
}
