import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../paths';
import { createService } from '../service/service';
import { browserLaunch, openBrowser } from './openBrowser';
import { startWebHost } from './server';

declare const __APP_VERSION__: string;

/** Where no browser can be started, the printed address is the way in: never an error. */
function showInBrowser(url: string): void {
  const launch = browserLaunch(url);
  if ('skip' in launch) {
    console.log(`Open the address above in a browser (not opened automatically: ${launch.skip}). Press Ctrl+C to stop.`);
    return;
  }
  console.log('Opening it in your default browser. Press Ctrl+C to stop.');
  openBrowser(launch, (why) => console.log(`No browser could be opened (${why}): open the address above yourself.`));
}

/**
 * `npm run web`: the same app in a browser, on 127.0.0.1 only, with a per-run token. `--open`
 * (given by `npm start` where Electron is missing) also opens it in the default browser.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.SALESMAP_PORT ?? '5178' },
      'data-dir': { type: 'string' },
      open: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535 (got "${values.port}")`);
    process.exit(2);
  }
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = path.resolve(here, '../renderer');
  const token = process.env.SALESMAP_TOKEN ?? randomBytes(24).toString('base64url');

  const service = await createService({ dataDir, host: 'web', appVersion: __APP_VERSION__ });
  const host = await startWebHost({ service, staticDir, port, token });
  console.log(`Salesmap is running at ${host.url}`);
  console.log(`Library: ${dataDir}`);
  if (values.open) showInBrowser(host.url);
  else console.log('Open the address above in a browser. Press Ctrl+C to stop.');

  // Ctrl+C can arrive more than once (the terminal and npm both send it): stop once.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void host.close().then(() => {
      service.close();
      console.log('Salesmap stopped.');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Started by `npm start` (over an IPC channel): a launcher that died must not leave us holding the port.
  process.on('disconnect', stop);
}

main().catch((e: unknown) => {
  console.error(`Salesmap could not start: ${(e as Error).message}`);
  process.exit(1);
});
