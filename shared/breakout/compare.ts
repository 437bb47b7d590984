import type { BreakoutChange } from '../records';

/** One group's copy as the compare reads it: who, and what it changed against the main board. */
export interface Proposal {
  copyId: string;
  groupId: string;
  changes: readonly BreakoutChange[];
}

export interface ProposedValue {
  copyId: string;
  groupId: string;
  /** The main board's value when the group changed it. */
  from: string | null;
  /** The group's value; null = the group deleted the thing. */
  to: string | null;
}

/**
 * One thing (an account's segment, a coverage row, a routes cell) that at least one copy says
 * differently from the main board.
 */
export interface Difference {
  key: string;
  /** The main board's value now; null = not (or no longer) on the main board. */
  main: string | null;
  /** The copies that say something else than the main board now, in the order given. */
  proposals: ProposedValue[];
  /** Two copies propose different values (a deletion against a change included). */
  groupsDisagree: boolean;
  /** The main board changed the thing after a group copied it: taking the group's value would undo that. */
  mainMoved: boolean;
  /** Either: the facilitator has to decide; nothing is taken by default. */
  conflict: boolean;
}

/**
 * The differences between the main board and any number of copies, key by key, in the order the
 * copies changed them. The same change made by two groups is one difference without a conflict;
 * a change a copy made that the main board now says too (merged already, or made there as well)
 * is no difference at all.
 */
export function compareProposals(main: ReadonlyMap<string, string>, proposals: readonly Proposal[]): Difference[] {
  const byKey = new Map<string, ProposedValue[]>();
  for (const p of proposals) {
    for (const c of p.changes) {
      const now = main.get(c.key) ?? null;
      if (c.to === now) continue;
      const list = byKey.get(c.key) ?? [];
      list.push({ copyId: p.copyId, groupId: p.groupId, from: c.from, to: c.to });
      byKey.set(c.key, list);
    }
  }
  return [...byKey].map(([key, list]) => {
    const now = main.get(key) ?? null;
    const groupsDisagree = new Set(list.map((v) => v.to)).size > 1;
    const mainMoved = list.some((v) => v.from !== now);
    return { key, main: now, proposals: list, groupsDisagree, mainMoved, conflict: groupsDisagree || mainMoved };
  });
}

/** The facilitator's choice for one difference: take this copy's value. */
export interface MergePick {
  key: string;
  copyId: string;
}

export type MergeRefusal = { reason: 'not_a_difference'; key: string } | { reason: 'picked_twice'; key: string } | { reason: 'not_in_copy'; key: string; copyId: string };

/**
 * The values a merge writes to the main board, one per picked key, or why it cannot: a key picked
 * twice (two groups' values for one thing: the facilitator must decide), a key that is no
 * difference (already merged), a copy that proposes nothing for it. Pure, so the command and the
 * compare view agree on what a merge would do.
 */
export function planMerge(differences: readonly Difference[], picks: readonly MergePick[]): { ok: true; writes: { key: string; to: string | null }[] } | { ok: false; refusal: MergeRefusal } {
  const byKey = new Map(differences.map((d) => [d.key, d]));
  const seen = new Set<string>();
  const writes: { key: string; to: string | null }[] = [];
  for (const pick of picks) {
    if (seen.has(pick.key)) return { ok: false, refusal: { reason: 'picked_twice', key: pick.key } };
    seen.add(pick.key);
    const diff = byKey.get(pick.key);
    if (!diff) return { ok: false, refusal: { reason: 'not_a_difference', key: pick.key } };
    const value = diff.proposals.find((p) => p.copyId === pick.copyId);
    if (!value) return { ok: false, refusal: { reason: 'not_in_copy', key: pick.key, copyId: pick.copyId } };
    writes.push({ key: pick.key, to: value.to });
  }
  return { ok: true, writes };
}

/** What each copy shows for a difference: its own value if it changed the thing, else the main board's. */
export function valueIn(diff: Difference, copyId: string): string | null {
  const own = diff.proposals.find((p) => p.copyId === copyId);
  return own ? own.to : diff.main;
}
