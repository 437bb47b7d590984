import { expect } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { Envelope } from '../../../shared/api';
import { ERROR_CODES } from '../../../shared/errors';
import { dumpConnection, watchLibraryConnections } from '../../helpers/liveLibraryDump';
import { startTestService, type TestService } from '../../helpers/service';

/**
 * The real service on a real library (a zh-CN template workshop with accounts, a backup beside
 * it). `call` runs one fuzz case and checks what every case must hold: an envelope; a refusal has
 * a known code that is not "internal" (a bug) and leaves the library's dump byte for byte.
 */
export interface FuzzLibrary {
  t: TestService;
  workshopId(): Promise<string>;
  /** Ids worth naming: the workshop, its records, the backups. */
  ids(): Promise<string[]>;
  call(method: string, args: unknown): Promise<Envelope<unknown>>;
  cases: { total: number; refused: number };
  close(): void;
}

export async function startFuzzLibrary(): Promise<FuzzLibrary> {
  const watch = watchLibraryConnections();
  const t = await startTestService();
  const create = async () =>
    (await t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' })).id;
  let workshop = await create();
  await t.ok('dispatch', { workshopId: workshop, command: { type: 'account.import', accounts: [{ name: '深圳华信有限公司', revenue: 12 }, { name: '广州恒达集团' }] } });
  await t.restart(); // a start-up backup, so restoreBackup has something to find
  let baseline: string | null = null;
  const db = (): Database => watch.current();
  const cases = { total: 0, refused: 0 };

  const lib: FuzzLibrary = {
    t,
    cases,
    async workshopId() {
      if (!(await t.ok('listWorkshops')).some((w) => w.id === workshop)) {
        workshop = await create();
        baseline = null; // the set-up changed the library, not a fuzz case
      }
      return workshop;
    },
    async ids() {
      const id = await lib.workshopId();
      const snap = await t.ok('openWorkshop', { workshopId: id });
      const backups = (await t.ok('listBackups')).map((b) => b.file);
      return [id, ...snap.records.map((r) => r.id), ...backups];
    },
    async call(method, args) {
      baseline ??= dumpConnection(db());
      cases.total++;
      const r = await t.service.call(method, args);
      expect(typeof r.ok).toBe('boolean');
      if (r.ok) {
        baseline = null; // a change that was accepted: the next case compares with the new library
        return r;
      }
      cases.refused++;
      expect(ERROR_CODES, JSON.stringify(r.error)).toContain(r.error.code);
      expect(r.error.code, `${method}: ${r.error.message}`).not.toBe('internal');
      expect(typeof r.error.message).toBe('string');
      expect(dumpConnection(db()) === baseline, `${method} was refused (${r.error.code}) but changed the library`).toBe(true);
      return r;
    },
    close() {
      t.close();
      watch.stop();
    },
  };
  return lib;
}
