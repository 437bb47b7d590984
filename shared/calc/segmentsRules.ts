import { EMPTY_RULES, type Account, type Segment, type SegmentRules } from '../records';

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

/** One of a segment's rules, as the explanation names it. */
export type RuleName = 'revenue' | 'industries' | 'regions' | 'statuses';

/**
 * Why a segment with rules got no proposal, so the room can fix the rule rather than guess:
 * - `no_rules`: it has none (it never suggests);
 * - `rule_matches_none`: these rules each match none of the accounts looked at (a typo in an
 *   industry, an industry the client's list spells differently);
 * - `no_account_meets_all`: each rule matches some accounts, but no account meets all of them;
 * - `taken_earlier`: its accounts all went to columns before it (first matching column wins).
 */
export type EmptySegmentReason =
  | { segmentId: string; kind: 'no_rules' }
  | { segmentId: string; kind: 'rule_matches_none'; rules: RuleName[] }
  | { segmentId: string; kind: 'no_account_meets_all' }
  | { segmentId: string; kind: 'taken_earlier'; matching: number; takenBy: string[] };

function singleRules(rules: SegmentRules): { name: RuleName; test: AccountTest }[] {
  const out: { name: RuleName; test: AccountTest }[] = [];
  if (rules.revenueMin !== null || rules.revenueMax !== null) {
    out.push({ name: 'revenue', test: compileRules({ ...EMPTY_RULES, revenueMin: rules.revenueMin, revenueMax: rules.revenueMax }) });
  }
  if (rules.industries.length) out.push({ name: 'industries', test: compileRules({ ...EMPTY_RULES, industries: rules.industries }) });
  if (rules.regions.length) out.push({ name: 'regions', test: compileRules({ ...EMPTY_RULES, regions: rules.regions }) });
  if (rules.statuses.length) out.push({ name: 'statuses', test: compileRules({ ...EMPTY_RULES, statuses: rules.statuses }) });
  return out;
}

/** For every segment that `suggestions` gives no move, why (in board order). */
export function explainEmptySegments(segments: readonly Segment[], accounts: readonly Account[], suggestions: Suggestions): EmptySegmentReason[] {
  const proposed = new Set(suggestions.moves.map((m) => m.segmentId));
  const segmentOf = new Map(suggestions.moves.map((m) => [m.accountId, m.segmentId]));
  const out: EmptySegmentReason[] = [];
  for (const segment of segments) {
    if (proposed.has(segment.id)) continue;
    if (!hasRules(segment.rules)) {
      out.push({ segmentId: segment.id, kind: 'no_rules' });
      continue;
    }
    const matchingNone = singleRules(segment.rules)
      .filter((r) => !accounts.some(r.test))
      .map((r) => r.name);
    if (matchingNone.length) {
      out.push({ segmentId: segment.id, kind: 'rule_matches_none', rules: matchingNone });
      continue;
    }
    const test = compileRules(segment.rules);
    const matching = accounts.filter(test);
    if (!matching.length) {
      out.push({ segmentId: segment.id, kind: 'no_account_meets_all' });
      continue;
    }
    const takenBy = [...new Set(matching.map((a) => segmentOf.get(a.id)).filter((id): id is string => id !== undefined))];
    out.push({ segmentId: segment.id, kind: 'taken_earlier', matching: matching.length, takenBy });
  }
  return out;
}
