import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assumptionDifferences, plannedMotions } from '../../../shared/calc/assumptions';
import { comparePlans, peopleByRole, planFigures, segmentFacts, type CoverageWarning } from '../../../shared/calc/coverage';
import type { AnyRecord, Assumption } from '../../../shared/records';
import { startTestService, type TestService } from '../../helpers/service';
import { accounts, figuresOf, motion, place, segment, templateWorkshop } from './fixtures';

/**
 * Issue 11: the coverage board computes the deck's method — accounts per motion ÷ capacity,
 * territories as teams, thresholds per account, roles and quotas, plans with their own assumptions.
 */

const people = (plan: ReturnType<typeof planFigures>, motionId: string) => plan.motions.find((m) => m.motion.id === motionId)!;

describe('pooled headcount: accounts per motion ÷ capacity', () => {
  const segments = [segment('a'), segment('b')];
  const facts = segmentFacts([...accounts('a', 20), ...accounts('b', 13)]);
  const coverage = [place('a', 'ind', 100), place('b', 'ind', 100)];

  it('33 accounts at 40 per person over two segments need 1 person pooled, 2 staffed per segment', () => {
    const pooled = planFigures({ segments, motions: [motion('ind', { capacity: 40, staffing: 'pooled' })], coverage, facts });
    expect(people(pooled, 'ind').people).toBe(1);
    expect(pooled.totals.people).toBe(1);
    const perSegment = planFigures({ segments, motions: [motion('ind', { capacity: 40, staffing: 'perSegment' })], coverage, facts });
    expect(people(perSegment, 'ind').people).toBe(2);
    expect(perSegment.totals.people).toBe(2);
  });

  it('54 accounts at 2,000 per person need 1 person, not one per segment', () => {
    const f = segmentFacts([...accounts('a', 41), ...accounts('b', 13)]);
    const plan = planFigures({ segments, motions: [motion('t', { capacity: 2000, staffing: 'pooled' })], coverage: [place('a', 't', 100), place('b', 't', 100)], facts: f });
    expect(people(plan, 't')).toMatchObject({ accounts: 54, people: 1, units: 1 });
    expect(people(plan, 't').cost).toBeCloseTo(0.5);
  });

  it('shows each cell its fractional share, and the shares reconcile with the motion and the plan', () => {
    const plan = planFigures({ segments, motions: [motion('ind', { capacity: 40, costPerPerson: 1, staffing: 'pooled' })], coverage, facts });
    const cells = plan.segments.map((s) => s.cells[0]!);
    expect(cells.map((c) => c.fte)).toEqual([0.5, 0.325]);
    expect(cells.every((c) => !c.whole)).toBe(true);
    // Rows add up to the exact FTE; the motion rounds that up once; the plan total is the motions'.
    expect(plan.totals.fte).toBeCloseTo(0.825, 12);
    expect(people(plan, 'ind').fte).toBeCloseTo(plan.totals.fte, 12);
    expect(plan.totals.people).toBe(Math.ceil(plan.totals.fte));
    expect(cells.reduce((s, c) => s + c.cost, 0)).toBeCloseTo(0.825, 12);
    expect(plan.totals.cost).toBe(1);
  });

  it('keeps per-segment round-ups for dedicated teams next to pooled motions in one plan', () => {
    const plan = planFigures({
      segments,
      motions: [motion('exec', { capacity: 5, staffing: 'perSegment' }), motion('web', { capacity: 10_000, staffing: 'pooled' })],
      coverage: [place('a', 'exec', 50), place('a', 'web', 50, 'overlay'), place('b', 'exec', 100)],
      facts,
    });
    expect(people(plan, 'exec').people).toBe(2 + 3); // 10 ÷ 5 and 13 ÷ 5 rounded up on their own
    expect(people(plan, 'web').people).toBe(1);
    expect(plan.totals.people).toBe(6);
  });
});

describe('territories: people = territories × the team', () => {
  const team = [
    { role: '区域领导者', count: 1, costPerPerson: 0.8 },
    { role: '区域销售代表', count: 6, costPerPerson: 0.4 },
    { role: '品牌专家', count: 2, costPerPerson: 0.5 },
  ];
  const territory = motion('f2f', { staffing: 'pooled', territory: { accountsPerTerritory: 2000, team } });

  it('45 mid-size accounts take one whole territory team, not one person', () => {
    const plan = planFigures({ segments: [segment('mid')], motions: [territory], coverage: [place('mid', 'f2f', 100)], facts: segmentFacts(accounts('mid', 45)) });
    expect(people(plan, 'f2f')).toMatchObject({ units: 1, people: 9 });
    expect(people(plan, 'f2f').cost).toBeCloseTo(0.8 + 2.4 + 1.0, 12);
  });

  it('2,500 accounts need two territories', () => {
    const plan = planFigures({ segments: [segment('mid')], motions: [territory], coverage: [place('mid', 'f2f', 100)], facts: segmentFacts(accounts('mid', 2500)) });
    expect(people(plan, 'f2f')).toMatchObject({ units: 2, people: 18 });
    expect(plan.cells.get('mid\u0000f2f')!.fte).toBeCloseTo(2500 / 2000 * 9, 12);
  });
});

describe('per-account revenue thresholds', () => {
  it('one giant account does not hide ten small ones', () => {
    const list = [{ segmentId: 'xl', revenue: 20_000, id: 'giant', name: '巨头集团' }, { segmentId: 'xl', revenue: 900, id: 'big', name: '大型' }];
    for (let i = 0; i < 10; i++) list.push({ segmentId: 'xl', revenue: 100 + i, id: `s${i}`, name: `小客户 ${i}` });
    const facts = segmentFacts(list);
    expect(facts.get('xl')!.averageRevenue).toBeGreaterThan(700); // the old average test said nothing
    const plan = planFigures({ segments: [segment('xl')], motions: [motion('exec', { capacity: 5, revenueThreshold: 700 })], coverage: [place('xl', 'exec', 100)], facts });
    const w = plan.cells.get('xl\u0000exec')!.warnings.find((x) => x.kind === 'belowThreshold') as Extract<CoverageWarning, { kind: 'belowThreshold' }>;
    expect(w.below).toHaveLength(10);
    expect(w.known).toBe(12);
    expect(w.below[0]).toEqual({ id: 's0', name: '小客户 0', revenue: 100 });
  });

  it('checks the dedicated-executive rule of at most N accounts per person', () => {
    const run = (capacity: number) =>
      planFigures({ segments: [segment('xl')], motions: [motion('exec', { capacity, maxAccountsPerPerson: 10 })], coverage: [place('xl', 'exec', 100)], facts: segmentFacts(accounts('xl', 8)) }).warnings;
    expect(run(12)).toContainEqual({ kind: 'overMaxAccounts', severity: 'warning', motionId: 'exec', capacity: 12, max: 10 });
    expect(run(10).some((w) => w.kind === 'overMaxAccounts')).toBe(false);
  });
});

describe('roles and quotas', () => {
  it('turns the role mix into whole people per role, rounded up', () => {
    expect(peopleByRole(10, { hunter: 60, farmer: 30, coach: 10 })).toEqual({ hunter: 6, farmer: 3, coach: 1 });
    expect(peopleByRole(7, { hunter: 50, farmer: 50, coach: 0 })).toEqual({ hunter: 4, farmer: 4, coach: 0 });
    expect(peopleByRole(0, { hunter: 50, farmer: 50, coach: 0 })).toEqual({ hunter: 0, farmer: 0, coach: 0 });
  });

  it('sets the quota the plan carries against the potential (wallet) it covers, warned below a floor', () => {
    const input = {
      segments: [segment('key')],
      motions: [motion('ind', { capacity: 10, roles: { hunter: 60, farmer: 30, coach: 10 }, quotas: { hunter: 50, farmer: 30, coach: null } })],
      coverage: [place('key', 'ind', 100)],
      // 100 accounts of ¥ 10,000 M revenue each, but ¥ 5 M of potential for the client each = ¥ 500 M.
      facts: segmentFacts(accounts('key', 100, 10_000, 5)),
    };
    const plan = planFigures({ ...input, quotaFloor: 90 });
    // 10 people: 6 hunters × 50 + 3 farmers × 30 + 1 coach × nothing = ¥ 390 M of ¥ 500 M.
    expect(plan.totals.rolePeople).toEqual({ hunter: 6, farmer: 3, coach: 1 });
    expect(plan.totals.quota).toBe(390);
    expect(plan.totals.revenue).toBe(1_000_000);
    expect(plan.totals.potential).toBe(500);
    expect(plan.totals.quotaCoverage).toBeCloseTo(78, 12);
    expect(plan.warnings).toContainEqual({ kind: 'quotaBelowFloor', severity: 'warning', quota: 390, potential: 500, percent: 78, floor: 90 });
    expect(planFigures({ ...input, quotaFloor: 75 }).warnings.some((w) => w.kind === 'quotaBelowFloor')).toBe(false);
  });

  it('compares the quota with the covered potential, not the accounts\' own revenue, and warns above the wallet', () => {
    // One segment of 10 accounts: revenue ¥ 1,000 M each (¥ 10,000 M), potential ¥ 5 M each (¥ 50 M).
    const run = (quota: number, quotaFloor?: number) =>
      planFigures({
        segments: [segment('key')],
        motions: [motion('ind', { capacity: 10, roles: { hunter: 100, farmer: 0, coach: 0 }, quotas: { hunter: quota, farmer: null, coach: null } })],
        coverage: [place('key', 'ind', 100)],
        facts: segmentFacts(accounts('key', 10, 1_000, 5)),
        ...(quotaFloor === undefined ? {} : { quotaFloor }),
      });
    const within = run(40);
    expect(within.totals.potential).toBe(50);
    expect(within.totals.quotaCoverage).toBeCloseTo(80, 12);
    expect(within.warnings).toEqual([]);
    // A floor of 0 is no floor.
    expect(run(40, 0).warnings).toEqual([]);
    const over = run(60);
    expect(over.totals.quotaCoverage).toBeCloseTo(120, 12);
    expect(over.warnings).toEqual([{ kind: 'quotaOverWallet', severity: 'warning', quota: 60, potential: 50, percent: over.totals.quotaCoverage }]);
    // All of the wallet is achievable: no warning at exactly 100 %.
    expect(run(50).totals.quotaCoverage).toBeCloseTo(100, 12);
    expect(run(50).warnings).toEqual([]);
  });

  it('has no quota coverage while no potential is known', () => {
    const plan = planFigures({
      segments: [segment('key')],
      motions: [motion('ind', { capacity: 10, quotas: { hunter: 10, farmer: 10, coach: 10 } })],
      coverage: [place('key', 'ind', 100)],
      facts: segmentFacts(accounts('key', 10, 5)),
      quotaFloor: 100,
    });
    expect(plan.totals.quotaCoverage).toBeNull();
    expect(plan.warnings.some((w) => w.kind === 'quotaBelowFloor' || w.kind === 'quotaOverWallet')).toBe(false);
  });

  it('says nothing about quota coverage while no role carries a quota', () => {
    const plan = planFigures({ segments: [segment('key')], motions: [motion('ind')], coverage: [place('key', 'ind', 100)], facts: segmentFacts(accounts('key', 10, 5)), quotaFloor: 100 });
    expect(plan.totals.quotaCoverage).toBeNull();
    expect(plan.warnings).toEqual([]);
  });
});

describe('plans own their assumptions', () => {
  let t: TestService;
  beforeEach(async () => {
    t = await startTestService();
  });
  afterEach(() => t.close());
  const assumption = (records: readonly AnyRecord[], id: string) => records.find((r): r is Assumption => r.id === id)!;

  it('a capacity typed in plan B never changes plan A, and the comparison names the difference', async () => {
    const w = await templateWorkshop(t, { 'seg-smb': { count: 1800, revenue: 20 } });
    await w.dispatch({ type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-smb', motionId: 'motion-phone' });
    await w.dispatch({ type: 'scenario.duplicate', id: 'scenario-a', newId: 'scenario-b', name: '方案 B' });
    let records = (await w.snapshot()).records;
    expect(assumption(records, 'assume:scenario-b:motion-phone')).toMatchObject({ capacity: 300, scenarioId: 'scenario-b' });

    await w.dispatch({ type: 'motion.update', id: 'motion-phone', scenarioId: 'scenario-b', patch: { capacity: 400 } });
    records = (await w.snapshot()).records;
    expect(assumption(records, 'assume:scenario-a:motion-phone').capacity).toBe(300);
    expect(assumption(records, 'assume:scenario-b:motion-phone').capacity).toBe(400);
    const a = figuresOf(records, 'scenario-a');
    const b = figuresOf(records, 'scenario-b');
    expect(people(a, 'motion-phone').people).toBe(6); // 1,800 ÷ 300
    expect(people(b, 'motion-phone').people).toBe(5); // 1,800 ÷ 400 = 4.5
    expect(comparePlans(a, b).assumptions).toEqual([{ motionId: 'motion-phone', field: 'capacity', a: 300, b: 400 }]);

    // Without a plan, the motion command edits the plan on screen (B, after duplicating).
    await w.dispatch({ type: 'motion.update', id: 'motion-phone', patch: { costPerPerson: 0.3 } });
    records = (await w.snapshot()).records;
    expect(assumption(records, 'assume:scenario-a:motion-phone').costPerPerson).toBe(0.25);
    expect(assumption(records, 'assume:scenario-b:motion-phone').costPerPerson).toBe(0.3);
  });

  it('a new motion gets assumptions in every plan; deleting a plan or a motion takes them along, undo brings them back', async () => {
    const w = await templateWorkshop(t);
    await w.dispatch({ type: 'scenario.duplicate', id: 'scenario-a', newId: 'scenario-b', name: '方案 B' });
    await w.dispatch({ type: 'motion.add', id: 'm-new', values: { name: '渠道经理', capacity: 25 } });
    let records = (await w.snapshot()).records;
    expect(['scenario-a', 'scenario-b'].map((s) => assumption(records, `assume:${s}:m-new`)?.capacity)).toEqual([25, 25]);
    await w.dispatch({ type: 'motion.delete', ids: ['m-new'] });
    records = (await w.snapshot()).records;
    expect(records.filter((r) => r.type === 'assumption' && r.motionId === 'm-new')).toEqual([]);
    await t.ok('undo', { workshopId: w.id });
    records = (await w.snapshot()).records;
    expect(records.filter((r) => r.type === 'assumption' && r.motionId === 'm-new')).toHaveLength(2);
    await w.dispatch({ type: 'scenario.delete', id: 'scenario-b' });
    records = (await w.snapshot()).records;
    expect(records.filter((r) => r.type === 'assumption' && r.scenarioId === 'scenario-b')).toEqual([]);
  });

  it('refuses a capacity of 0 in one plan with its own error and changes nothing', async () => {
    const w = await templateWorkshop(t);
    const before = await w.snapshot();
    expect(await w.fail({ type: 'motion.update', id: 'motion-phone', scenarioId: 'scenario-a', patch: { capacity: 0 } })).toMatchObject({ code: 'capacity_not_positive' });
    expect((await w.snapshot()).records).toEqual(before.records);
  });

  it('lists nothing when two plans assume the same', () => {
    const m = [motion('x')];
    expect(assumptionDifferences(m, m)).toEqual([]);
    expect(plannedMotions([{ id: 'x', type: 'motion', name: 'x', drive: 'relationship', notes: '', order: 'a' }], [], 'p')[0]).toMatchObject({ staffing: 'perSegment', capacity: 100 });
  });
});
