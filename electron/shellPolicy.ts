import { APP_ORIGIN, EXTERNAL_ALLOWED_HOSTS } from './channels';

/**
 * The shell's security decisions as plain functions (no electron import), so they are unit-tested
 * and the shell files only wire them to Electron's events.
 */

/** https links to allow-listed hosts may open in the user's browser; nothing else leaves the app. */
export function externalUrlAllowed(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && EXTERNAL_ALLOWED_HOSTS.includes(url.hostname) && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Our own page is the only thing a window may show or navigate to. */
export function isAppUrl(raw: string | undefined | null): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
