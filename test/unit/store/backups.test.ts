import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEEP_BACKUPS, listBackups } from '../../../electron/store/backups';
import { LIBRARY_FILE } from '../../../electron/store/database';
import { startTestService } from '../../helpers/service';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe('rolling backups', () => {
  it('backs up an existing library each time it is opened and keeps the last five', async () => {
    const t = await startTestService(temp.dir);
    await t.ok('createWorkshop', { name: 'W', client: '', language: 'en', templateId: 'blank' });
    expect(listBackups(temp.dir)).toHaveLength(0); // a brand-new library has nothing to back up
    for (let i = 0; i < KEEP_BACKUPS + 2; i++) {
      await t.restart();
      await new Promise((r) => setTimeout(r, 5)); // distinct file names
    }
    expect(listBackups(temp.dir)).toHaveLength(KEEP_BACKUPS);
    t.service.close();
  });

  it('a damaged library is reported, kept, and the latest backup can be restored', async () => {
    const t = await startTestService(temp.dir);
    const w = await t.ok('createWorkshop', { name: '海格物流', client: '海格', language: 'zh-CN', templateId: 'sales-transformation' });
    await t.restart(); // makes a backup holding the workshop
    t.service.close();
    const file = path.join(temp.dir, LIBRARY_FILE);
    for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
    fs.writeFileSync(file, 'this is not a database');

    await t.restart();
    const info = await t.ok('appInfo');
    expect(info.libraryError).toMatchObject({ code: 'corrupt_database' });
    expect((await t.fail('listWorkshops')).code).toBe('corrupt_database');
    expect(fs.readFileSync(file, 'utf8')).toBe('this is not a database');

    const [latest] = await t.ok('listBackups');
    const restored = await t.ok('restoreBackup', { file: latest!.file });
    expect(fs.readFileSync(restored.setAside!, 'utf8')).toBe('this is not a database');
    expect((await t.ok('listWorkshops')).map((x) => x.id)).toEqual([w.id]);
    expect((await t.ok('appInfo')).libraryError).toBeNull();
    t.service.close();
  });

  it('refuses to restore a file that is not one of the backups', async () => {
    const t = await startTestService(temp.dir);
    expect((await t.fail('restoreBackup', { file: '../salesmap.db' })).code).toBe('not_found');
    expect((await t.ok('listWorkshops'))).toEqual([]);
    t.service.close();
  });
});
