import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../paths';
import type { AppInfo } from '../../shared/api';
import { readOnlyService } from '../service/readOnly';
import { createService, type Service } from '../service/service';
import { browserLaunch, openBrowser } from './openBrowser';
import { startWebHost, type WebHost } from './server';

declare const __APP_VERSION__: string;

export interface LaunchOptions {
  argv: string[];
  env: NodeJS.ProcessEnv;
  /** The built renderer. */
  staticDir: string;
  /** Console lines: `out` for the address, `err` for every problem. */
  out(line: string): void;
  err(line: string): void;
}

export type Launched = { ok: true; host: WebHost; service: Service; stop(): Promise<void> } | { ok: false; exitCode: number };

/** Where no browser can be started, the printed address is the way in: never an error. */
function showInBrowser(url: string, o: LaunchOptions): void {
  const launch = browserLaunch(url);
  if ('skip' in launch) {
    o.out(`Open the address above in a browser (not opened automatically: ${launch.skip}). Press Ctrl+C to stop.`);
    return;
  }
  o.out('Opening it in your default browser. Press Ctrl+C to stop.');
  openBrowser(launch, (why) => o.out(`No browser could be opened (${why}): open the address above yourself.`));
}

/**
 * `npm run web`: the same app in a browser, on 127.0.0.1 only, with a per-run token. `--open`
 * (given by `npm start` where Electron is missing) also opens it in the default browser.
 */
export async function launchWebHost(o: LaunchOptions): Promise<Launched> {
  let values: { port?: string; 'data-dir'?: string; open?: boolean };
  try {
    ({ values } = parseArgs({
      args: o.argv,
      options: {
        port: { type: 'string', default: o.env.SALESMAP_PORT ?? '5178' },
        'data-dir': { type: 'string' },
        open: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    o.err((e as Error).message);
    return { ok: false, exitCode: 2 };
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    o.err(`--port must be a number from 0 to 65535 (got "${values.port}")`);
    return { ok: false, exitCode: 2 };
  }
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir(process.platform, o.env);
  const token = o.env.SALESMAP_TOKEN ?? randomBytes(24).toString('base64url');

  const service = await createService({
    dataDir,
    host: 'web',
    appVersion: __APP_VERSION__,
    rendererDir: o.staticDir,
    // Tests share on 127.0.0.2, never on a real LAN address.
    ...(o.env.SALESMAP_SHARE_ADDRESS ? { shareAddress: o.env.SALESMAP_SHARE_ADDRESS } : {}),
  });
  const info = await service.call('appInfo', {});
  const problem = info.ok ? (info.value as AppInfo).libraryError : info.error;
  // Another program has the library: this one has nothing to serve, and must not look as if it had.
  if (problem?.code === 'library_in_use') {
    o.err(`Salesmap could not start: ${problem.message}`);
    o.err(`Or give this one another folder: npm run web -- --data-dir <folder>`);
    service.close();
    return { ok: false, exitCode: 1 };
  }
  // A projector tab on this machine opens with the service's read-only token: reads only.
  const viewer = service.viewerToken ? { token: service.viewerToken, service: readOnlyService(service) } : undefined;
  const host = await startWebHost({ service, staticDir: o.staticDir, port, token, ...(viewer ? { viewer } : {}) });
  o.out(`Salesmap is running at ${host.url}`);
  o.out(`Library: ${dataDir}`);
  if (values.open) showInBrowser(host.url, o);
  else o.out('Open the address above in a browser. Press Ctrl+C to stop.');
  // A damaged or newer library: the page shows it and offers the backups, so the host serves it.
  if (problem) o.err(`The library cannot be opened: ${problem.message} Open the address above to restore a backup.`);
  return {
    ok: true,
    host,
    service,
    stop: async () => {
      await host.close();
      service.close();
    },
  };
}
