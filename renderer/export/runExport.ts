import { api, ApiError } from '../api/client';
import { i18next } from '../i18n';
import { useWorkshop } from '../state/workshopStore';
import { errorText } from '../ui/errors';
import { toast, toastError } from '../ui/toasts';
import { labelKey, requestFile, type FileExport } from './exportKinds';
import { useExportJob } from './exportJob';
import { saveExported } from './saveFile';

/** An export that takes longer than this shows its progress and a Cancel button. */
export const SHOW_PROGRESS_AFTER_MS = 500;

class Cancelled extends Error {}

/**
 * One export from the menu: the service builds the file under a job id this window chose (so its
 * progress events and a cancel name it), then the host saves it. A failure says why in the
 * user's language; a failed or cancelled export saves nothing.
 */
export async function runExport(kind: FileExport): Promise<void> {
  const workshopId = useWorkshop.getState().workshop?.id;
  const jobs = useExportJob.getState();
  if (!workshopId || jobs.job) return;
  const jobId = crypto.randomUUID();
  jobs.begin(jobId, i18next.t(labelKey(kind)));
  const timer = setTimeout(() => useExportJob.getState().show(jobId), SHOW_PROGRESS_AFTER_MS);
  const stop = api.onEvent((e) => {
    if (e.kind === 'exportProgress' && e.jobId === jobId) useExportJob.getState().progress(jobId, e.done, e.total);
  });
  try {
    const file = await requestFile(kind, workshopId, jobId);
    // Cancel was pressed after the service had finished: the user said no, so nothing is saved.
    if (useExportJob.getState().job?.cancelling) throw new Cancelled();
    clearTimeout(timer);
    useExportJob.getState().end(jobId);
    const saved = await saveExported(file);
    if (saved) toast(i18next.t(saved.saved === 'download' ? 'exportMenu.downloaded' : 'exportMenu.saved', { file: saved.name }));
  } catch (e) {
    // Once the user pressed Cancel, whatever the service answered, the export was cancelled.
    const cancelled = e instanceof Cancelled || (e instanceof ApiError && e.code === 'export_cancelled') || useExportJob.getState().job?.cancelling;
    if (cancelled) toast(i18next.t('exportMenu.cancelled'));
    else toastError(errorText(e));
  } finally {
    clearTimeout(timer);
    stop();
    useExportJob.getState().end(jobId);
  }
}

/** Stops the running export: the service drops it at its next step, and nothing is saved either way. */
export async function cancelExport(): Promise<void> {
  const job = useExportJob.getState().job;
  if (!job || job.cancelling) return;
  useExportJob.getState().cancelling(job.jobId);
  try {
    await api.call('cancelExport', { jobId: job.jobId });
  } catch {
    // The export's own outcome (cancelled, or finished and then dropped) is what the user is told.
  }
}
