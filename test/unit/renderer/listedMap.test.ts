import { describe, expect, it } from 'vitest';
import type { Diff } from '../../../shared/diff';
import type { Account, AnyRecord, Segment } from '../../../shared/records';
import { ListedMap } from '../../../renderer/state/listedMap';
import { applyDiffByType, useWorkshop } from '../../../renderer/state/workshopStore';

/**
 * A workshop's accounts reach the board through a map whose index is built only when first asked
 * (renderer/state/listedMap.ts): whatever the board, a dialog or a command reads from it must be
 * what a Map of the snapshot's records gives, before and after the index exists.
 */

const account = (i: number, segmentId: string | null): Account => ({
  id: `acc-${String(i).padStart(4, '0')}`,
  type: 'account',
  name: `杭州远恒有限公司 ${i}`,
  industry: i % 3 ? '物流' : '制造',
  region: '华东',
  city: '杭州',
  revenue: i * 1.5,
  employees: i,
  spend: null,
  potential: null,
  status: '潜在客户',
  notes: '',
  segmentId,
  order: `a${i}`,
});
const segment = (id: string, order: string): Segment =>
  ({ id, type: 'segment', name: id, color: '#336699', order, criteria: '', notes: '' }) as unknown as Segment;

/** Everything a reader can see of a map, in the order it sees it. */
function seen<V>(map: ReadonlyMap<string, V>, probe: readonly string[]) {
  const each: [string, V][] = [];
  map.forEach((v, k) => each.push([k, v]));
  return {
    size: map.size,
    entries: [...map.entries()],
    iterated: [...map],
    keys: [...map.keys()],
    values: [...map.values()],
    each,
    got: probe.map((id) => [map.has(id), map.get(id)]),
  };
}

describe('a map listed first and indexed later', () => {
  const list = Array.from({ length: 600 }, (_, i) => account(i, i % 2 ? 'seg-a' : null));
  const probe = ['acc-0000', 'acc-0599', 'acc-0321', 'missing', ''];

  it('reads as a Map of the same records, before and after its index is built', () => {
    const expected = seen(new Map(list.map((a) => [a.id, a])), probe);
    const listed = new ListedMap(list);
    // Iteration first (as the board's first paint does), lookups after.
    expect(seen(listed, [])).toEqual({ ...expected, got: [] });
    expect(seen(listed, probe)).toEqual(expected);
    const built = new ListedMap(list);
    built.buildIndex();
    expect(seen(built, probe)).toEqual(expected);
  });

  it('a repeated id ends as a Map would hold it: the last record, at the first one\'s place', () => {
    const twice = [account(1, null), account(2, null), { ...account(1, null), name: '改名' }];
    const expected = seen(new Map(twice.map((a) => [a.id, a])), ['acc-0001']);
    const listed = new ListedMap(twice);
    expect(listed.get('acc-0001')!.name).toBe('改名');
    expect(seen(listed, ['acc-0001'])).toEqual(expected);
  });
});

describe('the store loads a large workshop', () => {
  const accounts = Array.from({ length: 700 }, (_, i) => account(i, i % 3 === 0 ? 'seg-a' : i % 3 === 1 ? 'seg-b' : null));
  const segments = [segment('seg-a', 'a0'), segment('seg-b', 'a1')];
  // Records of every kind, interleaved as the service's rows come (by id, not by type).
  const records: AnyRecord[] = [...accounts, ...segments].sort((a, b) => (a.id < b.id ? -1 : 1));
  const snapshot = {
    workshop: { id: 'w-large', name: '海格物流', client: '', language: 'zh-CN' as const, templateId: null, version: 3, createdAt: '', updatedAt: '' },
    version: 3,
    records,
    undo: { canUndo: false, canRedo: false, undoType: null, redoType: null },
  };
  const asMap = <T extends AnyRecord>(rs: readonly T[]) => new Map(rs.map((r) => [r.id, r]));

  it('with exactly the snapshot\'s records per type, and changes apply to them as to a Map', () => {
    useWorkshop.getState().load(snapshot);
    const loaded = useWorkshop.getState().records;
    expect([...loaded.account.entries()]).toEqual([...asMap(accounts)]);
    expect([...loaded.segment.entries()]).toEqual([...asMap(segments)]);
    expect(loaded.agendaItem.size).toBe(0);

    const moved = { ...accounts[5]!, segmentId: 'seg-b', order: 'b0' };
    const diff: Diff = { added: [account(9999, null)], removed: [accounts[7]!], updated: [[accounts[5]!, moved]] };
    const after = applyDiffByType(loaded, diff);
    const plain = new Map(asMap(accounts));
    plain.delete(accounts[7]!.id);
    plain.set(moved.id, moved);
    plain.set('acc-9999', account(9999, null));
    expect(after.account.size).toBe(plain.size);
    expect(new Map(after.account)).toEqual(plain);
    expect(after.account.get(moved.id)).toBe(moved);
    expect(after.account.has(accounts[7]!.id)).toBe(false);
    // The snapshot's map is left as it was.
    expect(useWorkshop.getState().records.account.get(moved.id)).toBe(accounts[5]);
  });
});
