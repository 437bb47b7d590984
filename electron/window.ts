import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './channels';
import { mainWindowOptions } from './windowOptions';

/** A workshop window (its options, all security settings explicit, are in windowOptions.ts). */
export function createMainWindow(preloadFile: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadFile));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
