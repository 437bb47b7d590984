import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWebHost } from './launch';

const here = path.dirname(fileURLToPath(import.meta.url));

launchWebHost({
  argv: process.argv.slice(2),
  env: process.env,
  staticDir: path.resolve(here, '../renderer'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
})
  .then((launched) => {
    if (!launched.ok) process.exit(launched.exitCode);
    const stop = () => void launched.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((e: unknown) => {
    console.error(`Salesmap could not start: ${(e as Error).message}`);
    process.exit(1);
  });
