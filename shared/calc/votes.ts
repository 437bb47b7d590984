import type { Ballot, Vote } from '../records';

export interface VoteResult {
  itemId: string;
  dots: number;
  /** 1 for the most dots; items with equal dots share a rank (1, 2, 2, 4). */
  rank: number;
}

/** Dots a group has put on the vote so far. */
export function dotsUsed(vote: Vote, group: number): number {
  return vote.dots.filter((d) => d.group === group).length;
}

export function dotsLeft(vote: Vote, group: number): number {
  return Math.max(0, vote.dotsPerGroup - dotsUsed(vote, group));
}

/** Dots of one group on one item (what the facilitator's buttons show while recording). */
export function groupDotsOn(vote: Vote, group: number, itemId: string): number {
  return vote.dots.filter((d) => d.group === group && d.itemId === itemId).length;
}

/** Whether the room may see the counts: always, or once the vote is closed when they are hidden. */
export function resultsVisible(vote: Vote): boolean {
  return !vote.hideResults || vote.status === 'closed';
}

/**
 * Every item in scope with its dots, most first; ties keep the order the items were given in, and
 * share a rank. Items nobody voted for are listed too (a zero is a result).
 */
export function tally(vote: Vote, ballots: Iterable<Ballot> = []): VoteResult[] {
  const counts = new Map(vote.itemIds.map((id) => [id, 0]));
  for (const d of vote.dots) if (counts.has(d.itemId)) counts.set(d.itemId, counts.get(d.itemId)! + 1);
  for (const b of ballots) if (b.voteId === vote.id) for (const id of b.itemIds) if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
  const sorted = vote.itemIds.map((itemId, k) => ({ itemId, dots: counts.get(itemId)!, k })).sort((a, b) => b.dots - a.dots || a.k - b.k);
  return sorted.map(({ itemId, dots }) => ({ itemId, dots, rank: 1 + sorted.filter((o) => o.dots > dots).length }));
}

/**
 * The vote whose counts a board shows on its items: the board's latest vote (in list order) whose
 * results the room may see. An open vote with hidden results shows nothing on the board, so the
 * projector never gives the count away early; several votes are kept, the latest one is on show.
 */
export function shownVote(votes: Iterable<Vote>, board: Vote['board']): Vote | null {
  let shown: Vote | null = null;
  for (const v of votes) if (v.board === board && resultsVisible(v) && (!shown || v.order > shown.order)) shown = v;
  return shown;
}

/** Dots on one item in a vote, the room's phone ballots included (0 when out of scope). */
export function dotsOn(vote: Vote, itemId: string, ballots: Iterable<Ballot> = []): number {
  if (!vote.itemIds.includes(itemId)) return 0;
  let n = 0;
  for (const d of vote.dots) if (d.itemId === itemId) n += 1;
  for (const b of ballots) if (b.voteId === vote.id) for (const id of b.itemIds) if (id === itemId) n += 1;
  return n;
}

/** How many devices have cast a ballot in a vote. */
export function ballotCount(vote: Vote, ballots: Iterable<Ballot>): number {
  let n = 0;
  for (const b of ballots) if (b.voteId === vote.id) n += 1;
  return n;
}

/** The vote a participant's phone may cast a ballot in: the latest open vote of the workshop. */
export function ballotVote(votes: Iterable<Vote>): Vote | null {
  let open: Vote | null = null;
  for (const v of votes) if (v.status === 'open' && (!open || v.order > open.order)) open = v;
  return open;
}

export interface VoteComparisonRow {
  itemId: string;
  /** This item's result in each vote, in the order the votes were given; null = not in that vote. */
  results: (VoteResult | null)[];
}

/**
 * Several votes side by side (the morning's vote against the afternoon's): every item of any of
 * them, ordered by its rank in the first vote, then by the next; a vote whose results are still
 * hidden contributes nothing (its column stays empty until it closes).
 */
export function compareVotes(votes: readonly Vote[], ballots: readonly Ballot[] = []): VoteComparisonRow[] {
  const tallies = votes.map((v) => (resultsVisible(v) ? new Map(tally(v, ballots).map((r) => [r.itemId, r])) : new Map<string, VoteResult>()));
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const v of votes) {
    for (const r of tally(v)) {
      if (seen.has(r.itemId)) continue;
      seen.add(r.itemId);
      ids.push(r.itemId);
    }
  }
  const rows = ids.map((itemId) => ({ itemId, results: tallies.map((t) => t.get(itemId) ?? null) }));
  const rankKey = (row: VoteComparisonRow) => row.results.map((r) => r?.rank ?? Number.MAX_SAFE_INTEGER);
  return rows
    .map((row, k) => ({ row, k, key: rankKey(row) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
      return a.k - b.k;
    })
    .map((x) => x.row);
}
