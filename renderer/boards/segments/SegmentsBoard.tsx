import { useTranslation } from 'react-i18next';

/** Placeholder until the segments board lands (its own issue). */
export function SegmentsBoard() {
  const { t } = useTranslation('segments');
  return (
    <section className="board" aria-labelledby="segments-title">
      <header className="board-header">
        <h2 id="segments-title">{t('title')}</h2>
      </header>
    </section>
  );
}
