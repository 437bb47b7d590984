import { plannedMotions } from '../../../../shared/calc/assumptions';
import { comparePlans, planFigures, segmentFacts, type PlanComparison, type PlanFigures } from '../../../../shared/calc/coverage';
import type { ExportInput } from '../../../../shared/export/input';
import type { Scenario } from '../../../../shared/records';

export interface PlanExport {
  scenario: Scenario;
  /** The plan the board shows (settings' active scenario, or the first). */
  active: boolean;
  figures: PlanFigures;
}

export interface CoverageFigures {
  /** Every plan in tab order. */
  plans: PlanExport[];
  /**
   * Each other plan against the active one, read as on the board's comparison panel
   * ("active − other"): comparePlans(other, active).
   */
  comparisons: Array<{ other: Scenario; comparison: PlanComparison }>;
}

/** The coverage board's figures for every plan, from the same functions the board uses. */
export function coverageFigures(input: ExportInput): CoverageFigures {
  const { segment: segments, motion: motions, assumption: assumptions, coverage, scenario: scenarios, account } = input.records;
  const facts = segmentFacts(account);
  const activeId = scenarios.some((s) => s.id === input.settings?.activeScenarioId) ? input.settings!.activeScenarioId : (scenarios[0]?.id ?? null);
  const plans = scenarios.map((scenario) => ({
    scenario,
    active: scenario.id === activeId,
    figures: planFigures({
      segments,
      motions: plannedMotions(motions, assumptions, scenario.id),
      coverage: coverage.filter((c) => c.scenarioId === scenario.id),
      facts,
      quotaFloor: scenario.quotaFloor,
    }),
  }));
  const active = plans.find((p) => p.active);
  const comparisons = active
    ? plans.filter((p) => !p.active).map((p) => ({ other: p.scenario, comparison: comparePlans(p.figures, active.figures) }))
    : [];
  return { plans, comparisons };
}
