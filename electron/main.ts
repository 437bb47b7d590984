import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { bindIpc } from './ipc';
import { buildMenu } from './menu';
import { electronNativeBinding } from './nativeBinding';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenApp, hardenSession } from './security';
import { createService, type Service } from './service/service';
import { createMainWindow } from './window';

/**
 * The thin Electron shell: lifecycle, one instance, windows, menu. Everything the app does lives
 * in the service (plain Node), which the browser host serves too.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
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
        `The database module for Electron is missing (${nativeBinding}). Run "npm start", which builds it, or use "npm run web".`,
      );
      app.exit(1);
      return;
    }
    service = await createService({
      dataDir,
      host: 'electron',
      appVersion: app.getVersion(),
      nativeBinding,
    });
    bindIpc(service);
    const language = app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
    Menu.setApplicationMenu(buildMenu(language));
    createMainWindow(preloadFile);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadFile);
    });
  }).catch((e: unknown) => {
    dialog.showErrorBox('Salesmap', `Salesmap could not start: ${(e as Error).message}`);
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => service?.close());
}
