import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnyRecord, Coverage, Motion, Scenario, Settings } from '../../../shared/records';
import { startTestService, type TestService } from '../../helpers/service';
import { figuresOf, templateWorkshop } from './fixtures';

let t: TestService;
beforeEach(async () => {
  t = await startTestService();
});
afterEach(() => t.close());

const coverageOf = (records: readonly AnyRecord[], scenarioId = 'scenario-a') =>
  records.filter((r): r is Coverage => r.type === 'coverage' && r.scenarioId === scenarioId);
const rowOf = (records: readonly AnyRecord[], segmentId: string, motionId: string, scenarioId = 'scenario-a') =>
  coverageOf(records, scenarioId).find((c) => c.segmentId === segmentId && c.motionId === motionId);
const settingsOf = (records: readonly AnyRecord[]) => records.find((r): r is Settings => r.type === 'settings')!;
const place = (segmentId: string, motionId: string, extra: Record<string, unknown> = {}) => ({
  type: 'coverage.place',
  scenarioId: 'scenario-a',
  segmentId,
  motionId,
  ...extra,
});

describe('placing segments on motions', () => {
  it('makes the first motion of a segment its primary at 100 % and the next an overlay with what is left', async () => {
    const w = await templateWorkshop(t, { 'seg-smb': { count: 1800, revenue: 20 } });
    await w.dispatch(place('seg-smb', 'motion-phone'));
    let snap = await w.snapshot();
    expect(rowOf(snap.records, 'seg-smb', 'motion-phone')).toMatchObject({ role: 'primary', share: 100 });

    await w.dispatch({ type: 'coverage.update', id: rowOf(snap.records, 'seg-smb', 'motion-phone')!.id, patch: { share: 60 } });
    await w.dispatch(place('seg-smb', 'motion-web'));
    snap = await w.snapshot();
    expect(rowOf(snap.records, 'seg-smb', 'motion-web')).toMatchObject({ role: 'overlay', share: 40 });

    const plan = figuresOf(snap.records, 'scenario-a');
    const smb = plan.segments.find((s) => s.segment.id === 'seg-smb')!;
    // Phone and web are pooled motions (issue 11): the row shows the exact FTE it uses, and each
    // motion rounds up once at its foot: 1,080 ÷ 300 → 4 on the phone; 720 ÷ 10,000 → 1 online.
    expect(smb.people).toBeCloseTo(3.6 + 0.072, 9);
    expect(plan.motions.filter((m) => m.people > 0).map((m) => [m.motion.id, m.people])).toEqual([
      ['motion-phone', 4],
      ['motion-web', 1],
    ]);
  });

  it('refuses shares above 100 % with the segment and the total, and writes nothing', async () => {
    const w = await templateWorkshop(t);
    await w.dispatch(place('seg-key', 'motion-industry', { share: 70 }));
    await w.dispatch(place('seg-key', 'motion-territory', { share: 30 }));
    const before = await w.snapshot();
    const events = t.events.length;

    const e1 = await w.fail(place('seg-key', 'motion-phone', { share: 10 }));
    expect(e1).toMatchObject({ code: 'share_over_100', params: { segment: '行业大客户及其他大型客户', total: 110 } });
    const industry = rowOf(before.records, 'seg-key', 'motion-industry')!;
    const e2 = await w.fail({ type: 'coverage.update', id: industry.id, patch: { share: 85 } });
    expect(e2).toMatchObject({ code: 'share_over_100', params: { total: 115 } });

    const after = await w.snapshot();
    expect(after.version).toBe(before.version);
    expect(after.records).toEqual(before.records);
    expect(t.events.length).toBe(events);
  });

  it('accepts shares that add up to exactly 100 % despite floating point', async () => {
    const w = await templateWorkshop(t);
    await w.dispatch(place('seg-mid', 'motion-territory', { share: 33.3 }));
    await w.dispatch(place('seg-mid', 'motion-phone', { share: 33.3 }));
    await w.dispatch(place('seg-mid', 'motion-web', { share: 33.4 }));
    expect(coverageOf((await w.snapshot()).records).filter((c) => c.segmentId === 'seg-mid')).toHaveLength(3);
  });

  it('keeps exactly one primary: a new primary demotes the old one to overlay', async () => {
    const w = await templateWorkshop(t);
    await w.dispatch(place('seg-key', 'motion-industry', { share: 70 }));
    await w.dispatch(place('seg-key', 'motion-territory', { share: 30, role: 'primary' }));
    const records = (await w.snapshot()).records;
    expect(rowOf(records, 'seg-key', 'motion-industry')?.role).toBe('overlay');
    expect(rowOf(records, 'seg-key', 'motion-territory')?.role).toBe('primary');

    await w.dispatch({ type: 'coverage.update', id: rowOf(records, 'seg-key', 'motion-industry')!.id, patch: { role: 'primary' } });
    const again = (await w.snapshot()).records;
    expect(coverageOf(again).filter((c) => c.segmentId === 'seg-key' && c.role === 'primary').map((c) => c.motionId)).toEqual(['motion-industry']);
  });

  it('gives the primary role to the largest overlay when the primary goes', async () => {
    const w = await templateWorkshop(t);
    await w.dispatch(place('seg-smb', 'motion-phone', { share: 50 }));
    await w.dispatch(place('seg-smb', 'motion-web', { share: 30 }));
    await w.dispatch(place('seg-smb', 'motion-partner', { share: 20 }));
    const records = (await w.snapshot()).records;
    await w.dispatch({ type: 'coverage.remove', ids: [rowOf(records, 'seg-smb', 'motion-phone')!.id] });
    const after = (await w.snapshot()).records;
    expect(rowOf(after, 'seg-smb', 'motion-web')?.role).toBe('primary');
    expect(rowOf(after, 'seg-smb', 'motion-partner')?.role).toBe('overlay');

    // A segment's first motion is its primary even when placed as an overlay.
    await w.dispatch(place('seg-mid', 'motion-web', { role: 'overlay', share: 50 }));
    expect(rowOf((await w.snapshot()).records, 'seg-mid', 'motion-web')?.role).toBe('primary');

    // The only placement of a segment cannot stop being its primary.
    await w.dispatch(place('seg-integrated', 'motion-dedicated'));
    const single = rowOf((await w.snapshot()).records, 'seg-integrated', 'motion-dedicated')!;
    expect(await w.fail({ type: 'coverage.update', id: single.id, patch: { role: 'overlay' } })).toMatchObject({ code: 'invalid_value' });
  });

  it('moves a placement to another motion of the same row, keeping role and share', async () => {
    const w = await templateWorkshop(t, { 'seg-mid': { count: 600, revenue: 100 } });
    await w.dispatch(place('seg-mid', 'motion-phone', { share: 80 }));
    await w.dispatch(place('seg-mid', 'motion-web'));
    const records = (await w.snapshot()).records;
    const phone = rowOf(records, 'seg-mid', 'motion-phone')!;
    await w.dispatch({ type: 'coverage.update', id: phone.id, patch: { motionId: 'motion-territory' } });
    const moved = (await w.snapshot()).records;
    expect(rowOf(moved, 'seg-mid', 'motion-territory')).toMatchObject({ id: phone.id, role: 'primary', share: 80 });
    expect(rowOf(moved, 'seg-mid', 'motion-phone')).toBeUndefined();
    // Onto a motion that already covers the segment: refused.
    expect(await w.fail({ type: 'coverage.update', id: phone.id, patch: { motionId: 'motion-web' } })).toMatchObject({ code: 'conflict' });
  });

  it('refuses placements of things that do not exist', async () => {
    const w = await templateWorkshop(t);
    expect(await w.fail(place('no-such-segment', 'motion-web'))).toMatchObject({ code: 'not_found' });
    expect(await w.fail(place('seg-smb', 'no-such-motion'))).toMatchObject({ code: 'not_found' });
    expect(await w.fail({ ...place('seg-smb', 'motion-web'), scenarioId: 'nope' })).toMatchObject({ code: 'not_found' });
    expect(await w.fail(place('seg-smb', 'motion-web', { share: 120 }))).toMatchObject({ code: 'invalid_command' });
  });

  it('undoes a placement and redoes it', async () => {
    const w = await templateWorkshop(t);
    await w.dispatch(place('seg-smb', 'motion-phone'));
    await t.ok('undo', { workshopId: w.id });
    expect(coverageOf((await w.snapshot()).records)).toHaveLength(0);
    await t.ok('redo', { workshopId: w.id });
    expect(coverageOf((await w.snapshot()).records)).toHaveLength(1);
  });
});

describe('motions', () => {
  it('refuses a capacity of zero or less with a clear error, writing nothing', async () => {
    const w = await templateWorkshop(t);
    const before = await w.snapshot();
    for (const capacity of [0, -3]) {
      const e = await w.fail({ type: 'motion.update', id: 'motion-phone', patch: { capacity } });
      expect(e).toMatchObject({ code: 'capacity_not_positive', params: { motion: '专属电话覆盖' } });
    }
    expect(await w.fail({ type: 'motion.add', values: { name: '新模式', capacity: 0 } })).toMatchObject({ code: 'capacity_not_positive' });
    const after = await w.snapshot();
    expect(after.version).toBe(before.version);
    expect(after.records).toEqual(before.records);
  });

  it('recomputes every figure when capacity or cost changes (what-if), and undo restores them', async () => {
    const w = await templateWorkshop(t, { 'seg-smb': { count: 1800, revenue: 20 } });
    await w.dispatch(place('seg-smb', 'motion-phone'));
    const before = figuresOf((await w.snapshot()).records, 'scenario-a');
    expect(before.totals.people).toBe(6); // 1,800 ÷ 300
    expect(before.totals.cost).toBeCloseTo(1.5);

    await w.dispatch({ type: 'motion.update', id: 'motion-phone', patch: { capacity: 200, costPerPerson: 0.3 } });
    const after = figuresOf((await w.snapshot()).records, 'scenario-a');
    expect(after.totals.people).toBe(9);
    expect(after.totals.cost).toBeCloseTo(2.7);

    await t.ok('undo', { workshopId: w.id });
    expect(figuresOf((await w.snapshot()).records, 'scenario-a').totals.people).toBe(6);
  });

  it('adds, reorders and deletes motions; a deleted motion takes its placements, and undo brings them back', async () => {
    const w = await templateWorkshop(t);
    await w.dispatch({ type: 'motion.add', id: 'motion-new', values: { name: '大客户经理', drive: 'relationship', capacity: 20 } });
    await w.dispatch({ type: 'motion.move', id: 'motion-new', index: 0 });
    const added = (await w.snapshot()).records;
    const motions = added.filter((r): r is Motion => r.type === 'motion').sort((a, b) => (a.order < b.order ? -1 : 1));
    expect(motions[0]).toMatchObject({ id: 'motion-new', name: '大客户经理' });
    // Its assumptions belong to the plan; a relationship motion is staffed per segment by default.
    expect(added.find((r) => r.id === 'assume:scenario-a:motion-new')).toMatchObject({ capacity: 20, peopleLimit: null, staffing: 'perSegment' });

    await w.dispatch(place('seg-key', 'motion-new', { share: 60 }));
    await w.dispatch(place('seg-key', 'motion-phone', { share: 40 }));
    await w.dispatch({ type: 'motion.delete', ids: ['motion-new'] });
    const after = (await w.snapshot()).records;
    expect(coverageOf(after).map((c) => [c.motionId, c.role])).toEqual([['motion-phone', 'primary']]);
    await t.ok('undo', { workshopId: w.id });
    const restored = (await w.snapshot()).records;
    expect(rowOf(restored, 'seg-key', 'motion-new')?.role).toBe('primary');
    expect(rowOf(restored, 'seg-key', 'motion-phone')?.role).toBe('overlay');
  });
});

describe('scenarios', () => {
  it('duplicates the plan with its placements, activates the copy, and keeps the two apart', async () => {
    const w = await templateWorkshop(t, { 'seg-smb': { count: 1800, revenue: 20 } });
    await w.dispatch(place('seg-smb', 'motion-phone', { share: 60 }));
    await w.dispatch(place('seg-smb', 'motion-web'));
    await w.dispatch({ type: 'scenario.duplicate', id: 'scenario-a', newId: 'scenario-b', name: '方案 B' });
    let records = (await w.snapshot()).records;
    expect(settingsOf(records).activeScenarioId).toBe('scenario-b');
    expect(coverageOf(records, 'scenario-b').map((c) => [c.motionId, c.role, c.share])).toEqual(
      coverageOf(records, 'scenario-a').map((c) => [c.motionId, c.role, c.share]),
    );
    const idsA = new Set(coverageOf(records, 'scenario-a').map((c) => c.id));
    expect(coverageOf(records, 'scenario-b').some((c) => idsA.has(c.id))).toBe(false);

    // Plan B moves SMB fully online; plan A is untouched.
    const phoneB = rowOf(records, 'seg-smb', 'motion-phone', 'scenario-b')!;
    await w.dispatch({ type: 'coverage.remove', ids: [phoneB.id] });
    await w.dispatch({ type: 'coverage.update', id: rowOf(records, 'seg-smb', 'motion-web', 'scenario-b')!.id, patch: { share: 100 } });
    records = (await w.snapshot()).records;
    expect(figuresOf(records, 'scenario-a').totals.people).toBe(5);
    expect(figuresOf(records, 'scenario-b').totals.people).toBe(1);
  });

  it('adds an empty plan, renames, switches without an undo step, and deletes (never the last)', async () => {
    const w = await templateWorkshop(t);
    await w.dispatch({ type: 'scenario.add', id: 'scenario-x', name: '方案 X' });
    await w.dispatch({ type: 'scenario.rename', id: 'scenario-x', name: '纯线上方案' });
    let records = (await w.snapshot()).records;
    expect(records.find((r): r is Scenario => r.id === 'scenario-x' && r.type === 'scenario')?.name).toBe('纯线上方案');
    expect(settingsOf(records).activeScenarioId).toBe('scenario-x');

    const switched = await w.dispatch({ type: 'scenario.activate', id: 'scenario-a' });
    expect(switched.undo.undoType).toBe('scenario.rename');
    expect(settingsOf((await w.snapshot()).records).activeScenarioId).toBe('scenario-a');

    await w.dispatch({ type: 'scenario.activate', id: 'scenario-x' });
    await w.dispatch(place('seg-smb', 'motion-web', { scenarioId: 'scenario-x' }));
    await w.dispatch({ type: 'scenario.delete', id: 'scenario-x' });
    records = (await w.snapshot()).records;
    expect(records.some((r) => r.id === 'scenario-x')).toBe(false);
    expect(coverageOf(records, 'scenario-x')).toHaveLength(0);
    expect(settingsOf(records).activeScenarioId).toBe('scenario-a');

    expect(await w.fail({ type: 'scenario.delete', id: 'scenario-a' })).toMatchObject({ code: 'invalid_value' });
    await t.ok('undo', { workshopId: w.id });
    records = (await w.snapshot()).records;
    expect(coverageOf(records, 'scenario-x')).toHaveLength(1);
    expect(settingsOf(records).activeScenarioId).toBe('scenario-x');
  });

  it('survives a restart: placements and the active plan are in SQLite', async () => {
    const w = await templateWorkshop(t);
    await w.dispatch(place('seg-smb', 'motion-web'));
    await w.dispatch({ type: 'scenario.duplicate', id: 'scenario-a', newId: 'scenario-b', name: '方案 B' });
    await t.restart();
    const records = (await t.ok('openWorkshop', { workshopId: w.id })).records;
    expect(settingsOf(records).activeScenarioId).toBe('scenario-b');
    expect(coverageOf(records, 'scenario-b')).toHaveLength(1);
  });
});

describe('segment owner and principles', () => {
  it('are segment fields written by segment.update', async () => {
    const w = await templateWorkshop(t);
    await w.dispatch({ type: 'segment.update', id: 'seg-integrated', patch: { owner: '王总', principles: '一个客户一个负责人' } });
    const seg = (await w.snapshot()).records.find((r) => r.id === 'seg-integrated');
    expect(seg).toMatchObject({ owner: '王总', principles: '一个客户一个负责人' });
  });
});
