import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { compareProposals, planMerge, type Proposal } from '../../../shared/breakout/compare';
import { consequencesOf } from '../../../shared/breakout/consequences';
import { changesOf, coverageState, routesCellKey, routesState, segmentsState } from '../../../shared/breakout/state';
import { applyDiffTo, invertDiff, type Diff } from '../../../shared/diff';
import type { AppError } from '../../../shared/errors';
import type { AnyRecord, BreakoutCopy, Coverage, Placement } from '../../../shared/records';
import { loadTemplates } from '../../../electron/service/templates';

const template = loadTemplates().find((t) => t.id === 'sales-transformation' && t.language === 'zh-CN')!;
let counter = 0;
const ctx = { newId: () => `id-${++counter}`, now: () => 1_700_000_000_000 };
const run = (state: Map<string, AnyRecord>, command: unknown): Diff => {
  const { diff } = applyCommand(state, command, ctx);
  applyDiffTo(state, diff);
  return diff;
};
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
};
const all = <T extends AnyRecord['type']>(s: Map<string, AnyRecord>, type: T) => [...s.values()].filter((r) => r.type === type) as Extract<AnyRecord, { type: T }>[];
const copy = (s: Map<string, AnyRecord>, id: string) => s.get(id) as BreakoutCopy;

/** The template with two accounts and two groups (第一组, 第二组). */
function workshop() {
  const s = new Map<string, AnyRecord>(template.records.map((r) => [r.id, r]));
  run(s, { type: 'account.add', id: 'acc-a', segmentId: null, values: { name: '广州某集团', revenue: 3800 } });
  run(s, { type: 'account.add', id: 'acc-b', segmentId: null, values: { name: '深圳某电子', revenue: 1240 } });
  run(s, { type: 'breakoutGroup.add', id: 'g1', values: { name: '第一组' } });
  run(s, { type: 'breakoutGroup.add', id: 'g2', values: { name: '第二组' } });
  return s;
}
const proposals = (s: Map<string, AnyRecord>, board: BreakoutCopy['board']): Proposal[] =>
  all(s, 'breakoutCopy')
    .filter((c) => c.board === board)
    .map((c) => ({ copyId: c.id, groupId: c.groupId, changes: changesOf(c, board === 'coverage' ? coverageState(all(s, 'segment'), all(s, 'coverage'), c.scenarioId) : undefined) }));

describe('breakout compare (pure)', () => {
  const main = new Map([
    ['x', 'seg-1'],
    ['y', 'seg-1'],
    ['z', ''],
  ]);
  const p = (copyId: string, changes: Proposal['changes']): Proposal => ({ copyId, groupId: `g-${copyId}`, changes });

  it('the same change made by two groups is one difference without a conflict', () => {
    const d = compareProposals(main, [p('a', [{ key: 'x', from: 'seg-1', to: 'seg-2' }]), p('b', [{ key: 'x', from: 'seg-1', to: 'seg-2' }])]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ key: 'x', main: 'seg-1', groupsDisagree: false, mainMoved: false, conflict: false });
    expect(d[0]!.proposals.map((v) => v.copyId)).toEqual(['a', 'b']);
  });

  it('different changes to one thing are a conflict; a change only one group made is not', () => {
    const d = compareProposals(main, [
      p('a', [{ key: 'x', from: 'seg-1', to: 'seg-2' }, { key: 'z', from: '', to: 'seg-3' }]),
      p('b', [{ key: 'x', from: 'seg-1', to: 'seg-3' }]),
    ]);
    expect(d.map((x) => [x.key, x.conflict])).toEqual([
      ['x', true],
      ['z', false],
    ]);
  });

  it('a deletion on one side against a change on the other is a conflict; a deletion alone is a plain difference', () => {
    const both = compareProposals(main, [p('a', [{ key: 'y', from: 'seg-1', to: null }]), p('b', [{ key: 'y', from: 'seg-1', to: 'seg-2' }])]);
    expect(both[0]).toMatchObject({ key: 'y', groupsDisagree: true, conflict: true });
    const alone = compareProposals(main, [p('a', [{ key: 'y', from: 'seg-1', to: null }])]);
    expect(alone[0]).toMatchObject({ key: 'y', main: 'seg-1', conflict: false, proposals: [{ to: null }] });
    // The main board deleted the thing after the group changed it: the group would bring it back.
    const deletedOnMain = compareProposals(new Map([['x', 'seg-1']]), [p('a', [{ key: 'y', from: 'seg-1', to: 'seg-2' }])]);
    expect(deletedOnMain[0]).toMatchObject({ key: 'y', main: null, mainMoved: true, conflict: true });
  });

  it('an item a group added is a difference against nothing on the main board', () => {
    const d = compareProposals(main, [p('a', [{ key: 'new', from: null, to: 'seg-1' }])]);
    expect(d[0]).toMatchObject({ key: 'new', main: null, conflict: false, proposals: [{ from: null, to: 'seg-1' }] });
  });

  it('a change the main board now says too is no difference (merged already); a main board that moved on is a conflict', () => {
    const merged = new Map(main).set('x', 'seg-2');
    expect(compareProposals(merged, [p('a', [{ key: 'x', from: 'seg-1', to: 'seg-2' }])])).toEqual([]);
    const moved = new Map(main).set('x', 'seg-4');
    expect(compareProposals(moved, [p('a', [{ key: 'x', from: 'seg-1', to: 'seg-2' }])])[0]).toMatchObject({ main: 'seg-4', mainMoved: true, conflict: true });
  });

  it('a merge plan takes the picked group’s value and refuses a thing picked twice or no longer different', () => {
    const d = compareProposals(main, [p('a', [{ key: 'x', from: 'seg-1', to: 'seg-2' }]), p('b', [{ key: 'x', from: 'seg-1', to: 'seg-3' }])]);
    expect(planMerge(d, [{ key: 'x', copyId: 'b' }])).toEqual({ ok: true, writes: [{ key: 'x', to: 'seg-3' }] });
    expect(planMerge(d, [{ key: 'x', copyId: 'a' }, { key: 'x', copyId: 'b' }])).toMatchObject({ ok: false, refusal: { reason: 'picked_twice' } });
    expect(planMerge(d, [{ key: 'y', copyId: 'a' }])).toMatchObject({ ok: false, refusal: { reason: 'not_a_difference' } });
  });
});

describe('breakout commands: segments copies', () => {
  it('each group moves cards in its own copy; the main board does not change until a merge', () => {
    const s = workshop();
    run(s, { type: 'breakout.copy', id: 'c1', groupId: 'g1', board: 'segments' });
    run(s, { type: 'breakout.copy', id: 'c2', groupId: 'g2', board: 'segments' });
    run(s, { type: 'breakout.set', id: 'c1', key: 'acc-a', to: 'seg-integrated' });
    run(s, { type: 'breakout.set', id: 'c2', key: 'acc-a', to: 'seg-key' });
    run(s, { type: 'breakout.set', id: 'c2', key: 'acc-b', to: 'seg-mid' });
    expect(segmentsState(all(s, 'account'))).toEqual(new Map([['acc-a', ''], ['acc-b', '']]));
    // Moving a card back to where the main board has it drops the change.
    run(s, { type: 'breakout.set', id: 'c1', key: 'acc-b', to: 'seg-smb' });
    run(s, { type: 'breakout.set', id: 'c1', key: 'acc-b', to: '' });
    expect(copy(s, 'c1').changes).toEqual([{ key: 'acc-a', from: '', to: 'seg-integrated' }]);

    const d = compareProposals(segmentsState(all(s, 'account')), proposals(s, 'segments'));
    expect(d.map((x) => [x.key, x.conflict])).toEqual([
      ['acc-a', true],
      ['acc-b', false],
    ]);
  });

  it('a merge of chosen differences is one undoable step; undo restores the main board', () => {
    const s = workshop();
    run(s, { type: 'breakout.copy', id: 'c1', groupId: 'g1', board: 'segments' });
    run(s, { type: 'breakout.copy', id: 'c2', groupId: 'g2', board: 'segments' });
    run(s, { type: 'breakout.set', id: 'c1', key: 'acc-a', to: 'seg-integrated' });
    run(s, { type: 'breakout.set', id: 'c2', key: 'acc-a', to: 'seg-key' });
    run(s, { type: 'breakout.set', id: 'c2', key: 'acc-b', to: 'seg-mid' });
    const before = segmentsState(all(s, 'account'));
    // The facilitator decides the conflict for 第二组 and takes its other change too.
    const diff = run(s, { type: 'breakout.merge', picks: [{ key: 'acc-a', copyId: 'c2' }, { key: 'acc-b', copyId: 'c2' }] });
    expect(segmentsState(all(s, 'account'))).toEqual(new Map([['acc-a', 'seg-key'], ['acc-b', 'seg-mid']]));
    expect(compareProposals(segmentsState(all(s, 'account')), proposals(s, 'segments')).map((x) => [x.key, x.main, x.proposals.map((p) => p.to)])).toEqual([
      ['acc-a', 'seg-key', ['seg-integrated']],
    ]);
    applyDiffTo(s, invertDiff(diff));
    expect(segmentsState(all(s, 'account'))).toEqual(before);
  });

  it('refuses taking two groups’ values for one thing, a merged thing again, and an account a group cannot delete', () => {
    const s = workshop();
    run(s, { type: 'breakout.copy', id: 'c1', groupId: 'g1', board: 'segments' });
    run(s, { type: 'breakout.copy', id: 'c2', groupId: 'g2', board: 'segments' });
    run(s, { type: 'breakout.set', id: 'c1', key: 'acc-a', to: 'seg-integrated' });
    run(s, { type: 'breakout.set', id: 'c2', key: 'acc-a', to: 'seg-key' });
    const snapshot = JSON.stringify([...s.values()]);
    expect(errorOf(() => run(s, { type: 'breakout.merge', picks: [{ key: 'acc-a', copyId: 'c1' }, { key: 'acc-a', copyId: 'c2' }] })).params).toMatchObject({ reason: 'merge_picked_twice' });
    expect(errorOf(() => run(s, { type: 'breakout.merge', picks: [{ key: 'acc-b', copyId: 'c1' }] })).params).toMatchObject({ reason: 'merge_not_a_difference' });
    expect(errorOf(() => run(s, { type: 'breakout.set', id: 'c1', key: 'acc-a', to: null })).code).toBe('invalid_value');
    expect(errorOf(() => run(s, { type: 'breakout.set', id: 'c1', key: 'acc-a', to: 'no-such-segment' })).code).toBe('not_found');
    expect(errorOf(() => run(s, { type: 'breakout.copy', groupId: 'g1', board: 'segments' })).code).toBe('conflict');
    expect(JSON.stringify([...s.values()])).toBe(snapshot);
  });

  it('a segment deleted on the main board after a group moved a card into it cannot be merged, and says so', () => {
    const s = workshop();
    run(s, { type: 'breakout.copy', id: 'c1', groupId: 'g1', board: 'segments' });
    run(s, { type: 'breakout.set', id: 'c1', key: 'acc-a', to: 'seg-isv' });
    run(s, { type: 'segment.delete', ids: ['seg-isv'] });
    const e = errorOf(() => run(s, { type: 'breakout.merge', picks: [{ key: 'acc-a', copyId: 'c1' }] }));
    expect(e.code).toBe('not_found');
    expect(s.get('acc-a')).toMatchObject({ segmentId: null });
  });
});

describe('breakout commands: routes and coverage copies', () => {
  const cell = (segmentId: string, offeringId: string) => routesCellKey(segmentId, offeringId);
  const placed = (s: Map<string, AnyRecord>) => routesState(all(s, 'segment'), all(s, 'offering'), all(s, 'placement'));

  it('a route a group added to a gap, and one it took out of a cell, merge into the main grid', () => {
    const s = workshop();
    run(s, { type: 'breakout.copy', id: 'r1', groupId: 'g1', board: 'routes' });
    expect(placed(s).get(cell('seg-si', 'off-retail'))).toBe('');
    run(s, { type: 'breakout.set', id: 'r1', key: cell('seg-si', 'off-retail'), to: 'route-tele-online' });
    run(s, { type: 'breakout.set', id: 'r1', key: cell('seg-integrated', 'off-solutions'), to: 'route-services' });
    const diff = run(s, {
      type: 'breakout.merge',
      picks: [{ key: cell('seg-si', 'off-retail'), copyId: 'r1' }, { key: cell('seg-integrated', 'off-solutions'), copyId: 'r1' }],
    });
    expect(placed(s).get(cell('seg-si', 'off-retail'))).toBe('route-tele-online');
    expect(placed(s).get(cell('seg-integrated', 'off-solutions'))).toBe('route-services');
    // The placement that stayed kept its record (one row per thing that changed, no churn).
    expect(s.get('place-services-integrated-solutions')).toBeDefined();
    expect(diff.removed.map((r) => r.id)).toEqual(['place-si-integrated-solutions']);
    applyDiffTo(s, invertDiff(diff));
    expect(placed(s).get(cell('seg-si', 'off-retail'))).toBe('');
    expect(all(s, 'placement')).toHaveLength(17);
  });

  it('refuses a routes key that is not a cell of the grid with a plain error, not a crash (found by the fuzz test)', () => {
    const s = workshop();
    run(s, { type: 'breakout.copy', id: 'r1', groupId: 'g1', board: 'routes' });
    for (const key of [' ', '{', '["seg-si"]', '[1,2]', '"seg-si"']) {
      expect(errorOf(() => run(s, { type: 'breakout.set', id: 'r1', key, to: '' })).code, key).toBe('invalid_value');
    }
  });

  it('a coverage copy is the group’s own plan; a changed row merges into the main plan and undo restores it', () => {
    const s = workshop();
    run(s, { type: 'coverage.place', id: 'cov-1', scenarioId: 'scenario-a', segmentId: 'seg-integrated', motionId: 'motion-dedicated' });
    run(s, { type: 'breakout.copy', id: 'k1', groupId: 'g1', board: 'coverage', scenarioId: 'plan-g1', planName: '第一组 · 方案A' });
    expect(s.get('plan-g1')).toMatchObject({ type: 'scenario', name: '第一组 · 方案A' });
    const groupCells = () => all(s, 'coverage').filter((c) => c.scenarioId === 'plan-g1');
    expect(groupCells()).toHaveLength(1);
    // The group covers 行业大客户 and splits 超大型客户 between two motions, in its own plan.
    run(s, { type: 'coverage.place', scenarioId: 'plan-g1', segmentId: 'seg-key', motionId: 'motion-industry' });
    run(s, { type: 'coverage.place', scenarioId: 'plan-g1', segmentId: 'seg-integrated', motionId: 'motion-industry', share: 0 });
    const mainCells = () => all(s, 'coverage').filter((c: Coverage) => c.scenarioId === 'scenario-a');
    expect(mainCells()).toHaveLength(1);

    const d = compareProposals(coverageState(all(s, 'segment'), all(s, 'coverage'), 'scenario-a'), proposals(s, 'coverage'));
    expect(d.map((x) => x.key).sort()).toEqual(['seg-integrated', 'seg-key']);
    const diff = run(s, { type: 'breakout.merge', picks: [{ key: 'seg-key', copyId: 'k1' }] });
    expect(mainCells().map((c) => [c.segmentId, c.motionId, c.role, c.share]).sort()).toEqual([
      ['seg-integrated', 'motion-dedicated', 'primary', 100],
      ['seg-key', 'motion-industry', 'primary', 100],
    ]);
    applyDiffTo(s, invertDiff(diff));
    expect(mainCells()).toHaveLength(1);
  });

  it('deleting a group takes its copies and its plan with it, in one undoable step', () => {
    const s = workshop();
    run(s, { type: 'breakout.copy', id: 'k1', groupId: 'g1', board: 'coverage', scenarioId: 'plan-g1', planName: '第一组' });
    run(s, { type: 'breakout.copy', id: 'r1', groupId: 'g1', board: 'routes' });
    const count = s.size;
    const diff = run(s, { type: 'breakoutGroup.delete', ids: ['g1'] });
    expect(s.get('k1') ?? s.get('r1') ?? s.get('plan-g1')).toBeUndefined();
    expect(all(s, 'assumption').some((a) => a.scenarioId === 'plan-g1')).toBe(false);
    applyDiffTo(s, invertDiff(diff));
    expect(s.size).toBe(count);
    expect((s.get('r1') as BreakoutCopy).board).toBe('routes');
    expect(all(s, 'placement').every((p: Placement) => p.type === 'placement')).toBe(true);
  });
});

describe('breakout consequences (the same calc as the boards)', () => {
  const facts = (s: Map<string, AnyRecord>) => ({
    accounts: all(s, 'account'),
    segments: all(s, 'segment'),
    motions: all(s, 'motion'),
    assumptions: all(s, 'assumption'),
    scenarios: new Map(all(s, 'scenario').map((x) => [x.id, x])),
    coverage: all(s, 'coverage'),
    offerings: all(s, 'offering'),
    routes: all(s, 'route'),
    placements: all(s, 'placement'),
    cellRules: all(s, 'cellRule'),
    routeTarget: 7,
  });

  it('a routes copy that fills a gap has one gap less; a segments copy that moves accounts into a covered segment needs people', () => {
    const s = workshop();
    run(s, { type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-integrated', motionId: 'motion-dedicated' });
    run(s, { type: 'breakout.copy', id: 'r1', groupId: 'g1', board: 'routes' });
    run(s, { type: 'breakout.copy', id: 'c2', groupId: 'g2', board: 'segments' });
    run(s, { type: 'breakout.set', id: 'r1', key: routesCellKey('seg-si', 'off-retail'), to: 'route-tele-online' });
    run(s, { type: 'breakout.set', id: 'c2', key: 'acc-a', to: 'seg-integrated' });
    const main = consequencesOf(facts(s), 'scenario-a', null);
    const routes = consequencesOf(facts(s), 'scenario-a', copy(s, 'r1'));
    const segs = consequencesOf(facts(s), 'scenario-a', copy(s, 'c2'));
    expect(routes.gaps).toBe(main.gaps - 1);
    expect(main.people).toBe(0);
    expect(segs.people).toBeGreaterThan(0);
    expect(segs.cost).toBeGreaterThan(main.cost);
    expect([routes.people, segs.gaps]).toEqual([main.people, main.gaps]);
  });
});
