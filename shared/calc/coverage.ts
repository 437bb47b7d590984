import { AppError } from '../errors';
import { MIX_ROLES, type Account, type Coverage, type Drive, type MixRole, type Segment, type Staffing } from '../records';
import { assumptionDifferences, teamCost, teamSize, type AssumptionDifference, type PlannedMotion } from './assumptions';

export type { PlannedMotion } from './assumptions';

/**
 * The coverage board's live figures, derived from records every time (never stored), so editing a
 * capacity, a cost or a share changes every figure at once.
 *
 * Headcount follows the deck's rule, accounts per motion ÷ capacity (issue 11):
 * - a POOLED motion (territory, phone, web, partner) is one team over every segment it covers:
 *   its people = ceil(Σ covered accounts ÷ capacity), rounded once, at the motion's foot; each of
 *   its cells shows its fractional share of that team (covered ÷ capacity, "0.8 FTE");
 * - a motion STAFFED PER SEGMENT (dedicated executives: one owner per account) rounds each cell
 *   up on its own and its people are the sum of its cells, as before.
 * So columns add up to whole people, rows to the exact FTE they use, and the plan total is the sum
 * of the columns; the difference between Σ rows and the total is the rounding of pooled motions,
 * which the board states on screen.
 * A motion sized in territories counts territories instead of people (accounts per territory),
 * and each territory brings its whole team (leader + reps + specialists).
 */

/* ------------------------------------------------------------------------------------------ */
/* Segment facts: what the accounts say about each segment                                     */
/* ------------------------------------------------------------------------------------------ */

/** One account's revenue, for per-account thresholds. */
export interface AccountRevenue {
  id: string;
  name: string;
  revenue: number;
}

export interface SegmentFacts {
  accounts: number;
  /** Sum of the known revenues, ¥ M. */
  revenueTotal: number;
  /** Accounts whose revenue is known. */
  revenueCount: number;
  /** Sum of the known potentials (the client's wallet in these accounts), ¥ M. */
  potentialTotal: number;
  /** Accounts whose potential is known. */
  potentialCount: number;
  /** Average revenue of the accounts whose revenue is known; null when none is. */
  averageRevenue: number | null;
  /** The accounts whose revenue is known, smallest revenue first (thresholds test each one). */
  revenues: AccountRevenue[];
}

export const NO_FACTS: SegmentFacts = { accounts: 0, revenueTotal: 0, revenueCount: 0, potentialTotal: 0, potentialCount: 0, averageRevenue: null, revenues: [] };

type FactsAccount = Pick<Account, 'segmentId' | 'revenue'> & Partial<Pick<Account, 'id' | 'name' | 'potential'>>;

const byRevenue = (x: AccountRevenue, y: AccountRevenue) => x.revenue - y.revenue;
const revenueOf = (a: FactsAccount): AccountRevenue => ({ id: a.id ?? '', name: a.name ?? '', revenue: a.revenue! });

/** The accounts with a known revenue that a SegmentFacts was counted from, for its lazy lists. */
const counted = new WeakMap<SegmentFacts, FactsAccount[]>();

/**
 * Counts and revenue per segment id (unassigned accounts are not in any segment). The counts are
 * one pass; `revenues` (every account's revenue, sorted) is built the first time it is read: the
 * coverage board recomputes these facts after every change, and with 50,000 accounts building and
 * sorting that list each time cost ~100 ms, though only a revenue threshold ever reads it
 * (and then only its accounts below the threshold: accountsBelow).
 */
export function segmentFacts(accounts: Iterable<FactsAccount>): Map<string, SegmentFacts> {
  const out = new Map<string, SegmentFacts>();
  const known = new Map<string, FactsAccount[]>();
  for (const a of accounts) {
    if (a.segmentId === null) continue;
    let f = out.get(a.segmentId);
    if (!f) {
      f = { ...NO_FACTS, revenues: [] };
      out.set(a.segmentId, f);
      known.set(a.segmentId, []);
    }
    f.accounts += 1;
    if (a.revenue !== null) {
      f.revenueTotal += a.revenue;
      f.revenueCount += 1;
      known.get(a.segmentId)!.push(a);
    }
    if (a.potential !== undefined && a.potential !== null) {
      f.potentialTotal += a.potential;
      f.potentialCount += 1;
    }
  }
  for (const [segmentId, f] of out) {
    f.averageRevenue = f.revenueCount > 0 ? f.revenueTotal / f.revenueCount : null;
    const list = known.get(segmentId)!;
    counted.set(f, list);
    let sorted: AccountRevenue[] | null = null;
    Object.defineProperty(f, 'revenues', {
      enumerable: true,
      configurable: true,
      get: () => (sorted ??= list.map(revenueOf).sort(byRevenue)),
    });
  }
  return out;
}

/**
 * The accounts of `facts` whose revenue is below `threshold`, smallest first: the same list as
 * filtering `facts.revenues`, without building and sorting every account's entry to get it.
 */
export function accountsBelow(facts: SegmentFacts, threshold: number): AccountRevenue[] {
  const list = counted.get(facts);
  if (!list) return facts.revenues.filter((a) => a.revenue < threshold);
  const below: AccountRevenue[] = [];
  for (const a of list) if (a.revenue! < threshold) below.push(revenueOf(a));
  // Stable, like the full sort: equal revenues keep the accounts' order, as filtering it would.
  return below.sort(byRevenue);
}

/* ------------------------------------------------------------------------------------------ */
/* The arithmetic                                                                              */
/* ------------------------------------------------------------------------------------------ */

/** Accounts a share of a segment stands for (fractional: 41 accounts × 30 % = 12.3). */
export function coveredAccounts(accounts: number, share: number): number {
  return (accounts * share) / 100;
}

/** ceil without floating-point noise: 100 × 30 % ÷ 30 is 1.0000000000000002, which is 1, not 2. */
export function ceilExact(x: number): number {
  return Math.ceil(Math.round(x * 1e9) / 1e9);
}

function checkCapacity(capacity: number): void {
  if (!(capacity > 0)) {
    throw new AppError('capacity_not_positive', `Capacity must be more than 0, got ${capacity}`, { motion: '', field: 'capacity' });
  }
}

/**
 * People needed = ceil(accounts × share ÷ capacity). A capacity of 0 or less has no meaning (it
 * would need infinite people) and is refused with the same error the commands give.
 */
export function peopleNeeded(accounts: number, share: number, capacity: number): number {
  checkCapacity(capacity);
  return ceilExact(coveredAccounts(accounts, share) / capacity);
}

/** Annual cost, ¥ M. */
export function costOf(people: number, costPerPerson: number): number {
  return people * costPerPerson;
}

/**
 * What a motion staffs in whole numbers: a person (accounts per person, one person, its cost) or
 * a territory (accounts per territory, its team, the team's cost).
 */
export interface StaffingUnit {
  kind: 'person' | 'territory';
  accounts: number;
  people: number;
  cost: number;
}

export function unitOf(m: PlannedMotion): StaffingUnit {
  if (m.territory) return { kind: 'territory', accounts: m.territory.accountsPerTerritory, people: teamSize(m), cost: teamCost(m) };
  return { kind: 'person', accounts: m.capacity, people: 1, cost: m.costPerPerson };
}

/** Whole units (people or territories) for a number of covered accounts. */
export function unitsFor(covered: number, unit: StaffingUnit): number {
  checkCapacity(unit.accounts);
  return ceilExact(covered / unit.accounts);
}

/** People of each role for a motion's people: each rounded up (a role is staffed by whole people). */
export function peopleByRole(people: number, mix: PlannedMotion['roles']): Record<MixRole, number> {
  const out = { hunter: 0, farmer: 0, coach: 0 };
  for (const r of MIX_ROLES) out[r] = ceilExact((people * mix[r]) / 100);
  return out;
}

/** Revenue the plan expects from people of each role, ¥ M (roles without a quota carry none). */
export function quotaOf(rolePeople: Record<MixRole, number>, quotas: PlannedMotion['quotas']): number {
  return MIX_ROLES.reduce((s, r) => s + rolePeople[r] * (quotas[r] ?? 0), 0);
}

/* ------------------------------------------------------------------------------------------ */
/* Warnings                                                                                    */
/* ------------------------------------------------------------------------------------------ */

export type CoverageWarning =
  /** A segment with no motion at all in this plan. */
  | { kind: 'uncovered'; severity: 'warning'; segmentId: string }
  /** A motion needs more people than the facilitator's limit. */
  | { kind: 'overLimit'; severity: 'warning'; motionId: string; people: number; limit: number }
  /**
   * A motion with a revenue threshold (dedicated executives) on a segment where some accounts
   * are below it: tested per account, so one giant account cannot hide ten small ones.
   */
  | {
      kind: 'belowThreshold';
      severity: 'warning';
      segmentId: string;
      motionId: string;
      /** Accounts of the segment below the threshold, smallest first. */
      below: AccountRevenue[];
      /** Accounts of the segment whose revenue is known. */
      known: number;
      threshold: number;
    }
  /** Each person would own more accounts than the motion's rule allows (dedicated executives 1–10). */
  | { kind: 'overMaxAccounts'; severity: 'warning'; motionId: string; capacity: number; max: number }
  /** The quota the plan's people carry is less than the floor's share of the covered potential. */
  | { kind: 'quotaBelowFloor'; severity: 'warning'; quota: number; potential: number; percent: number; floor: number }
  /** The quota is more than the covered accounts' potential: more than the client can sell them. */
  | { kind: 'quotaOverWallet'; severity: 'warning'; quota: number; potential: number; percent: number }
  /** Relationship motion on a transactional segment or the other way round: a hint, not an error. */
  | { kind: 'driveMismatch'; severity: 'hint'; segmentId: string; motionId: string; segmentDrive: Drive; motionDrive: Drive };

/* ------------------------------------------------------------------------------------------ */
/* Figures of one plan                                                                         */
/* ------------------------------------------------------------------------------------------ */

export interface CellFigures {
  coverage: Coverage;
  /** Covered accounts, fractional. */
  accounts: number;
  /** The cell's exact share of people (covered ÷ capacity × team), fractional. */
  fte: number;
  /**
   * People this cell adds to its row: whole people for a motion staffed per segment, its FTE for
   * a pooled one (the pooled motion rounds once, at its foot).
   */
  people: number;
  /** True when `people` is whole (staffed per segment). */
  whole: boolean;
  cost: number;
  /** Known revenue of the covered share of the segment, ¥ M. */
  revenue: number;
  /** Known potential (the client's wallet) of the covered share of the segment, ¥ M. */
  potential: number;
  warnings: CoverageWarning[];
}

export interface SegmentFigures {
  segment: Segment;
  facts: SegmentFacts;
  /** This segment's placements, in motion (column) order. */
  cells: CellFigures[];
  primary: CellFigures | null;
  shareTotal: number;
  accountsCovered: number;
  /** Σ of the cells' people: exact FTE where a pooled motion covers it. */
  people: number;
  cost: number;
  warnings: CoverageWarning[];
}

export interface MotionFigures {
  motion: PlannedMotion;
  staffing: Staffing;
  unit: StaffingUnit;
  /** Whole units staffed: people, or territories for a motion sized in territories. */
  units: number;
  accounts: number;
  /** Σ of the cells' exact FTE. */
  fte: number;
  /** Whole people: pooled = ceil(Σ covered ÷ capacity) × team; per segment = Σ cells. */
  people: number;
  cost: number;
  /** Segments this motion covers. */
  segments: number;
  rolePeople: Record<MixRole, number>;
  /** Revenue the motion's people carry as quota, ¥ M. */
  quota: number;
  /** Known revenue of the accounts the motion covers, ¥ M. */
  revenue: number;
  /** Known potential of the accounts the motion covers, ¥ M: what its quota is sold from. */
  potential: number;
  warnings: CoverageWarning[];
}

export interface PlanTotals {
  accounts: number;
  accountsCovered: number;
  /** Σ motions' whole people. */
  people: number;
  /** Σ rows' exact FTE; people − fte is what pooled motions round up. */
  fte: number;
  cost: number;
  uncoveredSegments: number;
  rolePeople: Record<MixRole, number>;
  quota: number;
  /** Known revenue of the covered accounts, ¥ M. */
  revenue: number;
  /** Known potential (the client's wallet) of the covered accounts, ¥ M. */
  potential: number;
  /**
   * quota ÷ covered potential × 100; null when no role carries a quota or no potential is known.
   * The base is the potential, not the accounts' own revenue (their company size): the quota is
   * what the client sells to them, so it can at most be all of their wallet (100 %).
   */
  quotaCoverage: number | null;
}

export interface PlanFigures {
  segments: SegmentFigures[];
  motions: MotionFigures[];
  /** Cell of a segment × motion, keyed by cellKey(). */
  cells: ReadonlyMap<string, CellFigures>;
  totals: PlanTotals;
  /** Every warning and hint of the plan, rows first then columns, then the plan's. */
  warnings: CoverageWarning[];
}

export const cellKey = (segmentId: string, motionId: string) => `${segmentId}\u0000${motionId}`;

export interface PlanInput {
  /** In board order. */
  segments: readonly Segment[];
  /** In board order, with this plan's assumptions (plannedMotions()). */
  motions: readonly PlannedMotion[];
  /** The placements of one scenario (others are ignored by the caller). */
  coverage: Iterable<Coverage>;
  facts: ReadonlyMap<string, SegmentFacts>;
  /** The plan's quota floor, percent of the covered potential (scenario.quotaFloor); omitted or 0 = no floor. */
  quotaFloor?: number;
}

function cellWarnings(segment: Segment, facts: SegmentFacts, motion: PlannedMotion): CoverageWarning[] {
  const out: CoverageWarning[] = [];
  const threshold = motion.revenueThreshold;
  if (threshold !== null) {
    const below = accountsBelow(facts, threshold);
    if (below.length > 0) {
      out.push({ kind: 'belowThreshold', severity: 'warning', segmentId: segment.id, motionId: motion.id, below, known: facts.revenueCount, threshold });
    }
  }
  if (segment.drive !== null && segment.drive !== motion.drive) {
    out.push({
      kind: 'driveMismatch',
      severity: 'hint',
      segmentId: segment.id,
      motionId: motion.id,
      segmentDrive: segment.drive,
      motionDrive: motion.drive,
    });
  }
  return out;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Every figure and warning of one coverage plan. */
export function planFigures(input: PlanInput): PlanFigures {
  const motionIndex = new Map(input.motions.map((m, i) => [m.id, i]));
  const segmentIds = new Set(input.segments.map((s) => s.id));
  const bySegment = new Map<string, Coverage[]>();
  for (const c of input.coverage) {
    // A placement of a deleted segment or motion cannot exist (their delete removes it); skip
    // rather than crash if an old file carries one.
    if (!segmentIds.has(c.segmentId) || !motionIndex.has(c.motionId)) continue;
    const list = bySegment.get(c.segmentId) ?? [];
    list.push(c);
    bySegment.set(c.segmentId, list);
  }
  const units = input.motions.map(unitOf);

  const cells = new Map<string, CellFigures>();
  const cellsOfMotion = input.motions.map(() => [] as CellFigures[]);
  const segments: SegmentFigures[] = input.segments.map((segment) => {
    const facts = input.facts.get(segment.id) ?? NO_FACTS;
    const rows = (bySegment.get(segment.id) ?? []).sort((a, b) => motionIndex.get(a.motionId)! - motionIndex.get(b.motionId)!);
    const segCells = rows.map((coverage): CellFigures => {
      const i = motionIndex.get(coverage.motionId)!;
      const motion = input.motions[i]!;
      const unit = units[i]!;
      const accounts = coveredAccounts(facts.accounts, coverage.share);
      checkCapacity(unit.accounts);
      const exactUnits = accounts / unit.accounts;
      const fte = exactUnits * unit.people;
      const whole = motion.staffing === 'perSegment';
      const wholeUnits = whole ? unitsFor(accounts, unit) : exactUnits;
      const cell: CellFigures = {
        coverage,
        accounts,
        fte,
        people: whole ? wholeUnits * unit.people : fte,
        whole,
        cost: wholeUnits * unit.cost,
        revenue: (facts.revenueTotal * coverage.share) / 100,
        potential: (facts.potentialTotal * coverage.share) / 100,
        warnings: cellWarnings(segment, facts, motion),
      };
      cells.set(cellKey(segment.id, motion.id), cell);
      cellsOfMotion[i]!.push(cell);
      return cell;
    });
    const warnings: CoverageWarning[] = segCells.length === 0 ? [{ kind: 'uncovered', severity: 'warning', segmentId: segment.id }] : [];
    return {
      segment,
      facts,
      cells: segCells,
      primary: segCells.find((c) => c.coverage.role === 'primary') ?? null,
      shareTotal: sum(segCells.map((c) => c.coverage.share)),
      accountsCovered: sum(segCells.map((c) => c.accounts)),
      people: sum(segCells.map((c) => c.people)),
      cost: sum(segCells.map((c) => c.cost)),
      warnings,
    };
  });

  const motions: MotionFigures[] = input.motions.map((motion, i) => {
    const own = cellsOfMotion[i]!;
    const unit = units[i]!;
    const accounts = sum(own.map((c) => c.accounts));
    const pooled = motion.staffing === 'pooled';
    const wholeUnits = pooled ? unitsFor(accounts, unit) : sum(own.map((c) => c.people)) / unit.people;
    const people = pooled ? wholeUnits * unit.people : sum(own.map((c) => c.people));
    const rolePeople = peopleByRole(people, motion.roles);
    const warnings: CoverageWarning[] = [];
    if (motion.peopleLimit !== null && people > motion.peopleLimit) {
      warnings.push({ kind: 'overLimit', severity: 'warning', motionId: motion.id, people, limit: motion.peopleLimit });
    }
    // Accounts one person owns: the capacity, or a territory's accounts shared by its team.
    const perPerson = unit.accounts / unit.people;
    if (motion.maxAccountsPerPerson !== null && perPerson > motion.maxAccountsPerPerson + 1e-9) {
      warnings.push({ kind: 'overMaxAccounts', severity: 'warning', motionId: motion.id, capacity: perPerson, max: motion.maxAccountsPerPerson });
    }
    return {
      motion,
      staffing: motion.staffing,
      unit,
      units: Math.round(wholeUnits),
      accounts,
      fte: sum(own.map((c) => c.fte)),
      people,
      cost: wholeUnits * unit.cost,
      segments: own.length,
      rolePeople,
      quota: quotaOf(rolePeople, motion.quotas),
      revenue: sum(own.map((c) => c.revenue)),
      potential: sum(own.map((c) => c.potential)),
      warnings,
    };
  });

  const rolePeople = { hunter: 0, farmer: 0, coach: 0 };
  for (const m of motions) for (const r of MIX_ROLES) rolePeople[r] += m.rolePeople[r];
  const quota = sum(motions.map((m) => m.quota));
  const revenue = sum(motions.map((m) => m.revenue));
  const anyQuota = input.motions.some((m) => MIX_ROLES.some((r) => m.quotas[r] !== null));
  const potential = sum(motions.map((m) => m.potential));
  const quotaCoverage = anyQuota && potential > 0 ? (quota / potential) * 100 : null;
  const planWarnings: CoverageWarning[] = [];
  if (quotaCoverage !== null && quotaCoverage > 100 + 1e-9) {
    planWarnings.push({ kind: 'quotaOverWallet', severity: 'warning', quota, potential, percent: quotaCoverage });
  }
  // A floor of 0 is no floor (the field is required in the record; 0 is a new plan's default).
  const floor = input.quotaFloor ?? 0;
  if (quotaCoverage !== null && floor > 0 && quotaCoverage < floor - 1e-9) {
    planWarnings.push({ kind: 'quotaBelowFloor', severity: 'warning', quota, potential, percent: quotaCoverage, floor });
  }

  const totals: PlanTotals = {
    accounts: sum(segments.map((f) => f.facts.accounts)),
    accountsCovered: sum(segments.map((f) => f.accountsCovered)),
    people: sum(motions.map((m) => m.people)),
    fte: sum(segments.map((f) => f.people)),
    cost: sum(motions.map((m) => m.cost)),
    uncoveredSegments: segments.filter((f) => f.cells.length === 0).length,
    rolePeople,
    quota,
    revenue,
    potential,
    quotaCoverage,
  };
  const warnings = [
    ...segments.flatMap((s) => [...s.warnings, ...s.cells.flatMap((c) => c.warnings)]),
    ...motions.flatMap((m) => m.warnings),
    ...planWarnings,
  ];
  return { segments, motions, cells, totals, warnings };
}

/* ------------------------------------------------------------------------------------------ */
/* Scenario comparison                                                                         */
/* ------------------------------------------------------------------------------------------ */

export interface Figure {
  people: number;
  cost: number;
}

export interface MotionComparison {
  motion: PlannedMotion;
  a: Figure;
  b: Figure;
  /** b − a. */
  delta: Figure;
}

export interface SegmentComparison {
  segment: Segment;
  /** Primary motion id in each plan (null = uncovered). */
  primaryA: string | null;
  primaryB: string | null;
  a: Figure;
  b: Figure;
  delta: Figure;
  /** Placements differ (motion, role or share). */
  changed: boolean;
}

export interface PlanComparison {
  a: PlanTotals;
  b: PlanTotals;
  delta: Figure & { uncoveredSegments: number };
  motions: MotionComparison[];
  segments: SegmentComparison[];
  /** Where plan b assumes something else than plan a (capacity, cost, team, limits, quotas). */
  assumptions: AssumptionDifference[];
}

const figure = (x: Figure): Figure => ({ people: x.people, cost: x.cost });
const minus = (b: Figure, a: Figure): Figure => ({ people: b.people - a.people, cost: b.cost - a.cost });

function placementsKey(s: SegmentFigures): string {
  return s.cells.map((c) => `${c.coverage.motionId}:${c.coverage.role}:${c.coverage.share}`).join('|');
}

/**
 * Two plans side by side: totals and per-motion differences (b − a). Both must be figured over the
 * same segments and motions (the board's), so rows line up.
 */
export function comparePlans(a: PlanFigures, b: PlanFigures): PlanComparison {
  const bMotions = new Map(b.motions.map((m) => [m.motion.id, m]));
  const bSegments = new Map(b.segments.map((s) => [s.segment.id, s]));
  const zero: Figure = { people: 0, cost: 0 };
  return {
    a: a.totals,
    b: b.totals,
    delta: {
      ...minus(b.totals, a.totals),
      uncoveredSegments: b.totals.uncoveredSegments - a.totals.uncoveredSegments,
    },
    motions: a.motions.map((ma) => {
      const mb = bMotions.get(ma.motion.id);
      const fb = mb ? figure(mb) : zero;
      return { motion: ma.motion, a: figure(ma), b: fb, delta: minus(fb, ma) };
    }),
    segments: a.segments.map((sa) => {
      const sb = bSegments.get(sa.segment.id);
      const fb = sb ? figure(sb) : zero;
      return {
        segment: sa.segment,
        primaryA: sa.primary?.coverage.motionId ?? null,
        primaryB: sb?.primary?.coverage.motionId ?? null,
        a: figure(sa),
        b: fb,
        delta: minus(fb, sa),
        changed: !sb || placementsKey(sa) !== placementsKey(sb),
      };
    }),
    assumptions: assumptionDifferences(
      a.motions.map((m) => m.motion),
      b.motions.map((m) => m.motion),
    ),
  };
}
