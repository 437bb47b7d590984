import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { applyDiffTo } from '../../../shared/diff';
import { RecordStore } from '../../../shared/recordStore';
import type { Account, AnyRecord } from '../../../shared/records';
import { generateAccounts } from '../../bench/generate';
import { toAccountValues } from '../../bench/harness/sortRule';
import { startTestService, type TestService } from '../../helpers/service';

/**
 * The import is written on a fast path (records built in one pass, rows serialized once and
 * inserted in key order, the undo step's JSON assembled from the rows). What a user keeps must be
 * exactly what adding the same rows one by one gives: the same accounts, fields, defaults, key
 * order and board order, read back from SQLite after a restart, and undone in one step.
 */
const ROWS = 50_000;

/** Generated rows, with some that leave optional fields out or carry spaces the schema trims. */
function importRows() {
  return generateAccounts(ROWS, 5).map((row, i) => {
    const values = toAccountValues(row);
    if (i % 7 === 0) return { name: values.name };
    if (i % 11 === 0) return { ...values, industry: `  ${values.industry} `, potential: 12.5 };
    return values;
  });
}

/** An account as JSON without its id (ids are fresh per command), key order included. */
const shape = (a: Account) => JSON.stringify({ ...a, id: '' });
const byOrder = (list: Account[]) => [...list].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
const accountsOf = (records: readonly AnyRecord[]) => records.filter((r): r is Account => r.type === 'account');

let t: TestService;
let workshopId: string;
beforeEach(async () => {
  t = await startTestService();
  workshopId = (await t.ok('createWorkshop', { name: '全国客户', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' })).id;
});
afterEach(() => t.close());

describe(`importing ${ROWS.toLocaleString('en')} rows`, () => {
  it('keeps the same accounts as adding them row by row, survives a restart, and undoes in one step', async () => {
    const rows = importRows();
    const before = await t.ok('openWorkshop', { workshopId });

    // Row by row: one account.add per row, at the end of Unassigned, on the pure change path.
    const records = new RecordStore(before.records);
    let n = 0;
    const ctx = { newId: () => `row-${++n}`, now: () => 0 };
    for (const values of rows) applyDiffTo(records, applyCommand(records, { type: 'account.add', segmentId: null, values }, ctx).diff);
    const oneByOne = byOrder(accountsOf([...records.values()]));

    const result = await t.ok('dispatch', { workshopId, command: { type: 'account.import', accounts: rows } });
    expect(result.version).toBe(before.version + 1);
    await t.restart();
    const imported = byOrder(accountsOf((await t.ok('openWorkshop', { workshopId })).records));

    expect(imported).toHaveLength(ROWS);
    expect(new Set(imported.map((a) => a.id)).size).toBe(ROWS);
    expect(imported.map(shape)).toEqual(oneByOne.map(shape));
    // The change event and the reply carry the same records that were stored.
    expect(byOrder(accountsOf(result.diff.added)).map((a) => JSON.stringify(a))).toEqual(imported.map((a) => JSON.stringify(a)));

    const undone = await t.ok('undo', { workshopId });
    expect(undone.diff.removed).toHaveLength(ROWS);
    expect(accountsOf((await t.ok('openWorkshop', { workshopId })).records)).toEqual([]);
    expect(undone.undo.canUndo).toBe(false);
    await t.ok('redo', { workshopId });
    const redone = byOrder(accountsOf((await t.ok('openWorkshop', { workshopId })).records));
    expect(redone.map((a) => JSON.stringify(a))).toEqual(imported.map((a) => JSON.stringify(a)));
  }, 120_000);
});
