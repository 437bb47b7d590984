import {
  assumptionId,
  type Assumption,
  type AssumptionFields,
  type Drive,
  type Motion,
  type Role,
} from '../records';

/**
 * A plan's view of its motions: each motion joined with what THIS plan assumes about it
 * (issue 11: plans own their assumptions). Every coverage figure is computed from these.
 */
export type PlannedMotion = Motion & AssumptionFields;

/**
 * What a new motion assumes until the room says otherwise. Staffing follows the motion's nature:
 * relationship motions are dedicated teams per segment, transactional ones are pooled.
 */
export function defaultAssumption(drive: Drive): AssumptionFields {
  return {
    capacity: 100,
    costPerPerson: 0.5,
    roles: { hunter: 34, farmer: 33, coach: 33 },
    quotas: { hunter: null, farmer: null, coach: null },
    peopleLimit: null,
    revenueThreshold: null,
    maxAccountsPerPerson: null,
    staffing: drive === 'relationship' ? 'perSegment' : 'pooled',
    territory: null,
  };
}

export function assumptionFields(a: Assumption): AssumptionFields {
  const { id: _id, type: _type, scenarioId: _s, motionId: _m, ...fields } = a;
  return fields;
}

/**
 * The motions (in board order) with one plan's assumptions. A motion the plan has no record for
 * (a file cut by hand) gets the defaults rather than disappearing from the board.
 */
export function plannedMotions(motions: readonly Motion[], assumptions: Iterable<Assumption>, scenarioId: string | null): PlannedMotion[] {
  const byId = new Map<string, Assumption>();
  for (const a of assumptions) if (a.scenarioId === scenarioId) byId.set(a.id, a);
  return motions.map((m) => {
    const a = scenarioId === null ? undefined : byId.get(assumptionId(scenarioId, m.id));
    return { ...m, ...(a ? assumptionFields(a) : defaultAssumption(m.drive)) };
  });
}

/* ------------------------------------------------------------------------------------------ */
/* Differences between two plans' assumptions (the comparison's "what each plan assumes")      */
/* ------------------------------------------------------------------------------------------ */

export type AssumptionField =
  | 'capacity'
  | 'costPerPerson'
  | 'peopleLimit'
  | 'revenueThreshold'
  | 'maxAccountsPerPerson'
  | 'staffing'
  | 'accountsPerTerritory'
  | 'teamSize'
  | 'teamCost'
  | 'hunter'
  | 'farmer'
  | 'coach'
  | 'quotaHunter'
  | 'quotaFarmer'
  | 'quotaCoach';

export type AssumptionValue = number | string | null;

export interface AssumptionDifference {
  motionId: string;
  field: AssumptionField;
  a: AssumptionValue;
  b: AssumptionValue;
}

/** People and yearly cost of one territory team. */
export function teamSize(m: Pick<AssumptionFields, 'territory'>): number {
  return m.territory ? m.territory.team.reduce((s, x) => s + x.count, 0) : 1;
}
export function teamCost(m: Pick<AssumptionFields, 'territory' | 'costPerPerson'>): number {
  return m.territory ? m.territory.team.reduce((s, x) => s + x.count * x.costPerPerson, 0) : m.costPerPerson;
}

/** The figures a consultant defends, flattened so two plans compare field by field. */
export function comparableFields(m: AssumptionFields): Record<AssumptionField, AssumptionValue> {
  const quota = (r: Role) => m.quotas[r];
  return {
    capacity: m.territory ? null : m.capacity,
    costPerPerson: m.territory ? null : m.costPerPerson,
    peopleLimit: m.peopleLimit,
    revenueThreshold: m.revenueThreshold,
    maxAccountsPerPerson: m.maxAccountsPerPerson,
    staffing: m.staffing,
    accountsPerTerritory: m.territory?.accountsPerTerritory ?? null,
    teamSize: m.territory ? teamSize(m) : null,
    teamCost: m.territory ? Math.round(teamCost(m) * 1e6) / 1e6 : null,
    hunter: m.roles.hunter,
    farmer: m.roles.farmer,
    coach: m.roles.coach,
    quotaHunter: quota('hunter'),
    quotaFarmer: quota('farmer'),
    quotaCoach: quota('coach'),
  };
}

/** Every field where plan b assumes something else than plan a, motion by motion in a's order. */
export function assumptionDifferences(a: readonly PlannedMotion[], b: readonly PlannedMotion[]): AssumptionDifference[] {
  const bById = new Map(b.map((m) => [m.id, m]));
  const out: AssumptionDifference[] = [];
  for (const ma of a) {
    const mb = bById.get(ma.id);
    if (!mb) continue;
    const fa = comparableFields(ma);
    const fb = comparableFields(mb);
    for (const field of Object.keys(fa) as AssumptionField[]) {
      if (fa[field] !== fb[field]) out.push({ motionId: ma.id, field, a: fa[field], b: fb[field] });
    }
  }
  return out;
}
