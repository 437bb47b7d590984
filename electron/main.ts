import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import type { Language } from '../shared/workshop';
import { bindSaving } from './exportSave';
import { bindIpc } from './ipc';
import { buildMenu } from './menu';
import { electronNativeBinding } from './nativeBinding';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenApp, hardenSession } from './security';
import { createService, type Service } from './service/service';
import { bindProjectorWindow } from './projectorWindow';
import { createMainWindow } from './window';

/**
 * The thin Electron shell: lifecycle, one instance, windows, menu. Everything the app does lives
 * in the service (plain Node), which the browser host serves too.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const systemLanguage = (): Language => (app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
const preloadFile = path.join(here, 'preload.cjs');
const rendererDir = path.join(here, '../renderer');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenApp();
  let service: Service | null = null;

  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.whenReady().then(async () => {
    hardenSession();
    serveRenderer(rendererDir);
    const dataDir = process.env.SALESMAP_DATA_DIR ? path.resolve(process.env.SALESMAP_DATA_DIR) : app.getPath('userData');
    const nativeBinding = electronNativeBinding(app.isPackaged, app.getAppPath(), process.resourcesPath);
    if (!fs.existsSync(nativeBinding)) {
      dialog.showErrorBox(
        'Salesmap',
        systemLanguage() === 'zh-CN'
          ? `缺少 Electron 版的数据库模块（${nativeBinding}）。请运行 “npm start”（它会构建该模块），或使用 “npm run web”。`
          : `The database module for Electron is missing (${nativeBinding}). Run "npm start", which builds it, or use "npm run web".`,
      );
      app.exit(1);
      return;
    }
    service = await createService({
      dataDir,
      host: 'electron',
      appVersion: app.getVersion(),
      nativeBinding,
      // Share to the room serves the same renderer to participants' browsers.
      rendererDir,
    });
    const newWindow = () => createMainWindow(preloadFile);
    // The menu (and the save dialog) start in the system's language and follow the app's switch.
    let language = systemLanguage();
    const setMenu = (next: Language) => {
      language = next;
      Menu.setApplicationMenu(buildMenu(next, { newWindow }));
    };
    const projectors = bindProjectorWindow(preloadFile);
    bindIpc(service, setMenu, projectors.isProjector);
    bindSaving(() => language, projectors.isProjector);
    setMenu(language);
    newWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadFile);
    });
  }).catch((e: unknown) => {
    const why = (e as Error).message;
    dialog.showErrorBox('Salesmap', systemLanguage() === 'zh-CN' ? `Salesmap 无法启动：${why}` : `Salesmap could not start: ${why}`);
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => service?.close());
}
