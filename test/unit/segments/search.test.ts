import { describe, expect, it } from 'vitest';
import { compileFilter, distinctValues, isFilterActive, NO_FILTER } from '../../../shared/calc/segmentsSearch';
import { account } from './fixtures';

const accounts = [
  account({ id: '1', name: '深圳华信电子有限公司', industry: '电子制造', region: '华南', city: '深圳', revenue: 1240 }),
  account({ id: '2', name: '上海远盛快消品集团', industry: '快消品', region: '华东', city: '上海', revenue: 80 }),
  account({ id: '3', name: 'Shenzhen Tech Ltd', industry: '电子制造', region: '华南', city: '深圳', revenue: null, notes: '重点跟进' }),
];
const ids = (f: typeof NO_FILTER) => {
  const test = compileFilter(f);
  return test ? accounts.filter(test).map((a) => a.id) : null;
};

describe('search and filters', () => {
  it('is inactive with nothing set (nothing is dimmed)', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(ids(NO_FILTER)).toBeNull();
    expect(ids({ ...NO_FILTER, query: '   ' })).toBeNull();
  });

  it('finds every word of the query in name, city, industry, region, status or notes', () => {
    expect(ids({ ...NO_FILTER, query: '深圳' })).toEqual(['1', '3']);
    expect(ids({ ...NO_FILTER, query: 'shenzhen TECH' })).toEqual(['3']);
    expect(ids({ ...NO_FILTER, query: '深圳 跟进' })).toEqual(['3']);
  });

  it('combines industry, region and revenue range; an unknown revenue is outside any range', () => {
    expect(ids({ ...NO_FILTER, industry: '电子制造' })).toEqual(['1', '3']);
    expect(ids({ ...NO_FILTER, industry: '电子制造', revenueMin: 1000 })).toEqual(['1']);
    expect(ids({ ...NO_FILTER, region: '华东', revenueMax: 100 })).toEqual(['2']);
  });

  it('lists distinct values most frequent first, for the filter menus', () => {
    expect(distinctValues(accounts, 'industry')).toEqual([
      { value: '电子制造', count: 2 },
      { value: '快消品', count: 1 },
    ]);
  });

  it('counts spellings that differ only in case, width or spaces as one value, shown as first seen; blanks are no value', () => {
    const spelled = ['Retail', ' retail ', 'RETAIL', 'Ｒｅｔａｉｌ', '', '   ', 'Logistics', 'Retail'].map((industry, i) => account({ id: String(i), industry }));
    expect(distinctValues(spelled, 'industry', 'en')).toEqual([
      { value: 'Retail', count: 5 },
      { value: 'Logistics', count: 1 },
    ]);
  });
});
