import { loadTemplates } from '../../../electron/service/templates';
import { applyCommand } from '../../../shared/commands';
import { applyDiffTo } from '../../../shared/diff';
import { AppError } from '../../../shared/errors';
import type { Account, AnyRecord, RecordOf, RecordType } from '../../../shared/records';
import { RecordStore } from '../../../shared/recordStore';

/**
 * The English sales-transformation template with a few accounts, driven by the real pure command
 * path (applyCommand → diff → applied): what the service does, without its SQLite.
 */
export function world(templateId = 'sales-transformation') {
  const template = loadTemplates().find((t) => t.id === templateId && t.language === 'en')!;
  const store = new RecordStore(template.records);
  let n = 0;
  const ctx = { newId: () => `id-${++n}`, now: () => 0 };
  const run = (command: unknown) => {
    const { diff } = applyCommand(store, command, ctx);
    applyDiffTo(store, diff);
    return diff;
  };
  const account = (id: string, segmentId: string | null): Account => ({
    id, type: 'account', name: id, industry: '', region: '', city: '', revenue: null, employees: null,
    spend: null, potential: null, status: '', notes: '', segmentId, order: `a${id}`,
  });
  for (const a of [account('acc-1', 'seg-key'), account('acc-2', 'seg-mid'), account('acc-3', null)]) store.set(a.id, a);
  return {
    store,
    run,
    /** The error a command is refused with (and the records are checked unchanged). */
    fail(command: unknown): AppError {
      const before = JSON.stringify([...store.values()]);
      let error: unknown = null;
      try {
        run(command);
      } catch (e) {
        error = e;
      }
      if (!(error instanceof AppError)) throw new Error(`command was not refused with an AppError: ${String(error)}`);
      if (JSON.stringify([...store.values()]) !== before) throw new Error('a refused command changed records');
      return error;
    },
    get<T extends RecordType>(type: T, id: string): RecordOf<T> {
      const r = store.get(id) as AnyRecord | undefined;
      if (!r || r.type !== type) throw new Error(`no ${type} ${id}`);
      return r as RecordOf<T>;
    },
    all<T extends RecordType>(type: T): RecordOf<T>[] {
      return [...store.values()].filter((r) => r.type === type) as RecordOf<T>[];
    },
  };
}
