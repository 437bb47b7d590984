import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromium, type LaunchOptions } from '@playwright/test';
import playwrightConfig from '../../../playwright.config';

/**
 * Chromium driven over the DevTools protocol's pipe with only the Target, Page, Runtime and
 * Emulation domains, for timing a workshop's open as a consultant's window runs it.
 *
 * Why not Playwright here: Playwright enables the Network domain on every page it attaches to,
 * and with it Chromium's inspector keeps and text-decodes every JSON response body a second time
 * on the page's main thread (at 50,000 accounts, a 15 MB snapshot: ~110 ms of a ~440 ms open,
 * measured side by side). A window without DevTools open never pays that. The open suite keeps a
 * Playwright-driven row per size beside it, so the inspector's share stays visible.
 */

type Json = Record<string, unknown>;
interface Pending {
  resolve: (v: Json) => void;
  reject: (e: Error) => void;
}

/** The exact command line Playwright gives Chromium (read from the process it launched). */
async function playwrightCommandLine(options: LaunchOptions): Promise<{ executable: string; args: string[] }> {
  const server = await chromium.launchServer(options);
  try {
    const pid = server.process().pid;
    if (pid === undefined) throw new Error('Chromium has no pid');
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { executable: argv[0]!, args: argv.slice(1) };
  } finally {
    await server.close();
  }
}

export class CdpPipe {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private buffer = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly userDataDir: string,
  ) {
    const out = child.stdio[4] as Readable;
    out.setEncoding('utf8');
    out.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: Json; error?: { message: string } };
        this.buffer = this.buffer.slice(end + 1);
        const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
        if (!waiting) continue; // an event: nothing here listens to any
        this.pending.delete(message.id!);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result ?? {});
      }
    });
    child.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error('Chromium exited'));
      this.pending.clear();
    });
  }

  /** Debian's Chromium with Playwright's own switches and the e2e flags, its own profile directory. */
  static async launch(): Promise<CdpPipe> {
    const { executable, args } = await playwrightCommandLine({ ...playwrightConfig.use?.launchOptions, headless: true });
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'salesmap-bench-cdp-'));
    const ownArgs = args.filter((a) => !a.startsWith('--user-data-dir=')).concat(`--user-data-dir=${userDataDir}`);
    if (!ownArgs.includes('--remote-debugging-pipe')) ownArgs.push('--remote-debugging-pipe');
    const child = spawn(executable, ownArgs, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    const pipe = new CdpPipe(child, userDataDir);
    await pipe.send('Browser.getVersion');
    return pipe;
  }

  send(method: string, params: Json = {}, sessionId?: string): Promise<Json> {
    const id = ++this.nextId;
    const message = JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      (this.child.stdio[3] as Writable).write(`${message}\0`);
    });
  }

  async close(): Promise<void> {
    await this.send('Browser.close').catch(() => undefined);
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    fs.rmSync(this.userDataDir, { recursive: true, force: true });
  }
}
