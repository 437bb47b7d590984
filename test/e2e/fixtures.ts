import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

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
      env: { ...process.env, SALESMAP_TOKEN: token },
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
