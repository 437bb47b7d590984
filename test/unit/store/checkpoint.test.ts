import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCheckpointer } from '../../../electron/store/checkpoint';
import { LIBRARY_FILE, openLibrary } from '../../../electron/store/database';
import { startTestService } from '../../helpers/service';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

/**
 * The workshops a copy of the library file alone (without its WAL) holds: what has been
 * checkpointed into the file, as a reader that only had the main file would see it.
 */
function workshopsInMainFile(dir: string): string[] {
  const copy = path.join(temp.dir, `main-only-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(path.join(dir, LIBRARY_FILE), copy);
  const db = new Database(copy, { readonly: true });
  try {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'workshops'").get();
    if (!hasTable) return [];
    return (db.prepare('SELECT name FROM workshops ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('WAL checkpoints out of the requests', () => {
  it('a commit stays in the WAL during requests and is copied into the library file once the service is idle; all of it is there after a reopen', async () => {
    const dir = path.join(temp.dir, 'lib');
    const t = await startTestService(dir);
    // A run of commits larger than SQLite's automatic checkpoint (1,000 pages) would have
    // copied into the file inside one of these requests.
    const names: string[] = [];
    for (let i = 0; i < 40; i++) {
      const name = `客户研讨会 ${String(i).padStart(2, '0')} ${'x'.repeat(150)}`;
      names.push(name);
      await t.ok('createWorkshop', { name, client: '海格', language: 'zh-CN', templateId: 'sales-transformation' });
    }
    // Right after the commits, before the service is idle: nothing was checkpointed in a request.
    expect(workshopsInMainFile(dir)).not.toContain(names[0]);
    await expect.poll(() => workshopsInMainFile(dir), { timeout: 10_000, interval: 50 }).toEqual([...names].sort());
    t.service.close();
    const again = await startTestService(dir);
    const listed = (await again.ok('listWorkshops')) as { name: string }[];
    expect(listed.map((w) => w.name).sort()).toEqual([...names].sort());
    again.service.close();
  });

  it('a service that is never idle still checkpoints: the WAL stays bounded', async () => {
    const dir = path.join(temp.dir, 'busy');
    const { db, file } = openLibrary(dir);
    // Commits every few ms for longer than the bound: the idle timer alone would never fire.
    const checkpointer = createCheckpointer(db, `${file}-wal`, { idleMs: 60_000, maxDelayMs: 100 });
    const insert = db.prepare(
      "INSERT INTO workshops (id, name, client, language, template_id, version, created_at, updated_at) VALUES (?, ?, '', 'en', 'blank', 1, 0, 0)",
    );
    const started = Date.now();
    for (let i = 0; Date.now() - started < 600; i++) {
      insert.run(`w${i}`, `W${i}`);
      checkpointer.committed();
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(workshopsInMainFile(dir)).toContain('W0');
    checkpointer.stop();
    db.close();
  });
});
