import { app, session, shell, type WebContents } from 'electron';
import { externalUrlAllowed, isAppUrl } from './shellPolicy';

function openExternalSafely(raw: string): void {
  if (externalUrlAllowed(raw)) void shell.openExternal(raw);
}

/**
 * Electron's security checklist for every web contents the app creates: no navigation away from
 * the app, no new windows, no webviews, no permissions (camera, notifications…).
 */
export function hardenApp(): void {
  app.on('web-contents-created', (_e, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) {
        event.preventDefault();
        openExternalSafely(url);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Offline by design: any request that is not our own app:// page is refused.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}
