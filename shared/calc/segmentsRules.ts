import type { Account, Segment, SegmentRules } from '../records';

/**
 * "Suggest segments": each segment's rules (revenue range, industries, regions, statuses) are
 * applied to the Unassigned accounts; an account goes to the FIRST segment in board order whose
 * rules it meets, so the facilitator decides precedence by ordering the columns.
 */

/** Text as the rules compare it: trimmed, case-folded, full-width letters and digits folded (NFKC). */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase();
}

/** A segment with no rule at all suggests nothing (it would otherwise swallow every account). */
export function hasRules(rules: SegmentRules): boolean {
  return (
    rules.revenueMin !== null ||
    rules.revenueMax !== null ||
    rules.industries.length > 0 ||
    rules.regions.length > 0 ||
    rules.statuses.length > 0
  );
}

export type AccountTest = (account: Account) => boolean;

/**
 * Compiles rules into a test. All given conditions must hold; an empty list means "any". A
 * revenue range is inclusive at both ends, and an account whose revenue is unknown does not meet
 * a range (it cannot be placed by size).
 */
export function compileRules(rules: SegmentRules): AccountTest {
  if (!hasRules(rules)) return () => false;
  const { revenueMin, revenueMax } = rules;
  const bySize = revenueMin !== null || revenueMax !== null;
  const industries = new Set(rules.industries.map(normalizeText));
  const regions = new Set(rules.regions.map(normalizeText));
  const statuses = new Set(rules.statuses.map(normalizeText));
  return (a) => {
    if (bySize) {
      if (a.revenue === null) return false;
      if (revenueMin !== null && a.revenue < revenueMin) return false;
      if (revenueMax !== null && a.revenue > revenueMax) return false;
    }
    if (industries.size && !industries.has(normalizeText(a.industry))) return false;
    if (regions.size && !regions.has(normalizeText(a.region))) return false;
    if (statuses.size && !statuses.has(normalizeText(a.status))) return false;
    return true;
  };
}

export function matchesRules(rules: SegmentRules, account: Account): boolean {
  return compileRules(rules)(account);
}

export interface SuggestedMove {
  accountId: string;
  segmentId: string;
}

export interface Suggestions {
  /** In the order of the accounts given (the Unassigned column's order). */
  moves: SuggestedMove[];
  /** Accounts no segment's rules match: they stay in Unassigned. */
  unmatched: number;
}

/**
 * The proposed moves for `accounts` (normally the Unassigned column) given the segments in board
 * order. Pure: the dialog shows them, and the accepted ones become one command.
 */
export function suggestSegments(segments: readonly Segment[], accounts: readonly Account[]): Suggestions {
  const tests = segments.filter((s) => hasRules(s.rules)).map((s) => ({ id: s.id, test: compileRules(s.rules) }));
  const moves: SuggestedMove[] = [];
  let unmatched = 0;
  for (const account of accounts) {
    const hit = tests.find((t) => t.test(account));
    if (hit) moves.push({ accountId: account.id, segmentId: hit.id });
    else unmatched += 1;
  }
  return { moves, unmatched };
}
