import { useTranslation } from 'react-i18next';
import { useLibrary } from '../library/libraryStore';
import { Dialog } from '../ui/Dialog';

/** Help › About: which Salesmap this is and where its library lives (what support asks first). */
export function AboutDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const info = useLibrary((s) => s.info);
  return (
    <Dialog title={t('about.title')} onClose={onClose}>
      <p>{t('about.what')}</p>
      {info && (
        <dl className="about-facts">
          <dt>{t('about.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('about.host')}</dt>
          <dd>{t(`about.hosts.${info.host}`)}</dd>
          <dt>{t('about.dataDir')}</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
          <dt>{t('about.schema')}</dt>
          <dd>{info.schemaVersion}</dd>
        </dl>
      )}
      <div className="dialog-footer">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('actions.close')}
        </button>
      </div>
    </Dialog>
  );
}
