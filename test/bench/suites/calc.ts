import type { WorkshopSnapshot } from '../../../shared/api';
import { plannedMotions } from '../../../shared/calc/assumptions';
import { planFigures, segmentFacts } from '../../../shared/calc/coverage';
import { analyseRoutes } from '../../../shared/calc/routes';
import { suggestSegments } from '../../../shared/calc/segmentsRules';
import { sortByOrder } from '../../../shared/order';
import type { Account, AnyRecord, RecordOf, RecordType, Segment } from '../../../shared/records';
import { boardDecisions } from '../../helpers/boardDecisions';
import { openService, seededLibrary } from '../harness/seed';
import { median, round } from '../harness/stats';
import type { BenchContext, BenchRow, BenchSuite } from '../types';

/**
 * Issue 15 item 2, the figures the boards derive (shared/calc, pure; the boards render what it
 * returns), timed in Node on the seeded workshop with every board decided (boardDecisions):
 *  - Suggest segments: the template's rules over every account as if all were Unassigned (what
 *    the dialog proposes right after importing a national list). Bar: < 1 s at 50,000.
 *  - Coverage figures after a change: one account moved, then the account facts per segment and
 *    the active plan's figures recomputed, as the coverage board's memos do. Bar: < 50 ms.
 *  - Routes figures after a change: the same, plus the routes grid's analysis with capacity from
 *    that plan, as the routes board's memos do. Bar: < 50 ms.
 * The bars are the at 50,000 accounts, held at every size. Each is the median of `runs`
 * timings after one warm-up. Chromium's JIT is of the same family
 * (V8); the board's render on top of these figures is what the drag and open rows measure.
 */
const SUGGEST_BAR = { op: '<', value: 1000 } as const;
const RECOMPUTE_BAR = { op: '<', value: 50 } as const;

function byType<T extends RecordType>(records: readonly AnyRecord[], type: T): RecordOf<T>[] {
  return records.filter((r): r is RecordOf<T> => r.type === type);
}

function timed(runs: number, fn: () => unknown): number[] {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

async function decidedSnapshot(ctx: BenchContext, size: number): Promise<WorkshopSnapshot> {
  const lib = await seededLibrary(ctx.tmpDir, size);
  const { service, ok } = await openService(lib.dir);
  try {
    for (const command of boardDecisions('zh-CN')) await ok('dispatch', { workshopId: lib.workshopId, command });
    return await ok('openWorkshop', { workshopId: lib.workshopId });
  } finally {
    service.close();
  }
}

async function measureSize(ctx: BenchContext, size: number): Promise<BenchRow[]> {
  const { records } = await decidedSnapshot(ctx, size);
  const segments = sortByOrder(byType(records, 'segment')) as Segment[];
  const accounts = byType(records, 'account');
  const settings = byType(records, 'settings')[0];
  const scenarioId = settings?.activeScenarioId ?? sortByOrder(byType(records, 'scenario'))[0]?.id ?? null;
  const motions = sortByOrder(byType(records, 'motion'));
  const assumptions = byType(records, 'assumption');
  const coverage = byType(records, 'coverage').filter((c) => c.scenarioId === scenarioId);
  const quotaFloor = byType(records, 'scenario').find((s) => s.id === scenarioId)?.quotaFloor;

  const allUnassigned: Account[] = accounts.map((a) => ({ ...a, segmentId: null }));
  const suggest = timed(ctx.runs, () => suggestSegments(segments, allUnassigned));

  // One change, as a drag makes it: a new accounts map with one account in another column.
  let turn = 0;
  const changed = () => {
    const map = new Map(accounts.map((a) => [a.id, a]));
    const a = accounts[turn++ % accounts.length]!;
    map.set(a.id, { ...a, segmentId: segments[turn % segments.length]!.id });
    return map;
  };
  const plan = (map: Map<string, Account>) =>
    planFigures({
      segments,
      motions: plannedMotions(motions, assumptions, scenarioId),
      coverage,
      facts: segmentFacts(map.values()),
      ...(quotaFloor !== undefined ? { quotaFloor } : {}),
    });
  const maps = Array.from({ length: ctx.runs + 2 }, changed);
  let m = 0;
  const coverageMs = timed(ctx.runs, () => plan(maps[m++]!));
  m = 0;
  const routesMs = timed(ctx.runs, () => {
    const figures = plan(maps[m++]!);
    return analyseRoutes({
      segments,
      offerings: byType(records, 'offering'),
      routes: byType(records, 'route'),
      placements: byType(records, 'placement'),
      cellRules: byType(records, 'cellRule'),
      target: settings?.routeTarget ?? 7,
      motionCapacity: new Map(figures.motions.map((f) => [f.motion.id, { people: f.people, capacity: f.units * f.unit.accounts, accounts: f.accounts }])),
      segmentAccounts: new Map(figures.segments.map((s) => [s.segment.id, s.facts.accounts])),
    });
  });
  ctx.log(`${size} accounts: suggest ${round(median(suggest), 1)} ms, coverage ${round(median(coverageMs), 2)} ms, routes ${round(median(routesMs), 2)} ms`);
  const details = (xs: number[]) => ({ runs: xs.length, min: round(Math.min(...xs)), max: round(Math.max(...xs)), perRun: xs.map((x) => round(x, 2)).join(' / ') });
  return [
    {
      id: `calc.suggest.${size}`,
      label: 'Suggest segments over every account as Unassigned (shared/calc)',
      size,
      value: median(suggest),
      unit: 'ms',
      target: SUGGEST_BAR,
      details: { ...details(suggest), accounts: allUnassigned.length },
    },
    {
      id: `calc.coverage.${size}`,
      label: 'Coverage board figures recomputed after one account moved (shared/calc)',
      size,
      value: median(coverageMs),
      unit: 'ms',
      target: RECOMPUTE_BAR,
      details: details(coverageMs),
    },
    {
      id: `calc.routes.${size}`,
      label: 'Routes board figures recomputed after one account moved (shared/calc, with the plan)',
      size,
      value: median(routesMs),
      unit: 'ms',
      target: RECOMPUTE_BAR,
      details: details(routesMs),
    },
  ];
}

export const suite: BenchSuite = {
  name: 'calc',
  async run(ctx) {
    const rows: BenchRow[] = [];
    for (const size of ctx.sizes) rows.push(...(await measureSize(ctx, size)));
    return rows;
  },
};
