import type { Account } from '../records';
import type { AccountTest } from './segmentsRules';
import { normalizeText } from './segmentsRules';

/**
 * Search and filters of the segments board. They highlight matching cards and dim the rest;
 * they never hide a card or change a figure (the room must still see the whole segment).
 */
export interface AccountFilter {
  /** Free text; every word must appear in the name, city, industry, region, status or notes. */
  query: string;
  /** Exact (case-insensitive) industry; null = any. */
  industry: string | null;
  region: string | null;
  /** Inclusive revenue range in ¥ M; null = open. */
  revenueMin: number | null;
  revenueMax: number | null;
}

export const NO_FILTER: AccountFilter = { query: '', industry: null, region: null, revenueMin: null, revenueMax: null };

export function isFilterActive(f: AccountFilter): boolean {
  return f.query.trim() !== '' || f.industry !== null || f.region !== null || f.revenueMin !== null || f.revenueMax !== null;
}

/** The filter as a test, or null when no filter is set (nothing is dimmed). */
export function compileFilter(f: AccountFilter): AccountTest | null {
  if (!isFilterActive(f)) return null;
  const words = normalizeText(f.query).split(/\s+/).filter(Boolean);
  const industry = f.industry === null ? null : normalizeText(f.industry);
  const region = f.region === null ? null : normalizeText(f.region);
  const { revenueMin, revenueMax } = f;
  return (a) => {
    if (industry !== null && normalizeText(a.industry) !== industry) return false;
    if (region !== null && normalizeText(a.region) !== region) return false;
    if (revenueMin !== null || revenueMax !== null) {
      if (a.revenue === null) return false;
      if (revenueMin !== null && a.revenue < revenueMin) return false;
      if (revenueMax !== null && a.revenue > revenueMax) return false;
    }
    if (words.length) {
      const text = normalizeText([a.name, a.city, a.industry, a.region, a.status, a.notes].join('\n'));
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  };
}

export interface ValueCount {
  value: string;
  count: number;
}

/**
 * The distinct non-empty values of a text field with how often they occur, most frequent first
 * (ties in locale order): the choices of the filter menus and of the rule editor.
 */
export function distinctValues(accounts: Iterable<Account>, field: 'industry' | 'region' | 'status' | 'city', locale = 'zh-CN'): ValueCount[] {
  const counts = new Map<string, ValueCount>();
  // 50,000 accounts hold a few dozen distinct spellings: each is normalized once, not per account.
  const bySpelling = new Map<string, ValueCount | null>();
  for (const a of accounts) {
    const raw = a[field];
    let hit = bySpelling.get(raw);
    if (hit === undefined) {
      const value = raw.trim();
      hit = null;
      if (value) {
        const key = normalizeText(value);
        hit = counts.get(key) ?? null;
        if (!hit) counts.set(key, (hit = { value, count: 0 }));
      }
      bySpelling.set(raw, hit);
    }
    if (hit) hit.count += 1;
  }
  const collator = new Intl.Collator(locale);
  return [...counts.values()].sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}
