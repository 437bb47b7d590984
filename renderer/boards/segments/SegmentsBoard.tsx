import { useTranslation } from 'react-i18next';
import { ImportButton } from './import/ImportButton';

/** Placeholder until the segments board lands (its own issue); the import button lives here meanwhile. */
export function SegmentsBoard() {
  const { t } = useTranslation('segments');
  return (
    <section className="board" aria-labelledby="segments-title">
      <header className="board-header">
        <h2 id="segments-title">{t('title')}</h2>
        <ImportButton variant="primary" />
      </header>
    </section>
  );
}
