import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The built browser host (`npm run build`); `npm run bench` builds it when sources are newer. */
export const WEB_HOST = path.resolve('out/electron/web.js');

export interface BenchHost {
  /** The app's address with the token, e.g. http://127.0.0.1:43121/?token=… */
  url: string;
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  /** The server process (the round-trip suite watches its threads: harness/warmup.ts). */
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts the real browser host (the same service the app runs, over HTTP and server-sent events)
 * on a library folder, on a free loopback port, as its own process — as test/e2e/fixtures.ts does.
 */
export function startHost(dataDir: string): Promise<BenchHost> {
  if (!fs.existsSync(WEB_HOST)) throw new Error(`Build first: npm run build (${WEB_HOST} is missing)`);
  return startNodeServer(WEB_HOST, ['--port', '0', '--data-dir', dataDir], dataDir);
}

/** The bare HTTP + SSE server the host's round trip is compared with (harness/transportFloor.mjs). */
export function startTransportFloor(): Promise<BenchHost> {
  return startNodeServer(path.resolve('test/bench/harness/transportFloor.mjs'), [], '');
}

function startNodeServer(script: string, args: string[], dataDir: string): Promise<BenchHost> {
  const token = `bench${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve, reject) => {
    // SALESMAP_BENCH_HOST_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": profile the host itself
    // (Node refuses --cpu-prof in NODE_OPTIONS).
    const nodeArgs = process.env.SALESMAP_BENCH_HOST_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
      env: { ...process.env, SALESMAP_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The browser host did not start within 20 s: ${out}`));
    }, 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const port = Number(m[1]);
      const origin = `http://127.0.0.1:${port}`;
      resolve({ url: `${origin}/?token=${token}`, origin, port, token, dataDir, pid: child.pid!, stop: () => stop(child) });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== null && code !== 0) reject(new Error(`The browser host exited with ${code}: ${out}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
