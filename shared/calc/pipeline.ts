import { sortByOrder } from '../order';
import type { Account, Criterion, FunnelStep, Opportunity, PipelineSettings, Route, ScoreBand, Segment, Stage } from '../records';
import { fromWins, weightedValue } from './funnel';

/** The checklist of a stage: its verifiable outcome, one item a line (blank lines ignored). */
export function outcomeItems(stage: Pick<Stage, 'outcome'>): string[] {
  return stage.outcome
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-•*·]\s*/, '').trim())
    .filter(Boolean);
}

/** The guiding questions of a stage for the opportunity plan, one a line. */
export function stageQuestions(stage: Pick<Stage, 'questions'>): string[] {
  return (stage.questions ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Outcomes of `stage` not yet checked on the opportunity (what moving on would skip). */
export function uncheckedOutcomes(opportunity: Pick<Opportunity, 'outcomes'>, stage: Stage): string[] {
  const done = new Set(opportunity.outcomes[stage.id] ?? []);
  return outcomeItems(stage).filter((_, i) => !done.has(i));
}

export type Recommendation = 'pursue' | 'qualify' | 'walkAway';

export interface Assessment {
  /** False until at least one criterion is scored. */
  scored: boolean;
  points: number;
  maxPoints: number;
  /** Points as percent of the maximum (what the thresholds and bands are in). */
  percent: number;
  recommendation: Recommendation | null;
  /** The highest probability the score allows (the deck's bands); null when not assessed. */
  cap: number | null;
}

/** The band a score falls in: the one with the highest minScore at or below it. */
export function bandOf(bands: readonly ScoreBand[], percent: number): ScoreBand | null {
  let best: ScoreBand | null = null;
  for (const b of bands) if (b.minScore <= percent + 1e-9 && (!best || b.minScore > best.minScore)) best = b;
  return best;
}

/** The go / no-go result of one opportunity's assessment form. Scores of deleted criteria do not count. */
export function assess(
  opportunity: Pick<Opportunity, 'scores'>,
  criteria: readonly Criterion[],
  settings: Pick<PipelineSettings, 'pursueFrom' | 'qualifyFrom' | 'bands'>,
): Assessment {
  let points = 0;
  let maxPoints = 0;
  let scored = false;
  for (const c of criteria) {
    maxPoints += c.maxPoints;
    const s = opportunity.scores[c.id];
    if (s !== undefined) {
      scored = true;
      points += Math.min(s, c.maxPoints);
    }
  }
  if (!scored || maxPoints === 0) return { scored: false, points: 0, maxPoints, percent: 0, recommendation: null, cap: null };
  const percent = (points / maxPoints) * 100;
  const recommendation: Recommendation = percent + 1e-9 >= settings.pursueFrom ? 'pursue' : percent + 1e-9 >= settings.qualifyFrom ? 'qualify' : 'walkAway';
  return { scored, points, maxPoints, percent, recommendation, cap: bandOf(settings.bands, percent)?.cap ?? null };
}

export interface ProbabilityBound {
  /** The highest probability allowed. */
  bound: number;
  /** What sets it: the stage's probability, or the assessment's band when that is lower. */
  by: 'stage' | 'assessment';
}

/** The deck's rule: an opportunity's probability may not be above its stage's (nor its assessment's cap). */
export function probabilityBound(stage: Pick<Stage, 'probability'>, assessment: Pick<Assessment, 'cap'> | null): ProbabilityBound {
  const cap = assessment?.cap;
  return cap !== null && cap !== undefined && cap < stage.probability ? { bound: cap, by: 'assessment' } : { bound: stage.probability, by: 'stage' };
}

export interface PipelineRow<K> {
  key: K;
  count: number;
  /** Σ value, ¥ M. */
  value: number;
  /** Σ value × probability, ¥ M. */
  weighted: number;
}

export interface Pipeline {
  /** Every stage in board order, empty ones included (the funnel shows them). */
  byStage: PipelineRow<Stage>[];
  /** Segments with opportunities, in board order; key null = the account is unassigned or gone. */
  bySegment: PipelineRow<Segment | null>[];
  /** Routes used, in board order; key null = no route chosen. */
  byRoute: PipelineRow<Route | null>[];
  total: PipelineRow<null>;
}

interface PipelineInput {
  opportunities: Iterable<Opportunity>;
  stages: readonly Stage[];
  accounts: ReadonlyMap<string, Account>;
  segments: readonly Segment[];
  routes: readonly Route[];
}

function grouped<K>(keys: readonly K[], idOf: (k: K) => string, rows: Map<string | null, PipelineRow<K | null>>, withNull: boolean) {
  const out: PipelineRow<K | null>[] = [];
  for (const k of keys) {
    const row = rows.get(idOf(k));
    if (row) out.push({ ...row, key: k });
  }
  const none = rows.get(null);
  if (withNull && none) out.push(none);
  return out;
}

/** The weighted pipeline: Σ value × probability per stage, segment and route, and in total. */
export function pipeline({ opportunities, stages, accounts, segments, routes }: PipelineInput): Pipeline {
  const stageRows = new Map<string, PipelineRow<Stage>>(stages.map((s) => [s.id, { key: s, count: 0, value: 0, weighted: 0 }]));
  const segRows = new Map<string | null, PipelineRow<Segment | null>>();
  const routeRows = new Map<string | null, PipelineRow<Route | null>>();
  const segmentIds = new Set(segments.map((s) => s.id));
  const routeIds = new Set(routes.map((r) => r.id));
  const total: PipelineRow<null> = { key: null, count: 0, value: 0, weighted: 0 };
  const add = <K>(rows: Map<string | null, PipelineRow<K | null>>, id: string | null, value: number, weighted: number) => {
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { key: null, count: 0, value: 0, weighted: 0 }));
    row.count += 1;
    row.value += value;
    row.weighted += weighted;
  };
  for (const o of opportunities) {
    const weighted = weightedValue(o);
    const stage = stageRows.get(o.stageId);
    if (stage) {
      stage.count += 1;
      stage.value += o.value;
      stage.weighted += weighted;
    }
    const segmentId = o.accountId ? (accounts.get(o.accountId)?.segmentId ?? null) : null;
    add(segRows, segmentId && segmentIds.has(segmentId) ? segmentId : null, o.value, weighted);
    add(routeRows, o.routeId && routeIds.has(o.routeId) ? o.routeId : null, o.value, weighted);
    total.count += 1;
    total.value += o.value;
    total.weighted += weighted;
  }
  return {
    byStage: sortByOrder(stages.slice()).map((s) => stageRows.get(s.id)!),
    bySegment: grouped(sortByOrder(segments.slice()), (s) => s.id, segRows, true),
    byRoute: grouped(sortByOrder(routes.slice()), (r) => r.id, routeRows, true),
    total,
  };
}

export interface TargetGap {
  target: number;
  weighted: number;
  /** What the weighted pipeline lacks to reach the target, ¥ M (0 when covered). */
  gap: number;
  /** Weighted pipeline ÷ target, percent; null without a target. */
  coverage: number | null;
  /** Average value of an opportunity on the board, ¥ M; null with none. */
  averageDeal: number | null;
  /** Wins of an average deal needed to close the gap; null without opportunities to average. */
  winsNeeded: number | null;
  /** Visits needed at the funnel's first step for those wins (the funnel calculator); Infinity if a rate is 0. */
  visitsNeeded: number | null;
}

/**
 * Target against weighted pipeline, and what closing the gap takes: the gap in average deals is
 * the wins needed, and the funnel calculator (fromWins) turns wins into first-step visits.
 */
export function targetGap(target: number, p: Pipeline, steps: readonly FunnelStep[]): TargetGap {
  const weighted = p.total.weighted;
  const gap = Math.max(0, target - weighted);
  const averageDeal = p.total.count > 0 && p.total.value > 0 ? p.total.value / p.total.count : null;
  const winsNeeded = averageDeal === null ? null : gap === 0 ? 0 : Math.ceil(gap / averageDeal - 1e-9);
  const visitsNeeded = winsNeeded === null || steps.length === 0 ? null : (fromWins(steps, winsNeeded)[0]?.count ?? null);
  return { target, weighted, gap, coverage: target > 0 ? (weighted / target) * 100 : null, averageDeal, winsNeeded, visitsNeeded };
}

/** Opportunities not yet won whose close date falls within `days` of `today` (YYYY-MM-DD), soonest first. */
export function closingSoon<O extends Pick<Opportunity, 'closeDate' | 'probability'>>(opportunities: Iterable<O>, today: string, days = 30): O[] {
  const end = new Date(`${today}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + days);
  const last = end.toISOString().slice(0, 10);
  return [...opportunities]
    .filter((o) => o.closeDate !== '' && o.probability < 100 && o.closeDate >= today && o.closeDate <= last)
    .sort((a, b) => (a.closeDate < b.closeDate ? -1 : a.closeDate > b.closeDate ? 1 : 0));
}

/** How many opportunities each recommendation got, and how many are not assessed. */
export function recommendationCounts(assessments: Iterable<Assessment>): Record<Recommendation | 'none', number> {
  const out: Record<Recommendation | 'none', number> = { pursue: 0, qualify: 0, walkAway: 0, none: 0 };
  for (const a of assessments) out[a.recommendation ?? 'none'] += 1;
  return out;
}
