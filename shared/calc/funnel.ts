import type { Funnel, FunnelStep, Stage } from '../records';

export interface FunnelRow {
  name: string;
  /** How many are needed (fromWins) or expected (fromVisits) at this step. */
  count: number;
}

/**
 * Target wins → how many must enter each step: wins ÷ (the product of the rates from that step to
 * the win), rounded up to whole customers once per step. Rounding each step on the rounded next
 * one would overstate the top (28 instead of 25 for 10 wins at 80 % × 4) and disagree with the
 * overall conversion shown beside it. A 0 % rate makes any win impossible: Infinity.
 */
export function fromWins(steps: readonly FunnelStep[], wins: number): FunnelRow[] {
  const counts = new Array<number>(steps.length);
  let reach = 1; // share of this step's entrants that end up winning
  for (let i = steps.length - 1; i >= 0; i--) {
    if (i < steps.length - 1) reach *= steps[i]!.rate / 100;
    counts[i] = wins === 0 ? 0 : reach === 0 ? Infinity : Math.ceil(wins / reach - 1e-9);
  }
  return steps.map((s, i) => ({ name: s.name, count: counts[i]! }));
}

/** Visits → expected customers at each step (expected values, so fractions are kept). */
export function fromVisits(steps: readonly FunnelStep[], visits: number): FunnelRow[] {
  let count = visits;
  return steps.map((s, i) => {
    const row = { name: s.name, count };
    if (i < steps.length - 1) count = (count * s.rate) / 100;
    return row;
  });
}

/** Overall conversion from the first step to the win, percent. */
export function overallRate(steps: readonly FunnelStep[]): number {
  return steps.slice(0, -1).reduce((p, s) => (p * s.rate) / 100, 100);
}

/**
 * The deck's rule: probability is bound to stage, so it must rise (or stay) from stage to stage.
 * Returns the stages whose probability is below the stage before them.
 */
export function stagesOutOfOrder(stages: readonly Stage[]): Array<{ stage: Stage; previous: Stage }> {
  const out: Array<{ stage: Stage; previous: Stage }> = [];
  for (let i = 1; i < stages.length; i++) {
    if (stages[i]!.probability < stages[i - 1]!.probability) out.push({ stage: stages[i]!, previous: stages[i - 1]! });
  }
  return out;
}

/** One opportunity's share of the pipeline: value × probability (¥ M). */
export function weightedValue(o: { value: number; probability: number }): number {
  return (o.value * o.probability) / 100;
}

/** Pipeline value = Σ value × stage probability (values in ¥ M). */
export function weightedPipeline(opportunities: ReadonlyArray<{ value: number; probability: number }>): number {
  return opportunities.reduce((sum, o) => sum + weightedValue(o), 0);
}

/**
 * The deck's funnel (80 % at each step) with step names in the workshop's or the interface's
 * language: what the calculator shows until the room first edits it.
 */
export function defaultFunnel(stepNames: readonly string[]): Funnel {
  return { steps: stepNames.map((name) => ({ name, rate: 80 })), mode: 'fromWins', targetWins: 10, visits: 100 };
}
