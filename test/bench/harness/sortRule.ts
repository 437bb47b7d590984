import type { AccountRow } from '../generate';

// Kept apart from seed.ts (which opens the real service) so the browser tests can use them too.

/** A generated row as the import would store it (¥ M and people as numbers). */
export function toAccountValues(row: AccountRow) {
  const num = (s: string) => (s === '' ? null : Number(s.replace(/,/g, '')));
  return {
    name: row.客户名称,
    industry: row.行业,
    region: row.区域,
    city: row.城市,
    revenue: num(row['年营业额（百万元）']),
    employees: num(row.员工人数),
    spend: num(row['年物流支出（百万元）']),
    status: row.状态,
    notes: row.备注,
  };
}

/**
 * Which column a generated account lands in, by the zh-CN template's segment rules (SIs and
 * ISVs by industry, the rest by revenue), with about one in ten left Unassigned, as after a real
 * workshop's first pass. Seeded, so every run sees the same board.
 */
export function segmentFor(values: Pick<ReturnType<typeof toAccountValues>, 'industry' | 'revenue'>, rnd: () => number): string | null {
  if (rnd() < 0.1) return null;
  if (values.industry === '系统集成') return 'seg-si';
  if (values.industry === '软件') return 'seg-isv';
  const revenue = values.revenue ?? 0;
  if (revenue >= 1000) return 'seg-integrated';
  if (revenue >= 300) return 'seg-key';
  if (revenue >= 50) return 'seg-mid';
  return 'seg-smb';
}

