import { BrowserWindow, ipcMain, screen } from 'electron';
import { projectorHash } from '../shared/projectorLink';
import { APP_ORIGIN, CHANNEL_OPEN_PROJECTOR } from './channels';
import { projectorPlacement } from './projectorPlacement';
import { isAppUrl } from './shellPolicy';
import { projectorWindowOptions } from './windowOptions';

/**
 * "Present on second screen": one projector window, on the external display when there is one
 * (projectorPlacement.ts decides). Thin on purpose: the window shows the renderer's projector
 * view, which follows the service; its calls are read-only (ipc.ts asks `isProjector`).
 */
export function bindProjectorWindow(preloadFile: string): { isProjector(webContentsId: number): boolean } {
  let projector: BrowserWindow | null = null;
  const ids = new Set<number>();

  ipcMain.handle(CHANNEL_OPEN_PROJECTOR, (event, args: unknown) => {
    if (!isAppUrl(event.senderFrame?.url) || ids.has(event.sender.id)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page may not open a projector' } };
    }
    const workshopId = (args as { workshopId?: unknown } | null)?.workshopId;
    if (typeof workshopId !== 'string' || !workshopId) {
      return { ok: false, error: { code: 'bad_request', message: 'openProjector: workshopId is required', params: { field: 'workshopId' } } };
    }
    const url = `${APP_ORIGIN}/index.html${projectorHash(workshopId)}`;
    if (projector && !projector.isDestroyed()) {
      void projector.loadURL(url);
      projector.showInactive();
      return { ok: true, value: { opened: true } };
    }
    const from = BrowserWindow.fromWebContents(event.sender);
    const here = from ? screen.getDisplayMatching(from.getBounds()) : screen.getPrimaryDisplay();
    const place = projectorPlacement(screen.getAllDisplays(), here.id);
    const win = new BrowserWindow(projectorWindowOptions(preloadFile, place));
    const id = win.webContents.id;
    ids.add(id);
    win.on('closed', () => {
      ids.delete(id);
      if (projector === win) projector = null;
    });
    // The facilitator keeps the keyboard: the projector appears without taking focus.
    win.once('ready-to-show', () => win.showInactive());
    void win.loadURL(url);
    projector = win;
    return { ok: true, value: { opened: true } };
  });

  return { isProjector: (webContentsId) => ids.has(webContentsId) };
}
