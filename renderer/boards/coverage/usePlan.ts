import { useMemo } from 'react';
import { plannedMotions, type PlannedMotion } from '../../../shared/calc/assumptions';
import { planFigures, segmentFacts, type PlanFigures, type SegmentFacts } from '../../../shared/calc/coverage';
import type { Scenario } from '../../../shared/records';
import { useOrdered, useRecordMap } from '../../state/selectors';
import { useSettings } from '../../state/workshopStore';

/** Accounts and revenue per segment; recomputed only when accounts change. */
export function useSegmentFacts(): ReadonlyMap<string, SegmentFacts> {
  const accounts = useRecordMap('account');
  return useMemo(() => segmentFacts(accounts.values()), [accounts]);
}

/** The plan the board shows: the settings' active scenario, or the first if that one is gone. */
export function useActiveScenario(): Scenario | null {
  const scenarios = useOrdered('scenario');
  const activeId = useSettings()?.activeScenarioId ?? null;
  return scenarios.find((s) => s.id === activeId) ?? scenarios[0] ?? null;
}

/** The motions with one plan's own assumptions (capacity, cost, team…), in board order. */
export function usePlannedMotions(scenarioId: string | null): PlannedMotion[] {
  const motions = useOrdered('motion');
  const assumptions = useRecordMap('assumption');
  return useMemo(() => plannedMotions(motions, assumptions.values(), scenarioId), [motions, assumptions, scenarioId]);
}

/** Every figure of one scenario, derived from the records (never stored): what-if is immediate. */
export function usePlan(scenarioId: string | null): PlanFigures {
  const segments = useOrdered('segment');
  const motions = usePlannedMotions(scenarioId);
  const coverage = useRecordMap('coverage');
  const scenarios = useRecordMap('scenario');
  const quotaFloor = scenarioId ? scenarios.get(scenarioId)?.quotaFloor : undefined;
  const facts = useSegmentFacts();
  return useMemo(
    () =>
      planFigures({
        segments,
        motions,
        coverage: [...coverage.values()].filter((c) => c.scenarioId === scenarioId),
        facts,
        ...(quotaFloor !== undefined ? { quotaFloor } : {}),
      }),
    [segments, motions, coverage, facts, scenarioId, quotaFloor],
  );
}
