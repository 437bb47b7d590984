import { api } from '../api/client';
import { i18next } from '../i18n';
import { errorText } from '../ui/errors';
import { toast, toastError } from '../ui/toasts';

/**
 * Prints the report on screen. In the desktop app: Electron lays the view out for A4 and saves
 * the PDF where the user says (native save dialog). In a browser: the browser's own print
 * dialog, where "Save as PDF" keeps a file (its suggested name is the page title). Fonts are
 * waited for, so no page is laid out in a fallback font.
 */
export async function printReport(fileName: string): Promise<void> {
  await document.fonts.ready;
  if (!api.desktopSave) {
    window.print();
    return;
  }
  try {
    const result = await api.desktopSave.report({ fileName });
    if (result.saved) toast(i18next.t('exportMenu.saved', { file: result.path }));
  } catch (e) {
    toastError(errorText(e));
  }
}
