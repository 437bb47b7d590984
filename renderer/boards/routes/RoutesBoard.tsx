import { useTranslation } from 'react-i18next';

/** Placeholder until the routes board lands (its own issue). */
export function RoutesBoard() {
  const { t } = useTranslation('routes');
  return (
    <section className="board" aria-labelledby="routes-title">
      <header className="board-header">
        <h2 id="routes-title">{t('title')}</h2>
      </header>
    </section>
  );
}
