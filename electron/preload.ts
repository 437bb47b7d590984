import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { SalesmapBridge } from '../shared/api';
import { API_METHODS } from '../shared/apiMethods';
import type { ChangeEvent } from '../shared/events';
import { CHANNEL_CALL, CHANNEL_EVENT, CHANNEL_MENU, type MenuAction } from './channels';

/**
 * The renderer's only door to the main process: one typed method per API method, plus event and
 * menu subscriptions. No ipcRenderer, no Node, nothing else crosses (context isolation + sandbox).
 */
const methods = Object.fromEntries(
  API_METHODS.map((method) => [method, (args: unknown) => ipcRenderer.invoke(CHANNEL_CALL, method, args)]),
);

const bridge = {
  ...methods,
  onEvent(listener: (event: ChangeEvent) => void) {
    const handler = (_e: IpcRendererEvent, event: ChangeEvent) => listener(event);
    ipcRenderer.on(CHANNEL_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(CHANNEL_EVENT, handler);
    };
  },
  onMenu(listener: (action: MenuAction) => void) {
    const handler = (_e: IpcRendererEvent, action: MenuAction) => listener(action);
    ipcRenderer.on(CHANNEL_MENU, handler);
    return () => {
      ipcRenderer.removeListener(CHANNEL_MENU, handler);
    };
  },
} as SalesmapBridge & { onMenu(listener: (action: MenuAction) => void): () => void };

contextBridge.exposeInMainWorld('salesmap', bridge satisfies SalesmapBridge);
