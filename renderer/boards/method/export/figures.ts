import { defaultFunnel, fromVisits, fromWins, overallRate, stagesOutOfOrder, type FunnelRow } from '../../../../shared/calc/funnel';
import type { ExportInput } from '../../../../shared/export/input';
import type { Funnel, Stage } from '../../../../shared/records';

export interface MethodFigures {
  stages: Stage[];
  /** Stages whose probability is below the stage before them (the deck binds probability to stage). */
  outOfOrder: Array<{ stage: Stage; previous: Stage }>;
  /** The calculator's inputs: the room's, or the deck's default in the workshop's language. */
  funnel: Funnel;
  /** The calculator's answer in its mode (target wins → visits, or visits → wins). */
  rows: FunnelRow[];
  /** First step to win, percent. */
  overall: number;
}

/** The sales method board's figures, from the same functions the stages and funnel panels use. */
export function methodFigures(input: ExportInput): MethodFigures {
  const stages = input.records.stage;
  const names = input.t('method:funnel.defaultSteps', { returnObjects: true }) as unknown as string[];
  const funnel = input.settings?.funnel ?? defaultFunnel(names);
  const rows = funnel.mode === 'fromWins' ? fromWins(funnel.steps, funnel.targetWins) : fromVisits(funnel.steps, funnel.visits);
  return { stages, outOfOrder: stagesOutOfOrder(stages), funnel, rows, overall: overallRate(funnel.steps) };
}
