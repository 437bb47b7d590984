/** IPC channel names, shared by main, preload and ipc (kept free of imports so preload stays tiny). */
export const CHANNEL_CALL = 'salesmap:call';
export const CHANNEL_EVENT = 'salesmap:event';
export const CHANNEL_MENU = 'salesmap:menu';
export const CHANNEL_LANGUAGE = 'salesmap:language';

/** The scheme and host the renderer is served from inside Electron (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'salesmap';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Links that may leave the app, opened in the user's browser: https only, these hosts only. */
export const EXTERNAL_ALLOWED_HOSTS: readonly string[] = ['github.com', 'www.electronjs.org'];

export { MENU_ACTIONS, type MenuAction } from '../shared/menu';

/** Saving an export in the desktop app: a native save dialog, then an atomic write (electron/exportSave.ts). */
export const CHANNEL_SAVE_FILE = 'salesmap:saveFile';
export const CHANNEL_SAVE_REPORT = 'salesmap:saveReportPdf';

/** "Present on second screen": the main process opens the read-only projector window. */
export const CHANNEL_OPEN_PROJECTOR = 'salesmap:openProjector';
