import { useMemo } from 'react';
import { compareProposals, type Difference, type Proposal } from '../../../shared/breakout/compare';
import { consequencesOf, type Consequences } from '../../../shared/breakout/consequences';
import { changesOf, coverageState, mainState, withChanges, type BoardState } from '../../../shared/breakout/state';
import { sortByOrder } from '../../../shared/order';
import type { BreakoutBoard, BreakoutCopy, BreakoutGroup } from '../../../shared/records';
import { useActiveScenario } from '../../boards/coverage/usePlan';
import { useSettings, useWorkshop, type RecordsByType } from '../../state/workshopStore';

export interface BreakoutData {
  groups: BreakoutGroup[];
  /** The copy of this board each group has (a group without one is absent). */
  copies: Map<string, BreakoutCopy>;
  /** The main board's state (for coverage: the main plan the copies were made from). */
  main: BoardState;
  /** The main coverage plan the copies of this board compare against. */
  mainPlanId: string | null;
  /** Each copy's own state (what its tab shows). */
  states: Map<string, BoardState>;
  differences: Difference[];
  consequences: { main: Consequences; byCopy: Map<string, Consequences> };
}

function stateOfCopy(copy: BreakoutCopy, main: BoardState, records: RecordsByType): BoardState {
  if (copy.board !== 'coverage') return withChanges(main, copy.changes);
  return copy.scenarioId && records.scenario.has(copy.scenarioId) ? coverageState(records.segment.values(), records.coverage.values(), copy.scenarioId) : main;
}

/**
 * Everything the breakout workspace shows of one board, derived from the records with the pure
 * shared/breakout functions (the merge command runs the same compare, so what is shown is what merges).
 */
export function useBreakout(board: BreakoutBoard): BreakoutData {
  const records = useWorkshop((s) => s.records);
  const active = useActiveScenario();
  const routeTarget = useSettings()?.routeTarget ?? 7;
  return useMemo(() => {
    const groups = sortByOrder([...records.breakoutGroup.values()]);
    const copies = new Map<string, BreakoutCopy>();
    for (const c of records.breakoutCopy.values()) if (c.board === board) copies.set(c.groupId, c);
    // Coverage copies compare against the plan they were copied from (the active plan may be a group's).
    const ownPlans = new Set([...records.breakoutCopy.values()].map((c) => c.scenarioId));
    const firstSource = [...copies.values()][0]?.sourceScenarioId ?? null;
    const mainPlanId = firstSource && records.scenario.has(firstSource) ? firstSource : active && !ownPlans.has(active.id) ? active.id : (sortByOrder([...records.scenario.values()]).find((s) => !ownPlans.has(s.id))?.id ?? null);
    // Arrays, not iterators: every version's figures read the same records again.
    const input = {
      accounts: [...records.account.values()],
      segments: [...records.segment.values()],
      offerings: [...records.offering.values()],
      placements: [...records.placement.values()],
      coverage: [...records.coverage.values()],
    };
    const main = mainState(board, input, mainPlanId);
    const states = new Map<string, BoardState>();
    const proposals: Proposal[] = [];
    for (const g of groups) {
      const copy = copies.get(g.id);
      if (!copy) continue;
      const state = stateOfCopy(copy, main, records);
      states.set(copy.id, state);
      proposals.push({ copyId: copy.id, groupId: g.id, changes: changesOf(copy, copy.board === 'coverage' ? state : undefined) });
    }
    const facts = {
      ...input,
      motions: [...records.motion.values()],
      assumptions: [...records.assumption.values()],
      scenarios: records.scenario,
      routes: [...records.route.values()],
      cellRules: [...records.cellRule.values()],
      routeTarget,
    };
    const byCopy = new Map([...copies.values()].map((c) => [c.id, consequencesOf(facts, mainPlanId, c)]));
    return {
      groups,
      copies,
      main,
      mainPlanId,
      states,
      differences: compareProposals(main, proposals),
      consequences: { main: consequencesOf(facts, mainPlanId, null), byCopy },
    };
  }, [records, board, active, routeTarget]);
}
