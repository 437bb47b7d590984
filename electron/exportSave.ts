import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { AppError } from '../shared/errors';
import { REPORT_EXTENSION, saveFileInputSchema, saveReportInputSchema, type SaveResult } from '../shared/export/save';
import type { Language } from '../shared/workshop';
import { CHANNEL_SAVE_FILE, CHANNEL_SAVE_REPORT } from './channels';
import { writeFileAtomic } from './save/atomicWrite';
import { saveEnvelope } from './save/envelope';
import { chosenPath, knownExtension, REPORT_PDF_OPTIONS, safeDefaultName, saveDialogOptions } from './save/saveDialog';
import { isAppUrl } from './shellPolicy';

/**
 * Saving exports in the desktop app: the renderer hands over the bytes the service built (or asks
 * for its report view as a PDF); this asks where with a native save dialog proposing the default
 * name, and writes the file atomically. Thin on purpose: the decisions are in electron/save/.
 */
export function bindSaving(language: () => Language, isProjector: (webContentsId: number) => boolean = () => false): () => void {
  // The folder last saved to, for the next dialog (this run only).
  let folder: string | null = null;

  /** The native dialog; null when the user closed it. */
  async function ask(event: IpcMainInvokeEvent, fileName: string): Promise<string | null> {
    const options = saveDialogOptions(fileName, language(), folder ?? app.getPath('documents'));
    const win = BrowserWindow.fromWebContents(event.sender);
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    const target = chosenPath(result.filePath, knownExtension(fileName));
    folder = path.dirname(target);
    return target;
  }

  function handle(channel: string, save: (event: IpcMainInvokeEvent, args: unknown) => Promise<SaveResult>): void {
    ipcMain.handle(channel, (event, args: unknown) => {
      // The same check as every service call (ipc.ts): only our own page may write files.
      // A projector window is read-only: it writes no file either.
      if (!isAppUrl(event.senderFrame?.url) || isProjector(event.sender.id)) {
        return { ok: false, error: { code: 'forbidden', message: 'This page may not save files' } };
      }
      return saveEnvelope(() => save(event, args));
    });
  }

  handle(CHANNEL_SAVE_FILE, async (event, raw) => {
    const args = saveFileInputSchema.safeParse(raw);
    if (!args.success) throw new AppError('bad_request', 'A file to save needs a name and its bytes', { field: 'fileName' });
    const target = await ask(event, safeDefaultName(args.data.fileName));
    if (!target) return { saved: false };
    await writeFileAtomic(target, Buffer.from(args.data.dataBase64, 'base64'));
    return { saved: true, path: target };
  });

  handle(CHANNEL_SAVE_REPORT, async (event, raw) => {
    const args = saveReportInputSchema.safeParse(raw);
    if (!args.success) throw new AppError('bad_request', 'The report needs a file name', { field: 'fileName' });
    const target = await ask(event, safeDefaultName(args.data.fileName, REPORT_EXTENSION));
    if (!target) return { saved: false };
    // The page asking is the report view: Chromium lays it out with its print stylesheet.
    const pdf = await event.sender.printToPDF(REPORT_PDF_OPTIONS);
    await writeFileAtomic(target, pdf);
    return { saved: true, path: target };
  });

  return () => {
    ipcMain.removeHandler(CHANNEL_SAVE_FILE);
    ipcMain.removeHandler(CHANNEL_SAVE_REPORT);
  };
}
