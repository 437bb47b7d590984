import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../electron/store';
import type { AnyRecord } from '../../../shared/records';
import { tempStore } from '../../helpers/tempStore';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function store(): Store {
  const s = tempStore(cleanups);
  s.workshops.insert({ id: 'w', name: 'W', client: '', language: 'en', templateId: null, version: 0, createdAt: 'now', updatedAt: 'now' });
  return s;
}

const row = (s: Store, id: string) => s.db.prepare('SELECT type, data FROM records WHERE workshop_id = ? AND id = ?').get('w', id) as { type: string; data: string };
const byType = (s: Store, type: string) =>
  (s.db.prepare('SELECT id FROM records INDEXED BY records_by_type WHERE workshop_id = ? AND type = ?').all('w', type) as { id: string }[]).map((r) => r.id);

// An update writes the row's JSON; its type column (and the by-type index) follows the record.
describe('writeDiff updates', () => {
  it('rewrites the data of a record that keeps its type, and the by-type index still finds it', () => {
    const s = store();
    const a = { id: 'a', type: 'account', name: 'Before' } as unknown as AnyRecord;
    const b = { ...a, name: 'After' } as unknown as AnyRecord;
    s.transaction(() => s.records.writeDiff('w', { added: [a], updated: [], removed: [] }));
    s.transaction(() => s.records.writeDiff('w', { added: [], updated: [[a, b]], removed: [] }));
    expect(JSON.parse(row(s, 'a').data).name).toBe('After');
    expect(byType(s, 'account')).toEqual(['a']);
  });

  it('moves a record whose type changes to its new type in the row and in the index', () => {
    const s = store();
    const a = { id: 'x', type: 'account', name: 'A' } as unknown as AnyRecord;
    const c = { id: 'x', type: 'contact', name: 'A' } as unknown as AnyRecord;
    s.transaction(() => s.records.writeDiff('w', { added: [a], updated: [], removed: [] }));
    s.transaction(() => s.records.writeDiff('w', { added: [], updated: [[a, c]], removed: [] }));
    expect(row(s, 'x').type).toBe('contact');
    expect(byType(s, 'account')).toEqual([]);
    expect(byType(s, 'contact')).toEqual(['x']);
  });

  it('refuses an update of a row that is not there, writing nothing', () => {
    const s = store();
    const a = { id: 'gone', type: 'account', name: 'A' } as unknown as AnyRecord;
    expect(() => s.transaction(() => s.records.writeDiff('w', { added: [], updated: [[a, a]], removed: [] }))).toThrow(/missing/);
  });
});

// New rows go in by key order (one sweep through the B-tree), skipping the sort when they come
// sorted already (as an import hands out its ids): either way every row holds its own record.
describe('writeDiff rows', () => {
  const rec = (id: string, name: string, type = 'account') => ({ id, type, name, note: '备注 "引号"\n' }) as unknown as AnyRecord;

  it('writes each record to its own row for a diff that adds (out of key order), updates and removes', () => {
    const s = store();
    const old = [rec('k', 'K'), rec('m', 'M'), rec('r', 'R')];
    s.transaction(() => s.records.writeDiff('w', { added: old, updated: [], removed: [] }));
    const diff = {
      added: [rec('z', '最后'), rec('b', 'B'), rec('q', 'Q')],
      updated: [
        [old[0]!, rec('k', 'K2')],
        [old[1]!, rec('m', 'M', 'contact')],
      ] as [AnyRecord, AnyRecord][],
      removed: [old[2]!],
    };
    s.transaction(() => s.records.writeDiff('w', diff));
    for (const r of [...diff.added, ...diff.updated.map(([, after]) => after)]) expect(JSON.parse(row(s, r.id).data)).toEqual(r);
    expect(row(s, 'r')).toBeUndefined();
  });

  it('writes rows that come in key order, and refuses the whole diff when one of them is already there', () => {
    const s = store();
    s.transaction(() => s.records.writeDiff('w', { added: [rec('b', 'B')], updated: [], removed: [] }));
    const sorted = [rec('a', 'A'), rec('c', 'C'), rec('d', 'D')];
    s.transaction(() => s.records.writeDiff('w', { added: sorted, updated: [], removed: [] }));
    for (const r of sorted) expect(JSON.parse(row(s, r.id).data)).toEqual(r);
    expect(() => s.transaction(() => s.records.writeDiff('w', { added: [rec('e', 'E'), rec('f', 'F'), rec('d', 'D2')], updated: [], removed: [] }))).toThrow(
      /UNIQUE/,
    );
    expect(row(s, 'e')).toBeUndefined();
    expect(JSON.parse(row(s, 'd').data).name).toBe('D');
  });
});
