import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainWindowOptions, projectorWindowOptions } from '../../../electron/windowOptions';
import { CONTENT_SECURITY_POLICY } from '../../../electron/web/security';

/**
 * The workshop window's options and the content security policy, as data: what Electron's
 * security checklist (and Electronegativity's checks, which cannot see across files) asks for.
 */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources] as const),
  );

describe('the workshop window', () => {
  const { webPreferences: prefs } = mainWindowOptions('out/electron/preload.cjs');

  it('isolates the page from Node and Electron', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('opens no window on a middle click (auxclick) and navigates on no dropped file', () => {
    expect(prefs.disableBlinkFeatures.split(',')).toContain('Auxclick');
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads the one preload by absolute path', () => {
    expect(path.isAbsolute(prefs.preload)).toBe(true);
    expect(path.basename(prefs.preload)).toBe('preload.cjs');
  });
});

describe('the projector window', () => {
  const options = projectorWindowOptions('out/electron/preload.cjs', { bounds: { x: 1920, y: 0, width: 1920, height: 1080 }, fullscreen: true });

  it('keeps every security option of the workshop window', () => {
    expect(options.webPreferences).toEqual(mainWindowOptions('out/electron/preload.cjs').webPreferences);
  });

  it('sits full screen on the external display', () => {
    expect(options).toMatchObject({ x: 1920, y: 0, width: 1920, height: 1080, fullscreen: true });
  });
});

describe('the content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('runs only the app’s own scripts, never eval, and loads nothing from elsewhere', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, sources] of csp) {
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources.filter((s) => /^(https?:|\*|wss?:)/.test(s)), name).toEqual([]);
    }
  });

  it('the page carries the same policy in a meta tag (frame-ancestors works only as a header)', () => {
    const html = fs.readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const header = new Map(csp);
    header.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(header);
  });
});
