import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface Host {
  url: string;
  port: number;
  token: string;
  dataDir: string;
  /**
   * Stops the host (SIGKILL when `hard`, like kill -9) and starts it again on the same port and
   * library; `whileStopped` runs in between (e.g. to damage the library file).
   */
  restart(opts?: { hard?: boolean; whileStopped?: () => void }): Promise<void>;
}

const WEB = path.resolve('out/electron/web.js');

export function startProcess(dataDir: string, port: number, token: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WEB, '--port', String(port), '--data-dir', dataDir], {
      // Share to the room listens on 127.0.0.2 in tests: never on a real LAN address.
      env: { ...process.env, SALESMAP_TOKEN: token, SALESMAP_SHARE_ADDRESS: '127.0.0.2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${out}`)), 15_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== null && code !== 0) reject(new Error(`web host exited ${code}: ${out}`));
    });
  });
}

export function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Each test gets its own browser host on a free port with an empty library in a temp folder. */
export const test = base.extend<{ host: Host }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  host: async ({}, use) => {
    if (!fs.existsSync(WEB)) throw new Error('Build first: npm run build (out/electron/web.js is missing)');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesmap-e2e-'));
    const token = `t${Math.random().toString(36).slice(2)}`;
    let { child, port } = await startProcess(dataDir, 0, token);
    const host: Host = {
      get url() {
        return `http://127.0.0.1:${port}/?token=${token}`;
      },
      get port() {
        return port;
      },
      token,
      dataDir,
      async restart(opts = {}) {
        await stop(child, opts.hard ? 'SIGKILL' : 'SIGTERM');
        opts.whileStopped?.();
        ({ child, port } = await startProcess(dataDir, port, token));
      },
    };
    await use(host);
    await stop(child, 'SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Creates a workshop through the UI's dialog and lands on its agenda. */
export async function createWorkshop(
  page: Page,
  opts: { name: string; client?: string; language?: 'zh-CN' | 'en'; blank?: boolean },
): Promise<void> {
  const zh = (await page.locator('html').getAttribute('lang')) === 'zh-CN';
  await page.getByRole('button', { name: zh ? '+ 新建研讨会' : '+ New workshop' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(zh ? '研讨会名称' : 'Workshop name').fill(opts.name);
  if (opts.client) await dialog.getByLabel(zh ? '客户' : 'Client', { exact: true }).fill(opts.client);
  if (opts.language) await dialog.getByLabel(zh ? '研讨会语言' : 'Workshop language').selectOption(opts.language);
  if (opts.blank) await dialog.getByRole('radio', { name: zh ? /空白/ : /Blank/ }).check();
  await dialog.getByRole('button', { name: zh ? '创建' : 'Create' }).click();
  await expect(page.getByRole('navigation', { name: zh ? '看板' : 'Boards' })).toBeVisible();
}

type Point = { x: number; y: number };

/** The centre of what a locator shows on screen. */
export async function centreOf(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not on screen: ${locator.toString()}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A finger on a touch screen, with real touch events through the DevTools protocol: press, hold
 * until the board says it picked the item up (`held`), travel in paced steps, rest until the
 * board shows the target (`over`), lift. Waiting on what the board says, not on a clock, keeps
 * it steady on a busy machine.
 */
export async function fingerDrag(
  page: Page,
  from: Point,
  to: Point,
  expectations: { held: () => Promise<void>; over?: () => Promise<void> },
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: Point) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [at] });
  await touch('touchStart', from);
  await expectations.held();
  const steps = 15;
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
    await page.waitForTimeout(16);
  }
  await expectations.over?.();
  await touch('touchEnd', to);
  await cdp.detach();
}

/**
 * Space on a focused card picks it up with dnd-kit's keyboard sensor. The sensor listens for the
 * arrows only from its next timer turn (so the Space that started the drag does not also end it),
 * and Chromium runs queued input ahead of timers: an arrow a test sends the moment the pick-up is
 * announced can arrive before the sensor listens, and is lost (about one run in thirty on a busy
 * machine). Awaiting a timer queued after the sensor's makes the next key land; a person's next
 * key is always that late.
 */
export async function pickUpWithSpace(page: Page): Promise<void> {
  await page.keyboard.press('Space');
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
