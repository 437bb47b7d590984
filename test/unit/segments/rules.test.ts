import { describe, expect, it } from 'vitest';
import { explainEmptySegments, hasRules, matchesRules, suggestSegments } from '../../../shared/calc/segmentsRules';
import { EMPTY_RULES } from '../../../shared/records';
import { account, segment } from './fixtures';

describe('segment rules', () => {
  it('matches a revenue range inclusive at both ends, and never an unknown revenue', () => {
    const rules = { ...EMPTY_RULES, revenueMin: 50, revenueMax: 300 };
    expect(matchesRules(rules, account({ id: 'lo', revenue: 50 }))).toBe(true);
    expect(matchesRules(rules, account({ id: 'hi', revenue: 300 }))).toBe(true);
    expect(matchesRules(rules, account({ id: 'above', revenue: 300.1 }))).toBe(false);
    expect(matchesRules(rules, account({ id: 'below', revenue: 49.9 }))).toBe(false);
    expect(matchesRules(rules, account({ id: 'unknown', revenue: null }))).toBe(false);
  });

  it('matches industries, regions and statuses case-insensitively and ignoring spaces and full-width letters', () => {
    const rules = { ...EMPTY_RULES, industries: ['Software', '系统集成'], regions: ['华南'], statuses: ['现有客户'] };
    expect(matchesRules(rules, account({ id: 'a', industry: ' software ', region: '华南', status: '现有客户' }))).toBe(true);
    expect(matchesRules(rules, account({ id: 'b', industry: 'ＳＯＦＴＷＡＲＥ', region: '华南', status: '现有客户' }))).toBe(true);
    expect(matchesRules(rules, account({ id: 'c', industry: '系统集成', region: '华东', status: '现有客户' }))).toBe(false);
    expect(matchesRules(rules, account({ id: 'd', industry: '软件', region: '华南', status: '现有客户' }))).toBe(false);
  });

  it('treats a segment without rules as matching nothing', () => {
    expect(hasRules(EMPTY_RULES)).toBe(false);
    expect(matchesRules(EMPTY_RULES, account({ id: 'a', revenue: 10 }))).toBe(false);
  });

  it('suggests the first matching segment in board order and counts what stays unassigned', () => {
    const segments = [
      segment('big', { revenueMin: 1000 }),
      segment('none'),
      segment('key', { revenueMin: 300, revenueMax: 1000 }),
      segment('si', { industries: ['系统集成'] }),
    ];
    const accounts = [
      account({ id: 'a', revenue: 1000, industry: '系统集成' }),
      account({ id: 'b', revenue: 500 }),
      account({ id: 'c', revenue: 20, industry: '系统集成' }),
      account({ id: 'd', revenue: 20 }),
      account({ id: 'e', revenue: null }),
    ];
    const { moves, unmatched } = suggestSegments(segments, accounts);
    expect(moves).toEqual([
      { accountId: 'a', segmentId: 'big' },
      { accountId: 'b', segmentId: 'key' },
      { accountId: 'c', segmentId: 'si' },
    ]);
    expect(unmatched).toBe(2);
    // Reordering the columns changes precedence: SIs first now takes account a too.
    const reordered = suggestSegments([segments[3]!, segments[0]!], accounts);
    expect(reordered.moves[0]).toEqual({ accountId: 'a', segmentId: 'si' });
  });
});

describe('why a segment gets no suggestion', () => {
  const segments = [
    segment('big', { revenueMin: 1000 }),
    segment('none'),
    segment('si', { industries: ['系统集成', '软件'] }),
    segment('southBig', { revenueMin: 1000, regions: ['华南'] }),
    segment('northSmall', { revenueMax: 100, regions: ['华北'] }),
    segment('typo', { regions: ['华南'], statuses: ['现有客户 '] }),
  ];
  const accounts = [
    account({ id: 'a', revenue: 2000, region: '华南', status: '潜在客户' }),
    account({ id: 'b', revenue: 50, region: '华南', status: '潜在客户' }),
    account({ id: 'c', revenue: 3000, region: '华北', status: '潜在客户' }),
  ];
  const reasons = explainEmptySegments(segments, accounts, suggestSegments(segments, accounts));

  it('names the rule that matches no account (the template’s industries on a list that has none of them)', () => {
    expect(reasons.find((r) => r.segmentId === 'si')).toEqual({ segmentId: 'si', kind: 'rule_matches_none', rules: ['industries'] });
    expect(reasons.find((r) => r.segmentId === 'typo')).toEqual({ segmentId: 'typo', kind: 'rule_matches_none', rules: ['statuses'] });
  });

  it('tells a segment without rules, one whose rules never hold together, and one whose accounts went to an earlier column', () => {
    expect(reasons.find((r) => r.segmentId === 'none')).toEqual({ segmentId: 'none', kind: 'no_rules' });
    expect(reasons.find((r) => r.segmentId === 'northSmall')).toEqual({ segmentId: 'northSmall', kind: 'no_account_meets_all' });
    expect(reasons.find((r) => r.segmentId === 'southBig')).toEqual({ segmentId: 'southBig', kind: 'taken_earlier', matching: 1, takenBy: ['big'] });
  });

  it('lists only the segments without a proposal, in board order', () => {
    expect(reasons.map((r) => r.segmentId)).toEqual(['none', 'si', 'southBig', 'northSmall', 'typo']);
  });
});
