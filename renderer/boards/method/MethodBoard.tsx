import { useTranslation } from 'react-i18next';
import { FunnelPanel } from './FunnelPanel';
import { StagesPanel } from './StagesPanel';
import './method.css';

/** Sales method (销售方法论): the common stages with their win probabilities, and the funnel. */
export function MethodBoard() {
  const { t } = useTranslation('method');
  return (
    <section className="board method-board" aria-labelledby="method-title">
      <header className="board-header">
        <h2 id="method-title">{t('title')}</h2>
      </header>
      <div className="method-columns">
        <StagesPanel />
        <FunnelPanel />
      </div>
    </section>
  );
}
