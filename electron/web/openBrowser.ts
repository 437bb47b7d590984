import { spawn } from 'node:child_process';
import path from 'node:path';

export type BrowserLaunch = { command: string; args: string[] } | { skip: string };

/**
 * How to show `url` in the user's default browser, or why not to. BROWSER is the long-standing
 * convention (xdg-open, Python's webbrowser, create-react-app): a command, or `none`. Linux
 * without a graphical session is skipped: xdg-open would start a text browser in our terminal.
 */
export function browserLaunch(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): BrowserLaunch {
  if (env.SALESMAP_NO_BROWSER && env.SALESMAP_NO_BROWSER !== '0') return { skip: 'SALESMAP_NO_BROWSER is set' };
  const browser = env.BROWSER?.split(path.delimiter)[0]?.trim();
  if (browser === 'none') return { skip: 'BROWSER=none' };
  if (browser) return { command: browser, args: [url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return { skip: 'no graphical session' };
  return { command: 'xdg-open', args: [url] };
}

/**
 * Starts the browser and returns at once; `onFailure` hears if no browser could be started.
 * Detached, so the browser outlives us and Ctrl+C in our terminal never reaches it.
 */
export function openBrowser(launch: { command: string; args: string[] }, onFailure: (why: string) => void): void {
  const child = spawn(launch.command, launch.args, { stdio: 'ignore', detached: true });
  child.on('error', (e) => onFailure(e.message));
  child.on('exit', (code) => {
    if (code !== 0) onFailure(`${launch.command} exited with code ${code}`);
  });
  child.unref();
}
