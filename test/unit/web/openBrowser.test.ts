import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserLaunch, openBrowser } from '../../../electron/web/openBrowser';
import { makeTempDir } from '../../helpers/tempDir';

const URL = 'http://127.0.0.1:5178/?token=abc';

describe('opening the default browser (npm start without Electron)', () => {
  it('uses each system’s own opener', () => {
    expect(browserLaunch(URL, 'linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: [URL] });
    expect(browserLaunch(URL, 'linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ command: 'xdg-open', args: [URL] });
    expect(browserLaunch(URL, 'darwin', {})).toEqual({ command: 'open', args: [URL] });
    expect(browserLaunch(URL, 'win32', {})).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', URL] });
  });

  it('takes the browser named in BROWSER, and opens none for BROWSER=none or SALESMAP_NO_BROWSER', () => {
    expect(browserLaunch(URL, 'linux', { BROWSER: 'firefox', DISPLAY: ':0' })).toEqual({ command: 'firefox', args: [URL] });
    expect(browserLaunch(URL, 'darwin', { BROWSER: 'none' })).toEqual({ skip: 'BROWSER=none' });
    expect(browserLaunch(URL, 'win32', { SALESMAP_NO_BROWSER: '1', BROWSER: 'firefox' })).toEqual({ skip: 'SALESMAP_NO_BROWSER is set' });
    expect(browserLaunch(URL, 'darwin', { SALESMAP_NO_BROWSER: '0' })).toEqual({ command: 'open', args: [URL] });
  });

  it('opens nothing on Linux without a graphical session (xdg-open would start a text browser in the terminal)', () => {
    expect(browserLaunch(URL, 'linux', {})).toEqual({ skip: 'no graphical session' });
  });

  it('reports, never throws, when the browser cannot be started', async () => {
    const missing = await new Promise<string>((resolve) => openBrowser({ command: '/nonexistent/browser', args: [URL] }, resolve));
    expect(missing).toMatch(/ENOENT/);
    const temp = makeTempDir('salesmap-browser-');
    try {
      const failing = path.join(temp.dir, 'browser.sh');
      fs.writeFileSync(failing, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
      const why = await new Promise<string>((resolve) => openBrowser({ command: failing, args: [URL] }, resolve));
      expect(why).toBe(`${failing} exited with code 3`);
    } finally {
      temp.cleanup();
    }
  });
});
