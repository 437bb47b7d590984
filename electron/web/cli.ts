import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../paths';
import { createService } from '../service/service';
import { startWebHost } from './server';

declare const __APP_VERSION__: string;

/** `npm run web`: the same app in a browser, on 127.0.0.1 only, with a per-run token. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.SALESMAP_PORT ?? '5178' },
      'data-dir': { type: 'string' },
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
  console.log('Open the address above in a browser. Press Ctrl+C to stop.');

  const stop = () => {
    void host.close().then(() => {
      service.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`Salesmap could not start: ${(e as Error).message}`);
  process.exit(1);
});
