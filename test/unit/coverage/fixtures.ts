import { plannedMotions, type PlannedMotion } from '../../../shared/calc/assumptions';
import { planFigures, segmentFacts, type PlanFigures } from '../../../shared/calc/coverage';
import { sortByOrder } from '../../../shared/order';
import type { AnyRecord, Coverage, Segment } from '../../../shared/records';
import type { TestService } from '../../helpers/service';

/** A segment record as the template writes them; tests override what they are about. */
export function segment(id: string, over: Partial<Segment> = {}): Segment {
  return {
    id,
    type: 'segment',
    name: id,
    color: '#0072b2',
    order: `a${id}`,
    description: '',
    rules: { revenueMin: null, revenueMax: null, industries: [], regions: [], statuses: [] },
    buying: '',
    painPoints: '',
    drive: null,
    owner: '',
    principles: '',
    hiddenInRoutes: false,
    ...over,
  };
}

/**
 * A motion with one plan's assumptions. Per segment unless a test says otherwise: the tests
 * written before issue 11 are about per-cell arithmetic; pooled headcount has its own tests.
 */
export function motion(id: string, over: Partial<PlannedMotion> = {}): PlannedMotion {
  return {
    id,
    type: 'motion',
    name: id,
    drive: 'transaction',
    capacity: 100,
    costPerPerson: 0.5,
    roles: { hunter: 40, farmer: 40, coach: 20 },
    quotas: { hunter: null, farmer: null, coach: null },
    peopleLimit: null,
    revenueThreshold: null,
    maxAccountsPerPerson: null,
    staffing: 'perSegment',
    territory: null,
    notes: '',
    order: `a${id}`,
    ...over,
  };
}

let n = 0;
export function place(segmentId: string, motionId: string, share: number, role: Coverage['role'] = 'primary', scenarioId = 'plan'): Coverage {
  return { id: `c${++n}`, type: 'coverage', scenarioId, segmentId, motionId, role, share };
}

/** `count` accounts in a segment, each with the given revenue (null = unknown). */
export function accounts(segmentId: string | null, count: number, revenue: number | null = null, potential: number | null = null) {
  return Array.from({ length: count }, () => ({ segmentId, revenue, potential }));
}

/** The figures of one scenario as the board computes them from a workshop's records. */
export function figuresOf(records: readonly AnyRecord[], scenarioId: string): PlanFigures {
  const of = <T extends AnyRecord['type']>(type: T) => records.filter((r) => r.type === type) as Extract<AnyRecord, { type: T }>[];
  const floor = of('scenario').find((s) => s.id === scenarioId)?.quotaFloor;
  return planFigures({
    segments: sortByOrder(of('segment')),
    motions: plannedMotions(sortByOrder(of('motion')), of('assumption'), scenarioId),
    coverage: of('coverage').filter((c) => c.scenarioId === scenarioId),
    facts: segmentFacts(of('account')),
    // As the board passes it (usePlan): the plan's floor for quota ÷ revenue covered.
    ...(floor === undefined ? {} : { quotaFloor: floor }),
  });
}

/** A workshop from the zh-CN template, with accounts put into segments through real commands. */
export async function templateWorkshop(t: TestService, perSegment: Record<string, { count: number; revenue: number }> = {}) {
  const w = await t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
  const dispatch = (command: unknown) => t.ok('dispatch', { workshopId: w.id, command });
  for (const [segmentId, { count, revenue }] of Object.entries(perSegment)) {
    const imported = await dispatch({
      type: 'account.import',
      accounts: Array.from({ length: count }, (_, i) => ({ name: `${segmentId} 客户 ${i + 1}`, revenue })),
    });
    const ids = imported.diff.added.map((r) => r.id);
    await dispatch({ type: 'account.move', ids, segmentId, index: 0 });
  }
  const snapshot = async () => t.ok('openWorkshop', { workshopId: w.id });
  return { id: w.id, dispatch, snapshot, fail: (command: unknown) => t.fail('dispatch', { workshopId: w.id, command }) };
}
