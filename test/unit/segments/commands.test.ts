import { describe, expect, it } from 'vitest';
import { suggestSegments } from '../../../shared/calc/segmentsRules';
import { sortByOrder } from '../../../shared/order';
import type { Account, AnyRecord, Segment } from '../../../shared/records';
import { withTemplateWorkshop } from '../../helpers/service';

const w = withTemplateWorkshop();

const run = (command: unknown) => w.t.ok('dispatch', { workshopId: w.workshopId, command });
const records = async () => (await w.t.ok('openWorkshop', { workshopId: w.workshopId })).records;
const accountsOf = (rs: AnyRecord[], segmentId: string | null) =>
  sortByOrder(rs.filter((r): r is Account => r.type === 'account' && r.segmentId === segmentId)).map((a) => a.name);
const segmentsOf = (rs: AnyRecord[]) => sortByOrder(rs.filter((r): r is Segment => r.type === 'segment'));

async function importAccounts(rows: { name: string; revenue?: number | null; industry?: string }[]) {
  await run({ type: 'account.import', accounts: rows });
  const rs = await records();
  return new Map(rs.filter((r): r is Account => r.type === 'account').map((a) => [a.name, a.id]));
}

describe('segments board commands on the real service', () => {
  it('moves several cards from different columns in one command, and one undo puts them all back', async () => {
    const id = await importAccounts([{ name: '甲' }, { name: '乙' }, { name: '丙' }, { name: '丁' }]);
    await run({ type: 'account.move', ids: [id.get('丁')], segmentId: 'seg-mid', index: 0 });
    const r = await run({ type: 'account.move', ids: [id.get('甲'), id.get('丁'), id.get('丙')], segmentId: 'seg-key', index: 0 });
    expect(r.diff.updated).toHaveLength(3);
    let rs = await records();
    expect(accountsOf(rs, 'seg-key')).toEqual(['甲', '丁', '丙']);
    expect(accountsOf(rs, null)).toEqual(['乙']);
    await w.t.ok('undo', { workshopId: w.workshopId });
    rs = await records();
    expect(accountsOf(rs, null)).toEqual(['甲', '乙', '丙']);
    expect(accountsOf(rs, 'seg-mid')).toEqual(['丁']);
    expect(accountsOf(rs, 'seg-key')).toEqual([]);
  });

  it('deleting a segment sends its accounts to Unassigned and removes what pointed at it; undo restores all', async () => {
    const id = await importAccounts([{ name: '甲' }, { name: '乙' }, { name: '丙' }]);
    await run({ type: 'account.move', ids: [id.get('乙'), id.get('甲')], segmentId: 'seg-integrated', index: 0 });
    const before = await records();
    const pointing = before.filter((r) => 'segmentId' in r && r.segmentId === 'seg-integrated' && r.type !== 'account').length;
    await run({ type: 'segment.delete', ids: ['seg-integrated'] });
    let rs = await records();
    expect(segmentsOf(rs).map((s) => s.id)).not.toContain('seg-integrated');
    expect(accountsOf(rs, null)).toEqual(['丙', '乙', '甲']);
    expect(rs.filter((r) => 'segmentId' in r && r.segmentId === 'seg-integrated')).toHaveLength(0);
    await w.t.ok('undo', { workshopId: w.workshopId });
    rs = await records();
    expect(accountsOf(rs, 'seg-integrated')).toEqual(['乙', '甲']);
    expect(rs.filter((r) => 'segmentId' in r && r.segmentId === 'seg-integrated' && r.type !== 'account')).toHaveLength(pointing);
    expect(rs).toHaveLength(before.length);
  });

  it('applies accepted suggestions as one undo step, each segment keeping the Unassigned order', async () => {
    await importAccounts([
      { name: '大', revenue: 5000 },
      { name: '中', revenue: 120 },
      { name: '集成', revenue: 20, industry: '系统集成' },
      { name: '小', revenue: 10 },
      { name: '未知', revenue: null },
      { name: '大2', revenue: 1000 },
    ]);
    const rs = await records();
    const unassigned = sortByOrder(rs.filter((r): r is Account => r.type === 'account' && r.segmentId === null));
    const { moves, unmatched } = suggestSegments(segmentsOf(rs), unassigned);
    expect(unmatched).toBe(1);
    // The facilitator unticks one suggestion.
    const accepted = moves.filter((m) => unassigned.find((a) => a.id === m.accountId)!.name !== '小');
    const r = await run({ type: 'segment.acceptSuggestions', moves: accepted });
    expect(r.undo.undoType).toBe('segment.acceptSuggestions');
    let after = await records();
    expect(accountsOf(after, 'seg-integrated')).toEqual(['大', '大2']);
    expect(accountsOf(after, 'seg-mid')).toEqual(['中']);
    // "集成" has revenue 20: the SMB segment (≤ 50) comes before the SI segment in board order.
    expect(accountsOf(after, 'seg-smb')).toEqual(['集成']);
    expect(accountsOf(after, null)).toEqual(['小', '未知']);
    await w.t.ok('undo', { workshopId: w.workshopId });
    after = await records();
    expect(accountsOf(after, null)).toEqual(['大', '中', '集成', '小', '未知', '大2']);
  });

  it('refuses a suggestion list that names an account twice, and changes nothing', async () => {
    const id = await importAccounts([{ name: '甲' }]);
    const before = await w.t.ok('openWorkshop', { workshopId: w.workshopId });
    const e = await w.t.fail('dispatch', {
      workshopId: w.workshopId,
      command: { type: 'segment.acceptSuggestions', moves: [{ accountId: id.get('甲'), segmentId: 'seg-mid' }, { accountId: id.get('甲'), segmentId: 'seg-key' }] },
    });
    expect(e.code).toBe('invalid_command');
    expect((await w.t.ok('openWorkshop', { workshopId: w.workshopId })).version).toBe(before.version);
  });

  it('renames, recolours and reorders segments; a blank name or a bad colour is refused', async () => {
    await run({ type: 'segment.update', id: 'seg-mid', patch: { name: '  腰部客户 ', color: '#009e73' } });
    await run({ type: 'segment.move', id: 'seg-mid', index: 0 });
    let rs = await records();
    expect(segmentsOf(rs)[0]).toMatchObject({ id: 'seg-mid', name: '腰部客户' });
    expect((await w.t.fail('dispatch', { workshopId: w.workshopId, command: { type: 'segment.update', id: 'seg-mid', patch: { name: '   ' } } })).code).toBe('invalid_command');
    expect((await w.t.fail('dispatch', { workshopId: w.workshopId, command: { type: 'segment.update', id: 'seg-mid', patch: { color: 'red' } } })).code).toBe('invalid_command');
    rs = await records();
    expect(segmentsOf(rs)[0]).toMatchObject({ name: '腰部客户', color: '#009e73' });
  });

  it('adds a card at a position in a column and refuses a negative revenue without writing', async () => {
    await importAccounts([{ name: '甲' }, { name: '乙' }]);
    await run({ type: 'account.add', id: 'new-1', segmentId: null, index: 1, values: { name: '新客户' } });
    let rs = await records();
    expect(accountsOf(rs, null)).toEqual(['甲', '新客户', '乙']);
    // The first and the last place of a non-empty column (found without sorting it).
    await run({ type: 'account.add', id: 'new-0', segmentId: null, index: 0, values: { name: '最前' } });
    await run({ type: 'account.add', id: 'new-9', segmentId: null, values: { name: '最后' } });
    expect(accountsOf(await records(), null)).toEqual(['最前', '甲', '新客户', '乙', '最后']);
    const e = await w.t.fail('dispatch', { workshopId: w.workshopId, command: { type: 'account.update', id: 'new-1', patch: { revenue: -5 } } });
    expect(e.code).toBe('invalid_command');
    await run({ type: 'account.update', id: 'new-1', patch: { revenue: 1240.5, employees: 300, city: '深圳' } });
    rs = await records();
    expect(rs.find((r) => r.id === 'new-1')).toMatchObject({ revenue: 1240.5, employees: 300, city: '深圳' });
  });

  it('keeps moves across a restart (persistence) and undo still works after it', async () => {
    const id = await importAccounts([{ name: '甲' }, { name: '乙' }]);
    await run({ type: 'account.move', ids: [id.get('乙')], segmentId: 'seg-smb', index: 0 });
    await w.t.restart();
    expect(accountsOf(await records(), 'seg-smb')).toEqual(['乙']);
    await w.t.ok('undo', { workshopId: w.workshopId });
    expect(accountsOf(await records(), null)).toEqual(['甲', '乙']);
  });
});
