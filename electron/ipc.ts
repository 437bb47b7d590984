import { BrowserWindow, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { readOnlyService } from './service/readOnly';
import type { Service } from './service/service';
import type { Language } from '../shared/workshop';
import { CHANNEL_CALL, CHANNEL_EVENT, CHANNEL_LANGUAGE } from './channels';
import { isAppUrl } from './shellPolicy';

/** Only our own page, served from app://salesmap, may call the service (checked on every call). */
function senderAllowed(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  return isAppUrl(event.senderFrame?.url);
}

/** Binds the service to IPC and fans its events out to every window. */
export function bindIpc(service: Service, onLanguage: (language: Language) => void, isProjector: (webContentsId: number) => boolean = () => false): () => void {
  // A projector window reads only (READ_ONLY_METHODS), whatever its page asks.
  const viewer = readOnlyService(service);
  ipcMain.on(CHANNEL_LANGUAGE, (event, language: unknown) => {
    if (!senderAllowed(event)) return;
    if (language === 'zh-CN' || language === 'en') onLanguage(language);
  });
  ipcMain.handle(CHANNEL_CALL, async (event, method: unknown, args: unknown) => {
    if (!senderAllowed(event)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page may not use Salesmap' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown_method', message: 'The method must be a string' } };
    }
    const target = isProjector(event.sender.id) ? viewer : service;
    // The snapshot crosses as the envelope's JSON bytes, parsed in the page (shared/api.ts SnapshotReply).
    return method === 'openWorkshop' ? target.callJson(method, args) : target.call(method, args);
  });
  const unsubscribe = service.subscribe((event) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed()) win.webContents.send(CHANNEL_EVENT, event);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(CHANNEL_CALL);
    ipcMain.removeAllListeners(CHANNEL_LANGUAGE);
  };
}
