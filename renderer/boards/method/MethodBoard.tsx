import { useTranslation } from 'react-i18next';

/** Placeholder until the method board lands (its own issue). */
export function MethodBoard() {
  const { t } = useTranslation('method');
  return (
    <section className="board" aria-labelledby="method-title">
      <header className="board-header">
        <h2 id="method-title">{t('title')}</h2>
      </header>
    </section>
  );
}
