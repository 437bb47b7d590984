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
    // Ctrl+C can arrive more than once (the terminal and npm both send it): stop once.
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void launched.stop().then(() => {
        console.log('Salesmap stopped.');
        process.exit(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // Started by `npm start` (over an IPC channel): a launcher that died must not leave us holding the port.
    process.on('disconnect', stop);
  })
  .catch((e: unknown) => {
    console.error(`Salesmap could not start: ${(e as Error).message}`);
    process.exit(1);
  });
