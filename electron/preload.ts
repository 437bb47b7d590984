import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiInput, ApiMethod, DesktopBridge, SalesmapBridge } from '../shared/api';
import { API_METHODS } from '../shared/apiMethods';
import type { ChangeEvent } from '../shared/events';
import type { Language } from '../shared/workshop';
import type { SaveFileInput, SaveReportInput } from '../shared/export/save';
import { CHANNEL_CALL, CHANNEL_EVENT, CHANNEL_LANGUAGE, CHANNEL_MENU, CHANNEL_OPEN_PROJECTOR, CHANNEL_SAVE_FILE, CHANNEL_SAVE_REPORT, type MenuAction } from './channels';

/**
 * The renderer's only door to the main process: one typed method per API method, plus event and
 * menu subscriptions, the menu language and saving exports (a native save dialog in the main
 * process). No ipcRenderer, no Node, nothing else crosses
 * (context isolation + sandbox).
 */
function invoker<M extends ApiMethod>(method: M): SalesmapBridge[M] {
  // ipcRenderer.invoke is untyped; the main process answers with the method's envelope.
  return ((args: ApiInput<M>) => ipcRenderer.invoke(CHANNEL_CALL, method, args)) as SalesmapBridge[M];
}

const methods = Object.fromEntries(API_METHODS.map((m) => [m, invoker(m)])) as { [M in ApiMethod]: SalesmapBridge[M] };

function subscribe<T>(channel: string, listener: (value: T) => void): () => void {
  const handler = (_e: IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

const bridge: DesktopBridge = {
  ...methods,
  onEvent: (listener: (event: ChangeEvent) => void) => subscribe(CHANNEL_EVENT, listener),
  onMenu: (listener: (action: MenuAction) => void) => subscribe(CHANNEL_MENU, listener),
  setLanguage: (language: Language) => ipcRenderer.send(CHANNEL_LANGUAGE, language),
  // The main process answers both with an envelope, like every API call.
  saveFile: (file: SaveFileInput) => ipcRenderer.invoke(CHANNEL_SAVE_FILE, file) as ReturnType<DesktopBridge['saveFile']>,
  saveReportPdf: (args: SaveReportInput) => ipcRenderer.invoke(CHANNEL_SAVE_REPORT, args) as ReturnType<DesktopBridge['saveReportPdf']>,
  openProjector: (args: { workshopId: string }) => ipcRenderer.invoke(CHANNEL_OPEN_PROJECTOR, args) as ReturnType<DesktopBridge['openProjector']>,
};

contextBridge.exposeInMainWorld('salesmap', bridge);
