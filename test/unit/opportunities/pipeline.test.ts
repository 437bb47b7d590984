import { describe, expect, it } from 'vitest';
import { assess, outcomeItems, pipeline, targetGap, uncheckedOutcomes } from '../../../shared/calc/pipeline';
import { DEFAULT_PIPELINE, reviewMeetingSchema, type Criterion } from '../../../shared/records';
import { world } from './world';

const criteria = (points: number[]): Criterion[] =>
  points.map((maxPoints, i) => ({ id: `c${i}`, type: 'criterion', name: `c${i}`, question: '', maxPoints, order: `a${i}` }));

describe('weighted pipeline', () => {
  function filled() {
    const w = world();
    const add = (id: string, accountId: string | null, value: number, stageId: string, routeId: string | null = null) =>
      w.run({ type: 'opportunity.add', id, stageId, values: { name: id, accountId, value, routeId } });
    add('o1', 'acc-1', 100, 'stage-identify', 'route-f2f'); // 10 %: 10
    add('o2', 'acc-1', 40, 'stage-propose', 'route-f2f'); // 50 %: 20
    add('o3', 'acc-2', 80, 'stage-agree', 'route-si'); // 75 %: 60
    add('o4', 'acc-3', 10, 'stage-propose'); // unassigned account, no route: 5
    return w;
  }
  const input = (w: ReturnType<typeof world>) => ({
    opportunities: w.all('opportunity'),
    stages: w.all('stage'),
    accounts: new Map(w.all('account').map((a) => [a.id, a])),
    segments: w.all('segment'),
    routes: w.all('route'),
  });

  it('sums value × probability per stage (empty stages included, in board order), segment, route and in total', () => {
    const p = pipeline(input(filled()));
    expect(p.byStage.map((r) => [r.key.id, r.count, r.value, r.weighted])).toEqual([
      ['stage-identify', 1, 100, 10],
      ['stage-validate', 0, 0, 0],
      ['stage-propose', 2, 50, 25],
      ['stage-agree', 1, 80, 60],
      ['stage-won', 0, 0, 0],
    ]);
    expect(p.bySegment.map((r) => [r.key?.id ?? null, r.weighted])).toEqual([['seg-key', 30], ['seg-mid', 60], [null, 5]]);
    // Routes in board order (③ Major SIs before ④ face-to-face), then the opportunities with no route.
    expect(p.byRoute.map((r) => [r.key?.id ?? null, r.weighted])).toEqual([['route-si', 60], ['route-f2f', 30], [null, 5]]);
    expect(p.total).toMatchObject({ count: 4, value: 230, weighted: 95 });
  });

  it('moving a card moves its weight: the total follows the stage’s probability', () => {
    const w = filled();
    w.run({ type: 'opportunity.move', id: 'o1', stageId: 'stage-validate', index: 0 });
    expect(pipeline(input(w)).total.weighted).toBe(95 - 10 + 25);
  });

  it('target vs weighted pipeline: the gap, the wins of an average deal to close it and the visits the funnel needs', () => {
    const p = pipeline(input(filled()));
    const steps = [80, 80, 80].map((rate, i) => ({ name: `s${i}`, rate }));
    const g = targetGap(300, p, steps);
    // gap 205; average deal 230 / 4 = 57.5 → 4 wins; at 80 % × 80 %: ceil(4 / 0.64) = 7 visits.
    expect(g).toMatchObject({ gap: 205, averageDeal: 57.5, winsNeeded: 4, visitsNeeded: 7 });
    expect(g.coverage).toBeCloseTo((95 / 300) * 100);
    expect(targetGap(50, p, steps)).toMatchObject({ gap: 0, winsNeeded: 0, visitsNeeded: 0 });
  });
});

describe('opportunity assessment (go / no-go)', () => {
  it('maps the score to pursue / qualify further / walk away by the editable thresholds', () => {
    const c = criteria([10, 10, 10, 10, 10, 10]);
    const scores = (...p: number[]) => ({ scores: Object.fromEntries(p.map((v, i) => [`c${i}`, v])) });
    expect(assess(scores(), c, DEFAULT_PIPELINE)).toMatchObject({ scored: false, recommendation: null, cap: null });
    expect(assess(scores(1, 1, 1, 1, 1, 1), c, DEFAULT_PIPELINE)).toMatchObject({ percent: 10, recommendation: 'walkAway', cap: 10 });
    expect(assess(scores(3, 3, 3, 3, 3, 3), c, DEFAULT_PIPELINE)).toMatchObject({ recommendation: 'qualify', cap: 25 });
    expect(assess(scores(6, 6, 6, 6, 6, 6), c, DEFAULT_PIPELINE)).toMatchObject({ recommendation: 'pursue', cap: 50 });
    expect(assess(scores(9, 9, 9, 9, 9, 9), c, DEFAULT_PIPELINE)).toMatchObject({ points: 54, maxPoints: 60, cap: 75 });
    // Stricter thresholds: the same 60 % now only qualifies.
    expect(assess(scores(6, 6, 6, 6, 6, 6), c, { ...DEFAULT_PIPELINE, pursueFrom: 70 }).recommendation).toBe('qualify');
    // Points above a criterion's maximum count as its maximum; scores of deleted criteria do not count.
    expect(assess({ scores: { c0: 50, gone: 10 } }, criteria([10]), DEFAULT_PIPELINE)).toMatchObject({ points: 10, percent: 100 });
  });
});

describe('stage outcomes checklist and cadence schema', () => {
  it('a stage’s outcome lines are its checklist; unchecked ones are what moving on would skip', () => {
    const stage = { id: 's', type: 'stage' as const, name: 's', probability: 10, order: 'a0', outcome: '- Needs understood\n\n• Decision maker met\nBudget known' };
    expect(outcomeItems(stage)).toEqual(['Needs understood', 'Decision maker met', 'Budget known']);
    expect(uncheckedOutcomes({ outcomes: { s: [0, 2] } }, stage)).toEqual(['Decision maker met']);
  });

  it('a review meeting needs a day, a level, a time box and a horizon on the tactical → strategic axis', () => {
    const ok = { id: 'r', type: 'reviewMeeting', day: 'Day 1', level: 'Account review', attendees: '', purpose: '', inputs: '', decisions: '', timeBox: 60, horizon: 1, report: ['byStage', 'gap'], order: 'a0' };
    expect(reviewMeetingSchema.safeParse(ok).success).toBe(true);
    expect(reviewMeetingSchema.safeParse({ ...ok, horizon: 6 }).success).toBe(false);
    expect(reviewMeetingSchema.safeParse({ ...ok, report: ['nonsense'] }).success).toBe(false);
    expect(reviewMeetingSchema.safeParse({ ...ok, timeBox: 0 }).success).toBe(false);
  });
});

describe('figures of the standard reports', () => {
  it('closing soon: open opportunities closing within the window, soonest first; won and undated ones left out', async () => {
    const { closingSoon, recommendationCounts } = await import('../../../shared/calc/pipeline');
    const o = (closeDate: string, probability = 50) => ({ closeDate, probability });
    const list = [o('2015-03-20'), o('2015-03-02'), o(''), o('2015-03-05', 100), o('2015-05-01'), o('2015-02-27')];
    expect(closingSoon(list, '2015-03-01', 30).map((x) => x.closeDate)).toEqual(['2015-03-02', '2015-03-20']);
    expect(recommendationCounts([{ recommendation: 'pursue' }, { recommendation: null }, { recommendation: 'pursue' }] as never)).toEqual({ pursue: 2, qualify: 0, walkAway: 0, none: 1 });
  });
});
