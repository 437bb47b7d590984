import { useTranslation } from 'react-i18next';

/** Placeholder until the coverage board lands (its own issue). */
export function CoverageBoard() {
  const { t } = useTranslation('coverage');
  return (
    <section className="board" aria-labelledby="coverage-title">
      <header className="board-header">
        <h2 id="coverage-title">{t('title')}</h2>
      </header>
    </section>
  );
}
