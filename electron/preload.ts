import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiInput, ApiMethod, DesktopBridge, SalesmapBridge } from '../shared/api';
import { API_METHODS } from '../shared/apiMethods';
import type { ChangeEvent } from '../shared/events';
import type { Language } from '../shared/workshop';
import { CHANNEL_CALL, CHANNEL_EVENT, CHANNEL_LANGUAGE, CHANNEL_MENU, type MenuAction } from './channels';

/**
 * The renderer's only door to the main process: one typed method per API method, plus event and
 * menu subscriptions and the menu language. No ipcRenderer, no Node, nothing else crosses
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
};

contextBridge.exposeInMainWorld('salesmap', bridge);
