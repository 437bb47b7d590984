import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePlans,
  costOf,
  peopleNeeded,
  planFigures,
  segmentFacts,
  type CoverageWarning,
} from '../../../shared/calc/coverage';
import { AppError } from '../../../shared/errors';
import { accounts, motion, place, segment } from './fixtures';

describe('people needed = ceil(accounts × share ÷ capacity)', () => {
  it('rounds a part of a person up to a whole person', () => {
    expect(peopleNeeded(41, 70, 40)).toBe(1); // 28.7 accounts for a 40-account person
    expect(peopleNeeded(1800, 60, 300)).toBe(4); // 1,080 accounts ÷ 300 = 3.6
    expect(peopleNeeded(8, 100, 5)).toBe(2); // 8 very large accounts, 5 per executive
    expect(peopleNeeded(10, 100, 5)).toBe(2); // exactly two, not three
  });

  it('does not add a person for floating-point noise', () => {
    // 100 × 30 % ÷ 30 is 1.0000000000000002 in IEEE doubles.
    expect(peopleNeeded(100, 30, 30)).toBe(1);
    expect(peopleNeeded(300, 10, 10)).toBe(3);
  });

  it('needs nobody for an empty segment or a zero share', () => {
    expect(peopleNeeded(0, 100, 5)).toBe(0);
    expect(peopleNeeded(500, 0, 5)).toBe(0);
  });

  it('accepts capacities below one (a team of several people per account)', () => {
    expect(peopleNeeded(4, 100, 0.5)).toBe(8);
  });

  it('refuses a capacity of zero or less with its own error code', () => {
    for (const capacity of [0, -5]) {
      try {
        peopleNeeded(10, 100, capacity);
        expect.unreachable('capacity ' + capacity + ' was accepted');
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('capacity_not_positive');
      }
    }
  });

  it('is the smallest whole number of people that covers the accounts (any input)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
        fc.integer({ min: 1, max: 100_000 }).map((n) => n / 10),
        (count, share, capacity) => {
          const people = peopleNeeded(count, share, capacity);
          const covered = (count * share) / 100;
          expect(Number.isInteger(people)).toBe(true);
          expect(people * capacity).toBeGreaterThanOrEqual(covered - 1e-6);
          if (people > 0) expect((people - 1) * capacity).toBeLessThan(covered - 1e-9);
        },
      ),
    );
  });

  it('costs people × annual cost per person', () => {
    expect(costOf(4, 0.25)).toBeCloseTo(1);
    expect(costOf(0, 1.5)).toBe(0);
  });
});

describe('segment facts', () => {
  it('counts accounts per segment and averages the known revenues only', () => {
    const facts = segmentFacts([...accounts('big', 2, 900), ...accounts('big', 1, null), ...accounts(null, 50, 5)]);
    expect(facts.get('big')).toMatchObject({ accounts: 3, revenueTotal: 1800, revenueCount: 2, averageRevenue: 900 });
    expect(facts.get('big')?.revenues.map((r) => r.revenue)).toEqual([900, 900]);
    expect(facts.has('null')).toBe(false);
    expect([...facts.keys()]).toEqual(['big']);
  });

  it('has no average when no revenue is known', () => {
    expect(segmentFacts(accounts('s', 3, null)).get('s')?.averageRevenue).toBeNull();
  });
});

/** The UX sketch's plan: very large 8 accounts on executives; key accounts 70/30; SMB phone/web. */
function samplePlan() {
  const segments = [segment('xl', { drive: 'relationship' }), segment('key', { drive: 'relationship' }), segment('smb', { drive: 'transaction' }), segment('empty')];
  const motions = [
    motion('exec', { drive: 'relationship', capacity: 5, costPerPerson: 1.5, revenueThreshold: 700 }),
    motion('industry', { drive: 'relationship', capacity: 40, costPerPerson: 1 }),
    motion('territory', { drive: 'transaction', capacity: 2000, costPerPerson: 0.4 }),
    motion('phone', { drive: 'transaction', capacity: 300, costPerPerson: 0.25 }),
    motion('web', { drive: 'transaction', capacity: 10_000, costPerPerson: 0.15 }),
  ];
  const coverage = [
    place('xl', 'exec', 100),
    place('key', 'industry', 70),
    place('key', 'territory', 30, 'overlay'),
    place('smb', 'phone', 60),
    place('smb', 'web', 40, 'overlay'),
  ];
  const facts = segmentFacts([...accounts('xl', 8, 1200), ...accounts('key', 41, 500), ...accounts('smb', 1800, 20)]);
  return { segments, motions, coverage, facts };
}

describe('plan figures', () => {
  it('figures every cell, row, column and the plan total, and they add up', () => {
    const plan = planFigures(samplePlan());
    const cell = (s: string, m: string) => plan.cells.get(`${s}\u0000${m}`);
    expect(cell('xl', 'exec')).toMatchObject({ accounts: 8, people: 2, cost: 3 });
    expect(cell('key', 'industry')?.people).toBe(1); // 28.7 ÷ 40
    expect(cell('key', 'territory')?.accounts).toBeCloseTo(12.3);
    expect(cell('smb', 'phone')).toMatchObject({ accounts: 1080, people: 4, cost: 1 });
    expect(cell('smb', 'web')?.people).toBe(1);

    const byMotion = Object.fromEntries(plan.motions.map((m) => [m.motion.id, m.people]));
    expect(byMotion).toEqual({ exec: 2, industry: 1, territory: 1, phone: 4, web: 1 });
    const rows = plan.segments.map((s) => s.people);
    expect(rows).toEqual([2, 2, 5, 0]);
    expect(plan.totals.people).toBe(9);
    expect(plan.totals.people).toBe(plan.motions.reduce((s, m) => s + m.people, 0));
    expect(plan.totals.cost).toBeCloseTo(3 + 1 + 0.4 + 1 + 0.15);
    expect(plan.totals.accounts).toBe(8 + 41 + 1800);
    expect(plan.totals.accountsCovered).toBeCloseTo(8 + 41 + 1800);
    expect(plan.segments[1]?.primary?.coverage.motionId).toBe('industry');
    expect(plan.segments[1]?.shareTotal).toBe(100);
  });

  it('updates every figure when a capacity, a cost or a share changes (what-if)', () => {
    const input = samplePlan();
    const before = planFigures(input);
    const cheaperPhone = input.motions.map((m) => (m.id === 'phone' ? { ...m, capacity: 150, costPerPerson: 0.2 } : m));
    const after = planFigures({ ...input, motions: cheaperPhone });
    expect(after.motions.find((m) => m.motion.id === 'phone')).toMatchObject({ people: 8 });
    expect(after.motions.find((m) => m.motion.id === 'phone')?.cost).toBeCloseTo(1.6);
    expect(after.totals.people).toBe(before.totals.people + 4);

    const moreWeb = input.coverage.map((c) => (c.motionId === 'phone' ? { ...c, share: 20 } : c.motionId === 'web' ? { ...c, share: 80 } : c));
    const shifted = planFigures({ ...input, coverage: moreWeb });
    expect(shifted.cells.get('smb\u0000phone')?.people).toBe(2); // 360 ÷ 300
    expect(shifted.totals.people).toBe(before.totals.people - 2);
  });

  it('keeps an empty segment at zero people and flags it only when nothing covers it', () => {
    const input = samplePlan();
    const plan = planFigures(input);
    const empty = plan.segments.find((s) => s.segment.id === 'empty')!;
    expect(empty.people).toBe(0);
    expect(empty.warnings).toEqual([{ kind: 'uncovered', severity: 'warning', segmentId: 'empty' }]);
    expect(plan.totals.uncoveredSegments).toBe(1);

    const covered = planFigures({ ...input, coverage: [...input.coverage, place('empty', 'web', 100)] });
    const nowCovered = covered.segments.find((s) => s.segment.id === 'empty')!;
    expect(nowCovered.people).toBe(0);
    expect(nowCovered.warnings).toEqual([]);
    expect(covered.totals.uncoveredSegments).toBe(0);
  });

  it('ignores placements of another segment list (deleted segment or motion)', () => {
    const input = samplePlan();
    const plan = planFigures({ ...input, coverage: [...input.coverage, place('gone', 'exec', 100), place('xl', 'gone', 10, 'overlay')] });
    expect(plan.totals.people).toBe(planFigures(input).totals.people);
  });
});

describe('warnings', () => {
  const kinds = (ws: CoverageWarning[]) => ws.map((w) => w.kind).sort();

  it('flags a motion whose people exceed its limit, not one that meets it', () => {
    const input = samplePlan();
    const limited = (limit: number) => input.motions.map((m) => (m.id === 'phone' ? { ...m, peopleLimit: limit } : m));
    const over = planFigures({ ...input, motions: limited(3) }).motions.find((m) => m.motion.id === 'phone')!;
    expect(over.warnings).toEqual([{ kind: 'overLimit', severity: 'warning', motionId: 'phone', people: 4, limit: 3 }]);
    const atLimit = planFigures({ ...input, motions: limited(4) }).motions.find((m) => m.motion.id === 'phone')!;
    expect(atLimit.warnings).toEqual([]);
  });

  it('flags dedicated executives on a segment whose average revenue is below the threshold', () => {
    const input = samplePlan();
    const plan = planFigures({ ...input, coverage: [...input.coverage.filter((c) => c.segmentId !== 'key'), place('key', 'exec', 100)] });
    const cell = plan.cells.get('key\u0000exec')!;
    expect(cell.warnings).toContainEqual(
      expect.objectContaining({ kind: 'belowThreshold', severity: 'warning', segmentId: 'key', motionId: 'exec', known: 41, threshold: 700 }),
    );
    // The very large accounts (¥1,200 M average) are above it: no warning.
    expect(plan.cells.get('xl\u0000exec')!.warnings).toEqual([]);
  });

  it('says nothing about the threshold when no revenue is known', () => {
    const input = samplePlan();
    const plan = planFigures({ ...input, facts: segmentFacts(accounts('xl', 8, null)) });
    expect(kinds(plan.cells.get('xl\u0000exec')!.warnings)).toEqual([]);
  });

  it('hints (not warns) when a relationship motion covers a transactional segment and vice versa', () => {
    const input = samplePlan();
    const plan = planFigures({
      ...input,
      coverage: [...input.coverage, place('smb', 'industry', 0, 'overlay'), place('xl', 'web', 0, 'overlay'), place('empty', 'exec', 100)],
    });
    expect(plan.cells.get('smb\u0000industry')!.warnings).toEqual([
      { kind: 'driveMismatch', severity: 'hint', segmentId: 'smb', motionId: 'industry', segmentDrive: 'transaction', motionDrive: 'relationship' },
    ]);
    expect(plan.cells.get('xl\u0000web')!.warnings.map((w) => [w.kind, w.severity])).toEqual([['driveMismatch', 'hint']]);
    // A segment whose drive is not decided gets no hint.
    expect(plan.cells.get('empty\u0000exec')!.warnings).toEqual([]);
    expect(plan.cells.get('smb\u0000phone')!.warnings).toEqual([]);
  });
});

describe('scenario comparison', () => {
  it('gives both totals and the per-motion differences (b − a)', () => {
    const input = samplePlan();
    const a = planFigures(input);
    // Plan B: SMB fully online, the empty segment on the phone.
    const b = planFigures({
      ...input,
      coverage: [...input.coverage.filter((c) => c.segmentId !== 'smb'), place('smb', 'web', 100), place('empty', 'phone', 100)],
    });
    const cmp = comparePlans(a, b);
    expect(cmp.a.people).toBe(9);
    expect(cmp.b.people).toBe(5);
    expect(cmp.delta.people).toBe(-4);
    expect(cmp.delta.cost).toBeCloseTo(b.totals.cost - a.totals.cost);
    expect(cmp.delta.uncoveredSegments).toBe(-1);
    const phone = cmp.motions.find((m) => m.motion.id === 'phone')!;
    expect(phone).toMatchObject({ a: { people: 4 }, b: { people: 0 }, delta: { people: -4 } });
    expect(phone.delta.cost).toBeCloseTo(-1);
    expect(cmp.motions.find((m) => m.motion.id === 'exec')!.delta).toEqual({ people: 0, cost: 0 });
    const smb = cmp.segments.find((s) => s.segment.id === 'smb')!;
    expect(smb).toMatchObject({ primaryA: 'phone', primaryB: 'web', changed: true });
    expect(cmp.segments.find((s) => s.segment.id === 'xl')!.changed).toBe(false);
  });

  it('shows no difference between a plan and its copy', () => {
    const plan = planFigures(samplePlan());
    const cmp = comparePlans(plan, planFigures(samplePlan()));
    expect(cmp.delta).toEqual({ people: 0, cost: 0, uncoveredSegments: 0 });
    expect(cmp.motions.every((m) => m.delta.people === 0 && m.delta.cost === 0)).toBe(true);
    expect(cmp.segments.some((s) => s.changed)).toBe(false);
  });
});
