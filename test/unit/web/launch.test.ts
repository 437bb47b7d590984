import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIBRARY_FILE } from '../../../electron/store';
import { launchWebHost, type Launched } from '../../../electron/web/launch';
import { startTestService } from '../../helpers/service';
import { makeTempDir } from '../../helpers/tempDir';

/** Issue 13, item 6: `npm run web` says on its console why it cannot serve a library. */
let temp: ReturnType<typeof makeTempDir>;
const running: Launched[] = [];
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(async () => {
  for (const l of running.splice(0)) if (l.ok) await l.stop();
  temp.cleanup();
});

async function launch(dataDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const launched = await launchWebHost({
    argv: ['--port', '0', '--data-dir', dataDir],
    env: { SALESMAP_TOKEN: 'tok' },
    staticDir: temp.dir,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  running.push(launched);
  return { launched, out: out.join('\n'), err: err.join('\n') };
}

describe('the browser host at start-up', () => {
  it('refuses a library another program holds: says so on the console and exits non-zero', async () => {
    const dataDir = path.join(temp.dir, 'lib');
    const holder = await startTestService(dataDir);
    try {
      const { launched, out, err } = await launch(dataDir);
      expect(launched.ok).toBe(false);
      expect(launched.ok ? 0 : launched.exitCode).not.toBe(0);
      expect(err).toMatch(/open in another Salesmap/);
      expect(out).not.toMatch(/running at/);
    } finally {
      holder.service.close();
    }
  });

  it('serves a damaged library (the page offers its backups) and says on the console what is wrong', async () => {
    const dataDir = path.join(temp.dir, 'lib');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, LIBRARY_FILE), 'not a database at all');
    const { launched, out, err } = await launch(dataDir);
    expect(launched.ok).toBe(true);
    expect(out).toMatch(/running at http:\/\/127\.0\.0\.1:\d+\/\?token=tok/);
    expect(err).toMatch(/damaged/);
    expect(err).toMatch(/restore a backup/i);
  });

  it('a healthy library: the address, and nothing on the error console', async () => {
    const { launched, out, err } = await launch(path.join(temp.dir, 'lib'));
    expect(launched.ok).toBe(true);
    expect(out).toMatch(/running at/);
    expect(err).toBe('');
  });
});
