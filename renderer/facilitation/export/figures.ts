import { compareProposals, valueIn } from '../../../shared/breakout/compare';
import { consequencesOf, type Consequences } from '../../../shared/breakout/consequences';
import { changesOf, coverageState, mainState } from '../../../shared/breakout/state';
import { isAttached } from '../../../shared/calc/notes';
import { ballotCount, resultsVisible, tally } from '../../../shared/calc/votes';
import type { ExportInput } from '../../../shared/export/input';
import { BREAKOUT_BOARDS, type AnyRecord, type BreakoutBoard, type BreakoutGroup, type ParkingItem, type StickyNote, type Vote } from '../../../shared/records';
import { keyLabel, valueLabel, type LabelLookup } from './labels';

export interface VoteFigures {
  vote: Vote;
  /** Ranked, with names; empty while the results are hidden (an open hidden vote exports no counts). */
  results: { rank: number; item: string; dots: number }[];
  visible: boolean;
  ballots: number;
}

export interface NoteFigures {
  note: StickyNote;
  /** What it is stuck to, in words; '' on the board itself; null when that item was deleted. */
  on: string | null;
}

export interface ProposalFigures {
  group: BreakoutGroup;
  board: BreakoutBoard;
  /** The group's differences from the main board, in words. */
  changes: { item: string; main: string; proposed: string; conflict: boolean }[];
  consequences: Consequences;
  main: Consequences;
}

export interface FacilitationFigures {
  votes: VoteFigures[];
  notes: NoteFigures[];
  parking: ParkingItem[];
  proposals: ProposalFigures[];
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((r) => [r.id, r]));

/**
 * The room's work for the files: every vote with its ranked result, the notes, the parking lot and
 * each breakout group's proposal (its differences and their consequences), computed with the same
 * shared/calc and shared/breakout functions as the panels.
 */
export function facilitationFigures(input: ExportInput): FacilitationFigures {
  const r = input.records;
  const t = input.t;
  const lookup: LabelLookup = { account: byId(r.account), segment: byId(r.segment), motion: byId(r.motion), route: byId(r.route), offering: byId(r.offering) };
  const name = (id: string) => {
    for (const list of [r.segment, r.account, r.motion, r.route, r.offering, r.stage, r.agendaItem, r.note, r.parkingItem] as readonly { id: string }[][]) {
      const found = list.find((x) => x.id === id) as AnyRecord | undefined;
      if (found) return 'name' in found ? found.name : 'title' in found ? found.title : 'text' in found ? found.text : id;
    }
    return t('facilitation:votes.gone');
  };
  const votes = r.vote.map((vote) => {
    const visible = resultsVisible(vote);
    return {
      vote,
      visible,
      ballots: ballotCount(vote, r.ballot),
      results: visible ? tally(vote, r.ballot).map((x) => ({ rank: x.rank, item: name(x.itemId), dots: x.dots })) : [],
    };
  });
  const all = new Map<string, AnyRecord>();
  for (const list of Object.values(r) as AnyRecord[][]) for (const rec of list) all.set(rec.id, rec);
  const notes = r.note.map((note) => ({
    note,
    on: !note.anchor ? '' : !isAttached(note, (id) => all.get(id)) ? null : note.anchor.kind === 'routesCell' ? `${lookup.segment.get(note.anchor.segmentId)?.name ?? '?'} · ${lookup.offering.get(note.anchor.offeringId)?.name ?? '?'}` : name(note.anchor.id),
  }));

  const facts = {
    accounts: r.account,
    segments: r.segment,
    motions: r.motion,
    assumptions: r.assumption,
    scenarios: byId(r.scenario),
    coverage: r.coverage,
    offerings: r.offering,
    routes: r.route,
    placements: r.placement,
    cellRules: r.cellRule,
    routeTarget: input.settings?.routeTarget ?? 7,
  };
  const activePlan = input.settings?.activeScenarioId ?? r.scenario[0]?.id ?? null;
  const proposals: ProposalFigures[] = [];
  for (const board of BREAKOUT_BOARDS) {
    const copies = r.breakoutCopy.filter((c) => c.board === board);
    for (const group of r.breakoutGroup) {
      const copy = copies.find((c) => c.groupId === group.id);
      if (!copy) continue;
      const plan = copy.sourceScenarioId ?? activePlan;
      const main = mainState(board, { accounts: r.account, segments: r.segment, offerings: r.offering, placements: r.placement, coverage: r.coverage }, plan);
      const planLive = copy.scenarioId !== null && facts.scenarios.has(copy.scenarioId);
      const own = changesOf(copy, board === 'coverage' && planLive ? coverageState(r.segment, r.coverage, copy.scenarioId) : undefined);
      // Conflicts are judged against every group's copy of the board, as in the compare view.
      const differences = compareProposals(
        main,
        copies.map((c) => ({ copyId: c.id, groupId: c.groupId, changes: c.id === copy.id ? own : changesOf(c, c.board === 'coverage' && c.scenarioId && facts.scenarios.has(c.scenarioId) ? coverageState(r.segment, r.coverage, c.scenarioId) : undefined) })),
      ).filter((d) => d.proposals.some((p) => p.copyId === copy.id));
      proposals.push({
        group,
        board,
        changes: differences.map((d) => ({
          item: keyLabel(board, d.key, lookup, t),
          main: valueLabel(board, d.main, lookup, t),
          proposed: valueLabel(board, valueIn(d, copy.id), lookup, t),
          conflict: d.conflict,
        })),
        consequences: consequencesOf(facts, plan, copy),
        main: consequencesOf(facts, plan, null),
      });
    }
  }
  return { votes, notes, parking: r.parkingItem, proposals };
}
