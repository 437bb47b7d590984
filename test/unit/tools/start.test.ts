import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_ELECTRON_BROWSER_INSTEAD } from '../../../electron/tools/electronBinary.mjs';
import { pressCtrlC, startNode, userEnv, type Running } from '../../helpers/childProcess';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * `npm start` on a machine without Electron's program (electron's own ELECTRON_OVERRIDE_DIST_PATH
 * points at an empty folder, so this holds where the program is installed too): the real
 * script, its real build, the real browser host.
 */
describe('npm start without Electron', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let running: Running | undefined;

  afterEach(async () => {
    if (running && running.child.exitCode === null && running.child.signalCode === null) {
      process.kill(-running.child.pid!, 'SIGKILL');
      await running.exited;
    }
    temp?.cleanup();
  });

  it('says so in one sentence, serves the app on 127.0.0.1 with its token, opens the browser, and stops on Ctrl+C with exit code 0', async () => {
    temp = makeTempDir('salesmap-start-');
    // A stand-in for the default browser that notes the address it was asked to open.
    const opened = path.join(temp.dir, 'opened.txt');
    const browser = path.join(temp.dir, 'browser.sh');
    fs.writeFileSync(browser, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`, { mode: 0o755 });

    running = startNode(
      ['electron/tools/start.mjs', '--port', '0', '--data-dir', path.join(temp.dir, 'library')],
      userEnv({ ELECTRON_OVERRIDE_DIST_PATH: path.join(temp.dir, 'no-electron'), BROWSER: browser, SALESMAP_NO_BROWSER: undefined }),
    );
    const [, address] = await running.waitFor(/Salesmap is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/, 90_000);
    const url = new URL(address!);
    const token = url.searchParams.get('token')!;

    expect(running.output().split(NO_ELECTRON_BROWSER_INSTEAD).length - 1).toBe(1);
    expect(NO_ELECTRON_BROWSER_INSTEAD).toMatch(/not installed.*browser.*npm run fetch-electron.*ELECTRON_MIRROR/);

    // The app: its page and the script it loads.
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>Salesmap</title>');
    const script = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(new URL(script!, url))).status).toBe(200);

    // The real service behind it, with the printed token (and not without it).
    const call = (headers: Record<string, string>) =>
      fetch(new URL('/api/appInfo', url), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
    expect(await (await call({ 'X-Salesmap-Token': token })).json()).toMatchObject({ ok: true, value: { host: 'web' } });
    expect((await call({})).status).toBe(401);

    await expect.poll(() => (fs.existsSync(opened) ? fs.readFileSync(opened, 'utf8') : ''), { timeout: 10_000 }).toBe(address);

    pressCtrlC(running);
    expect(await running.exited).toEqual({ code: 0, signal: null });
    expect(running.output()).toContain('Salesmap stopped.');
    await expect(fetch(url)).rejects.toThrow();
  }, 120_000);
});
