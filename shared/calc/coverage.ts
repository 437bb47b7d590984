import { AppError } from '../errors';
import type { Account, Coverage, Drive, Motion, Segment } from '../records';

/**
 * The coverage board's live figures, derived from records every time (never stored), so editing a
 * capacity, a cost or a share changes every figure at once.
 *
 * People are staffed per segment: each segment has one owner and its own team per motion (the
 * deck's "one owner per account"), so a cell's people are rounded up on their own and a motion's
 * people are the sum of its cells. Rows, columns and the plan total therefore add up to the same
 * number the room sees.
 */

/* ------------------------------------------------------------------------------------------ */
/* Segment facts: what the accounts say about each segment                                     */
/* ------------------------------------------------------------------------------------------ */

export interface SegmentFacts {
  accounts: number;
  /** Sum of the known revenues, ¥ M. */
  revenueTotal: number;
  /** Accounts whose revenue is known. */
  revenueCount: number;
  /** Average revenue of the accounts whose revenue is known; null when none is. */
  averageRevenue: number | null;
}

export const NO_FACTS: SegmentFacts = { accounts: 0, revenueTotal: 0, revenueCount: 0, averageRevenue: null };

/** Counts and revenue per segment id (unassigned accounts are not in any segment). */
export function segmentFacts(accounts: Iterable<Pick<Account, 'segmentId' | 'revenue'>>): Map<string, SegmentFacts> {
  const out = new Map<string, SegmentFacts>();
  for (const a of accounts) {
    if (a.segmentId === null) continue;
    const f = out.get(a.segmentId) ?? { ...NO_FACTS };
    f.accounts += 1;
    if (a.revenue !== null) {
      f.revenueTotal += a.revenue;
      f.revenueCount += 1;
    }
    out.set(a.segmentId, f);
  }
  for (const f of out.values()) f.averageRevenue = f.revenueCount > 0 ? f.revenueTotal / f.revenueCount : null;
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* The arithmetic                                                                              */
/* ------------------------------------------------------------------------------------------ */

/** Accounts a share of a segment stands for (fractional: 41 accounts × 30 % = 12.3). */
export function coveredAccounts(accounts: number, share: number): number {
  return (accounts * share) / 100;
}

/**
 * People needed = ceil(accounts × share ÷ capacity). A capacity of 0 or less has no meaning (it
 * would need infinite people) and is refused with the same error the commands give.
 */
export function peopleNeeded(accounts: number, share: number, capacity: number): number {
  if (!(capacity > 0)) {
    throw new AppError('capacity_not_positive', `Capacity must be more than 0, got ${capacity}`, { motion: '', field: 'capacity' });
  }
  const exact = coveredAccounts(accounts, share) / capacity;
  // 100 accounts × 30 % ÷ 30 is 1.0000000000000002 in floating point; it is 1 person, not 2.
  return Math.ceil(Math.round(exact * 1e9) / 1e9);
}

/** Annual cost, ¥ M. */
export function costOf(people: number, costPerPerson: number): number {
  return people * costPerPerson;
}

/* ------------------------------------------------------------------------------------------ */
/* Warnings                                                                                    */
/* ------------------------------------------------------------------------------------------ */

export type CoverageWarning =
  /** A segment with no motion at all in this plan. */
  | { kind: 'uncovered'; severity: 'warning'; segmentId: string }
  /** A motion needs more people than the facilitator's limit. */
  | { kind: 'overLimit'; severity: 'warning'; motionId: string; people: number; limit: number }
  /** A motion with a revenue threshold (dedicated executives) on a segment whose average is below it. */
  | {
      kind: 'belowThreshold';
      severity: 'warning';
      segmentId: string;
      motionId: string;
      averageRevenue: number;
      threshold: number;
    }
  /** Relationship motion on a transactional segment or the other way round: a hint, not an error. */
  | { kind: 'driveMismatch'; severity: 'hint'; segmentId: string; motionId: string; segmentDrive: Drive; motionDrive: Drive };

/* ------------------------------------------------------------------------------------------ */
/* Figures of one plan                                                                         */
/* ------------------------------------------------------------------------------------------ */

export interface CellFigures {
  coverage: Coverage;
  /** Covered accounts, fractional. */
  accounts: number;
  people: number;
  cost: number;
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
  people: number;
  cost: number;
  warnings: CoverageWarning[];
}

export interface MotionFigures {
  motion: Motion;
  accounts: number;
  people: number;
  cost: number;
  /** Segments this motion covers. */
  segments: number;
  warnings: CoverageWarning[];
}

export interface PlanTotals {
  accounts: number;
  accountsCovered: number;
  people: number;
  cost: number;
  uncoveredSegments: number;
}

export interface PlanFigures {
  segments: SegmentFigures[];
  motions: MotionFigures[];
  /** Cell of a segment × motion, keyed by cellKey(). */
  cells: ReadonlyMap<string, CellFigures>;
  totals: PlanTotals;
  /** Every warning and hint of the plan, rows first then columns. */
  warnings: CoverageWarning[];
}

export const cellKey = (segmentId: string, motionId: string) => `${segmentId}\u0000${motionId}`;

export interface PlanInput {
  /** In board order. */
  segments: readonly Segment[];
  /** In board order. */
  motions: readonly Motion[];
  /** The placements of one scenario (others are ignored by the caller). */
  coverage: Iterable<Coverage>;
  facts: ReadonlyMap<string, SegmentFacts>;
}

function cellWarnings(segment: Segment, facts: SegmentFacts, motion: Motion): CoverageWarning[] {
  const out: CoverageWarning[] = [];
  if (motion.revenueThreshold !== null && facts.averageRevenue !== null && facts.averageRevenue < motion.revenueThreshold) {
    out.push({
      kind: 'belowThreshold',
      severity: 'warning',
      segmentId: segment.id,
      motionId: motion.id,
      averageRevenue: facts.averageRevenue,
      threshold: motion.revenueThreshold,
    });
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

  const cells = new Map<string, CellFigures>();
  const motionTotals = input.motions.map((motion) => ({ motion, accounts: 0, people: 0, cost: 0, segments: 0, warnings: [] as CoverageWarning[] }));
  const segments: SegmentFigures[] = input.segments.map((segment) => {
    const facts = input.facts.get(segment.id) ?? NO_FACTS;
    const rows = (bySegment.get(segment.id) ?? []).sort((a, b) => motionIndex.get(a.motionId)! - motionIndex.get(b.motionId)!);
    const segCells = rows.map((coverage): CellFigures => {
      const motion = input.motions[motionIndex.get(coverage.motionId)!]!;
      const accounts = coveredAccounts(facts.accounts, coverage.share);
      const people = peopleNeeded(facts.accounts, coverage.share, motion.capacity);
      const cell = { coverage, accounts, people, cost: costOf(people, motion.costPerPerson), warnings: cellWarnings(segment, facts, motion) };
      cells.set(cellKey(segment.id, motion.id), cell);
      const mt = motionTotals[motionIndex.get(motion.id)!]!;
      mt.accounts += cell.accounts;
      mt.people += cell.people;
      mt.cost += cell.cost;
      mt.segments += 1;
      return cell;
    });
    const warnings: CoverageWarning[] = segCells.length === 0 ? [{ kind: 'uncovered', severity: 'warning', segmentId: segment.id }] : [];
    return {
      segment,
      facts,
      cells: segCells,
      primary: segCells.find((c) => c.coverage.role === 'primary') ?? null,
      shareTotal: segCells.reduce((s, c) => s + c.coverage.share, 0),
      accountsCovered: segCells.reduce((s, c) => s + c.accounts, 0),
      people: segCells.reduce((s, c) => s + c.people, 0),
      cost: segCells.reduce((s, c) => s + c.cost, 0),
      warnings,
    };
  });

  for (const mt of motionTotals) {
    const limit = mt.motion.peopleLimit;
    if (limit !== null && mt.people > limit) {
      mt.warnings.push({ kind: 'overLimit', severity: 'warning', motionId: mt.motion.id, people: mt.people, limit });
    }
  }

  const totals: PlanTotals = {
    accounts: segments.reduce((s, f) => s + f.facts.accounts, 0),
    accountsCovered: segments.reduce((s, f) => s + f.accountsCovered, 0),
    people: segments.reduce((s, f) => s + f.people, 0),
    cost: segments.reduce((s, f) => s + f.cost, 0),
    uncoveredSegments: segments.filter((f) => f.cells.length === 0).length,
  };
  const warnings = [
    ...segments.flatMap((s) => [...s.warnings, ...s.cells.flatMap((c) => c.warnings)]),
    ...motionTotals.flatMap((m) => m.warnings),
  ];
  return { segments, motions: motionTotals, cells, totals, warnings };
}

/* ------------------------------------------------------------------------------------------ */
/* Scenario comparison                                                                         */
/* ------------------------------------------------------------------------------------------ */

export interface Figure {
  people: number;
  cost: number;
}

export interface MotionComparison {
  motion: Motion;
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
  };
}
