import path from 'node:path';

/**
 * A workshop window's options as plain data (no electron import), so they are unit-tested and
 * window.ts only hands them to BrowserWindow. Every security option is set explicitly, whatever
 * Electron's defaults of the day.
 */
export function mainWindowOptions(preloadFile: string) {
  return {
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
      // A middle click on a link would open it in a new window: no link may open one.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  } as const;
}

/**
 * The projector window (present on second screen): the workshop window's security options
 * unchanged, placed on the external display, black behind the board while it loads.
 */
export function projectorWindowOptions(preloadFile: string, place: { bounds: { x: number; y: number; width: number; height: number }; fullscreen: boolean }) {
  return {
    ...mainWindowOptions(preloadFile),
    ...place.bounds,
    minWidth: 320,
    minHeight: 240,
    fullscreen: place.fullscreen,
    backgroundColor: '#000000',
  } as const;
}
