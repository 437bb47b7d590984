import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './channels';

/** A workshop window with every security option set explicitly, whatever Electron's defaults. */
export function createMainWindow(preloadFile: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Salesmap',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: path.resolve(preloadFile),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
