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
