import { beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands';
import { analyseRoutes } from '../../../shared/calc/routes';
import { sortByOrder } from '../../../shared/order';
import { cellRuleId, type AnyRecord, type RecordOf, type RecordType } from '../../../shared/records';
import { clearRouteMapCommands } from '../../helpers/routeMap';
import { withTemplateWorkshop } from '../../helpers/service';

/** The routes board's commands, through the real service on a real SQLite file. */
const w = withTemplateWorkshop();

const run = (command: Command) => w.t.ok('dispatch', { workshopId: w.workshopId, command });
const refuse = (command: Command) => w.t.fail('dispatch', { workshopId: w.workshopId, command });
async function records() {
  return (await w.t.ok('openWorkshop', { workshopId: w.workshopId })).records;
}
function ofType<T extends RecordType>(all: AnyRecord[], type: T): RecordOf<T>[] {
  return all.filter((r) => r.type === type) as RecordOf<T>[];
}
async function analysis() {
  const all = await records();
  return analyseRoutes({
    segments: ofType(all, 'segment'),
    offerings: ofType(all, 'offering'),
    routes: ofType(all, 'route'),
    placements: ofType(all, 'placement'),
    cellRules: ofType(all, 'cellRule'),
    target: ofType(all, 'settings')[0]!.routeTarget,
  });
}
async function cellRoutes(segmentId: string, offeringId: string) {
  const all = ofType(await records(), 'placement').filter((p) => p.segmentId === segmentId && p.offeringId === offeringId);
  return sortByOrder(all).map((p) => p.routeId);
}

// Template ids (resources/templates/sales-transformation.*.json).
const BIG = 'seg-integrated';
const SMB = 'seg-smb';
const RETAIL = 'off-retail';
const PLATFORM = 'off-platform';
const SOLUTIONS = 'off-solutions';

// These tests are about the grid's rules on cells they fill themselves (the template's route map
// has its own test: templateMap.test.ts).
beforeEach(async () => {
  for (const command of clearRouteMapCommands()) await run(command as Command);
});

describe('placing routes', () => {
  it('adds a route to a cell, at the end or at an index', async () => {
    await run({ type: 'placement.add', routeId: 'route-f2f', segmentId: BIG, offeringId: PLATFORM });
    await run({ type: 'placement.add', routeId: 'route-core-partners', segmentId: BIG, offeringId: PLATFORM });
    await run({ type: 'placement.add', routeId: 'route-si', segmentId: BIG, offeringId: PLATFORM, index: 0 });
    expect(await cellRoutes(BIG, PLATFORM)).toEqual(['route-si', 'route-f2f', 'route-core-partners']);
  });

  it('refuses a route already in that cell, by name, and writes nothing', async () => {
    await run({ type: 'placement.add', routeId: 'route-f2f', segmentId: BIG, offeringId: PLATFORM });
    const before = await w.t.ok('openWorkshop', { workshopId: w.workshopId });
    const e = await refuse({ type: 'placement.add', routeId: 'route-f2f', segmentId: BIG, offeringId: PLATFORM });
    expect(e.code).toBe('already_placed');
    expect((e as { params?: Record<string, string> }).params).toMatchObject({ route: '4 面对面销售', cell: '超大型客户 · 技术平台和相关服务' });
    const after = await w.t.ok('openWorkshop', { workshopId: w.workshopId });
    expect(after.version).toBe(before.version);
  });

  it('refuses a cell or route that does not exist', async () => {
    expect((await refuse({ type: 'placement.add', routeId: 'nope', segmentId: BIG, offeringId: PLATFORM })).code).toBe('not_found');
    expect((await refuse({ type: 'placement.add', routeId: 'route-f2f', segmentId: 'nope', offeringId: PLATFORM })).code).toBe('not_found');
    expect((await refuse({ type: 'placement.add', routeId: 'route-f2f', segmentId: BIG, offeringId: 'nope' })).code).toBe('not_found');
  });

  it('one route serves many cells', async () => {
    for (const seg of [BIG, SMB]) await run({ type: 'placement.add', routeId: 'route-tele-online', segmentId: seg, offeringId: RETAIL });
    const a = await analysis();
    expect(a.cellsServed.get('route-tele-online')).toBe(2);
    expect(a.gaps).toHaveLength(16);
  });

  it('moves a placement to another cell, closing one gap and opening the other', async () => {
    const r = await run({ type: 'placement.add', id: 'p-1', routeId: 'route-services', segmentId: BIG, offeringId: RETAIL });
    expect(r.diff.added[0]?.id).toBe('p-1');
    const moved = await run({ type: 'placement.move', id: 'p-1', segmentId: BIG, offeringId: SOLUTIONS, index: 0 });
    expect(moved.diff.updated).toHaveLength(1); // a move writes one row
    expect(await cellRoutes(BIG, RETAIL)).toEqual([]);
    expect(await cellRoutes(BIG, SOLUTIONS)).toEqual(['route-services']);
  });

  it('reorders within a cell', async () => {
    await run({ type: 'placement.add', id: 'a', routeId: 'route-f2f', segmentId: BIG, offeringId: PLATFORM });
    await run({ type: 'placement.add', id: 'b', routeId: 'route-core-partners', segmentId: BIG, offeringId: PLATFORM });
    await run({ type: 'placement.add', id: 'c', routeId: 'route-si', segmentId: BIG, offeringId: PLATFORM });
    await run({ type: 'placement.move', id: 'c', segmentId: BIG, offeringId: PLATFORM, index: 0 });
    expect(await cellRoutes(BIG, PLATFORM)).toEqual(['route-si', 'route-f2f', 'route-core-partners']);
    await run({ type: 'placement.move', id: 'c', segmentId: BIG, offeringId: PLATFORM, index: 2 });
    expect(await cellRoutes(BIG, PLATFORM)).toEqual(['route-f2f', 'route-core-partners', 'route-si']);
  });

  it('refuses to move a route into a cell it already serves', async () => {
    await run({ type: 'placement.add', id: 'a', routeId: 'route-f2f', segmentId: BIG, offeringId: PLATFORM });
    await run({ type: 'placement.add', id: 'b', routeId: 'route-f2f', segmentId: SMB, offeringId: PLATFORM });
    expect((await refuse({ type: 'placement.move', id: 'b', segmentId: BIG, offeringId: PLATFORM, index: 0 })).code).toBe('already_placed');
    expect(await cellRoutes(SMB, PLATFORM)).toEqual(['route-f2f']);
  });

  it('removes a placement; undo puts it back in its place', async () => {
    await run({ type: 'placement.add', id: 'a', routeId: 'route-f2f', segmentId: BIG, offeringId: PLATFORM });
    await run({ type: 'placement.add', id: 'b', routeId: 'route-si', segmentId: BIG, offeringId: PLATFORM });
    await run({ type: 'placement.remove', ids: ['a'] });
    expect(await cellRoutes(BIG, PLATFORM)).toEqual(['route-si']);
    await w.t.ok('undo', { workshopId: w.workshopId });
    expect(await cellRoutes(BIG, PLATFORM)).toEqual(['route-f2f', 'route-si']);
  });
});

describe('rules of engagement', () => {
  async function conflict() {
    await run({ type: 'placement.add', routeId: 'route-f2f', segmentId: BIG, offeringId: PLATFORM });
    await run({ type: 'placement.add', routeId: 'route-core-partners', segmentId: BIG, offeringId: PLATFORM });
  }

  it('a second route makes a conflict; a rule resolves it; undo brings it back', async () => {
    await conflict();
    expect((await analysis()).conflicts.map((c) => c.key)).toEqual([cellRuleId(BIG, PLATFORM)]);
    await run({ type: 'cellRule.set', segmentId: BIG, offeringId: PLATFORM, rule: '  合同额 ¥5M 以上由面对面销售负责  ' });
    const a = await analysis();
    expect(a.conflicts).toEqual([]);
    expect(a.cells.get(cellRuleId(BIG, PLATFORM))?.rule).toBe('合同额 ¥5M 以上由面对面销售负责');
    await w.t.ok('undo', { workshopId: w.workshopId });
    expect((await analysis()).conflicts).toHaveLength(1);
  });

  it('blank text removes the rule, and the conflict is back', async () => {
    await conflict();
    await run({ type: 'cellRule.set', segmentId: BIG, offeringId: PLATFORM, rule: '分工' });
    await run({ type: 'cellRule.set', segmentId: BIG, offeringId: PLATFORM, rule: '   ' });
    expect(ofType(await records(), 'cellRule')).toEqual([]);
    expect((await analysis()).conflicts).toHaveLength(1);
  });

  it('refuses a rule on a cell that does not exist', async () => {
    expect((await refuse({ type: 'cellRule.set', segmentId: BIG, offeringId: 'nope', rule: 'x' })).code).toBe('not_found');
  });
});

describe('rows, columns and routes', () => {
  it('hiding a row takes its cells out of the analysis without losing its routes', async () => {
    await run({ type: 'placement.add', routeId: 'route-f2f', segmentId: BIG, offeringId: PLATFORM });
    await run({ type: 'segment.update', id: BIG, patch: { hiddenInRoutes: true } });
    let a = await analysis();
    expect(a.gaps).toHaveLength(15);
    expect(a.hiddenRows.map((s) => s.id)).toEqual([BIG]);
    await run({ type: 'segment.update', id: BIG, patch: { hiddenInRoutes: false } });
    a = await analysis();
    expect(a.gaps).toHaveLength(17);
    expect(await cellRoutes(BIG, PLATFORM)).toEqual(['route-f2f']);
  });

  it('deleting an offering takes its placements and rules; undo restores all of them', async () => {
    await run({ type: 'placement.add', routeId: 'route-f2f', segmentId: BIG, offeringId: PLATFORM });
    await run({ type: 'cellRule.set', segmentId: BIG, offeringId: PLATFORM, rule: 'x' });
    await run({ type: 'offering.delete', ids: [PLATFORM] });
    let all = await records();
    expect(ofType(all, 'placement')).toEqual([]);
    expect(ofType(all, 'cellRule')).toEqual([]);
    await w.t.ok('undo', { workshopId: w.workshopId });
    all = await records();
    expect(ofType(all, 'placement')).toHaveLength(1);
    expect(ofType(all, 'cellRule')).toHaveLength(1);
  });

  it('deleting a route takes it out of every cell; undo puts it back', async () => {
    for (const off of [RETAIL, PLATFORM]) await run({ type: 'placement.add', routeId: 'route-tele-online', segmentId: SMB, offeringId: off });
    await run({ type: 'route.delete', ids: ['route-tele-online'] });
    expect(ofType(await records(), 'placement')).toEqual([]);
    await w.t.ok('undo', { workshopId: w.workshopId });
    expect(ofType(await records(), 'placement')).toHaveLength(2);
  });

  it('a new route gets the next number and a colour no route uses yet; over the target shows', async () => {
    const r = await run({ type: 'route.add', values: { name: '运营商转售', family: 'partner' } });
    const added = r.diff.added[0] as RecordOf<'route'>;
    expect(added.number).toBe(8);
    const used = ofType(await records(), 'route').filter((x) => x.id !== added.id).map((x) => x.color);
    expect(used).not.toContain(added.color);
    expect((await analysis()).overBy).toBe(1);
    await run({ type: 'settings.update', patch: { routeTarget: 8 } });
    expect((await analysis()).overBy).toBe(0);
  });

  it('refuses a simplification target that is not a whole number from 1 to 100', async () => {
    for (const routeTarget of [0, 101, 2.5]) {
      expect((await refuse({ type: 'settings.update', patch: { routeTarget } })).code).toBe('invalid_command');
    }
  });

  it('saves a route card: questions with answers and ticks, who does each step', async () => {
    const route = ofType(await records(), 'route').find((r) => r.id === 'route-isv')!;
    const questions = route.questions.map((q, i) => (i === 0 ? { answer: '行业ISV的最终用户', done: true } : q));
    await run({ type: 'route.update', id: 'route-isv', patch: { questions, steps: { ...route.steps, support: 'shared' }, partnerType: '主要ISV' } });
    const a = await analysis();
    expect(a.incomplete.find((r) => r.route.id === 'route-isv')?.unanswered).toEqual([1, 2, 3, 4, 5]);
    expect((await refuse({ type: 'route.update', id: 'route-isv', patch: { questions: questions.slice(0, 5) } })).code).toBe('invalid_command');
  });
});
