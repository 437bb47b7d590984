import { useTranslation } from 'react-i18next';
import { useExportJob } from './exportJob';
import { cancelExport } from './runExport';

/**
 * An export that takes more than half a second: what is being made, how far it is (from the
 * service's progress events) and a Cancel button. It sits right after the Export button, so Tab
 * reaches Cancel next; a polite live region tells screen readers it started.
 */
export function ExportProgress() {
  const { t } = useTranslation();
  const job = useExportJob((s) => s.job);
  if (!job?.visible) return null;
  const known = job.total > 0;
  return (
    <div className="export-progress" role="region" aria-label={t('exportMenu.progressLabel')}>
      <p aria-live="polite">{t('exportMenu.running', { what: job.label })}</p>
      <progress
        aria-label={t('exportMenu.progressLabel')}
        {...(known ? { max: job.total, value: Math.min(job.done, job.total) } : {})}
      />
      <span className="export-progress-count">{known ? t('exportMenu.progress', { done: job.done, total: job.total }) : t('exportMenu.preparing')}</span>
      <button type="button" onClick={() => void cancelExport()} disabled={job.cancelling} aria-label={t('exportMenu.cancelLabel')}>
        {job.cancelling ? t('exportMenu.cancelling') : t('exportMenu.cancel')}
      </button>
    </div>
  );
}
