import { describe, expect, it } from 'vitest';
import { countUnitInHeader, detectFields, detectMapping, findHeaderRow, moneyUnitInHeader, withField } from '../../../shared/import';

describe('recognising columns by their headers', () => {
  it('maps a Chinese client list', () => {
    expect(
      detectFields(['序号', '客户名称', '所属行业', '大区', '城市', '年营业额（百万元）', '员工人数', '年物流支出（万元）', '潜力', '客户状态', '备注']),
    ).toEqual([null, 'name', 'industry', 'region', 'city', 'revenue', 'employees', 'spend', 'potential', 'status', 'notes']);
  });

  it('maps an English list, with headers in any case and with punctuation', () => {
    expect(detectFields(['Account Name', 'INDUSTRY', 'Region', 'City', 'Annual revenue ($M)', 'No. of employees', 'Spend', 'Status', 'Notes:'])).toEqual([
      'name', 'industry', 'region', 'city', 'revenue', 'employees', 'spend', 'status', 'notes',
    ]);
  });

  it('reads alternative words: 公司名称, 营业收入, 采购额, 区域/大区, and a year in front', () => {
    expect(detectFields(['公司名称', '区域/大区', '2023年营业收入（万元）', '采购额'])).toEqual(['name', 'region', 'revenue', 'spend']);
    expect(detectFields(['Company', 'Sector', 'Turnover', 'Headcount'])).toEqual(['name', 'industry', 'revenue', 'employees']);
  });

  it('does not take a contact, an id or a growth rate for the field it mentions', () => {
    expect(detectFields(['客户编号', '联系人姓名', '客户名称', '营业收入增长率', '营业收入'])).toEqual([null, null, 'name', null, 'revenue']);
  });

  it('gives each field to one column only: the surest header wins', () => {
    expect(detectFields(['客户', '客户名称'])).toEqual([null, 'name']);
    expect(detectFields(['省份', '区域'])).toEqual([null, 'region']);
    expect(detectFields(['省份', '城市'])).toEqual(['region', 'city']);
  });

  it('finds the header below merged title rows and notes', () => {
    const rows = [['2024年重点客户名单', '', '', ''], ['单位：百万元', '', '', ''], ['客户名称', '行业', '区域', '年营业额'], ['深圳华信有限公司', '电子制造', '华南', '120']];
    expect(findHeaderRow(rows)).toBe(2);
  });

  it('takes the first full-width row as header when no header word is known', () => {
    expect(findHeaderRow([['Report'], ['Foo', 'Bar', 'Baz'], ['1', '2', '3']])).toBe(1);
    expect(findHeaderRow([['A', 'B'], ['1', '2']])).toBe(0);
  });
});

describe('units in headers', () => {
  it('reads Chinese and English money units to currency and power of ten', () => {
    expect(moneyUnitInHeader('年营业额（百万元）')).toEqual({ currency: 'CNY', exp: 6 });
    expect(moneyUnitInHeader('年营业额(万元)')).toEqual({ currency: 'CNY', exp: 4 });
    expect(moneyUnitInHeader('营业收入/亿元')).toEqual({ currency: 'CNY', exp: 8 });
    expect(moneyUnitInHeader('年营业额万元')).toEqual({ currency: 'CNY', exp: 4 });
    expect(moneyUnitInHeader('销售额（元）')).toEqual({ currency: 'CNY', exp: 0 });
    expect(moneyUnitInHeader('Revenue (¥M)')).toEqual({ currency: 'CNY', exp: 6 });
    expect(moneyUnitInHeader('Revenue ($M)')).toEqual({ currency: 'USD', exp: 6 });
    expect(moneyUnitInHeader('Revenue, USD bn')).toEqual({ currency: 'USD', exp: 9 });
    expect(moneyUnitInHeader("Revenue (RMB '000)")).toEqual({ currency: 'CNY', exp: 3 });
    expect(moneyUnitInHeader('营业额（万美元）')).toEqual({ currency: 'USD', exp: 4 });
    expect(moneyUnitInHeader('Revenue')).toBeNull();
    expect(moneyUnitInHeader('Annual revenue')).toBeNull();
  });

  it('reads people units', () => {
    expect(countUnitInHeader('员工人数（千人）')).toEqual({ currency: null, exp: 3 });
    expect(countUnitInHeader('员工人数（人）')).toBeNull();
    expect(countUnitInHeader('Employees (k)')).toEqual({ currency: null, exp: 3 });
  });

  it('guesses plain yuan from the values when a money header names no unit and the numbers are huge', () => {
    const table = { headers: ['客户名称', '年营业额'], rows: [['A', '125,000,000'], ['B', '88000000'], ['C', '3,000,000']] };
    expect(detectMapping(table)[1]).toEqual({ field: 'revenue', unit: { currency: 'CNY', exp: 0 }, unitFrom: 'values' });
    const small = { headers: ['客户名称', '年营业额'], rows: [['A', '125'], ['B', '88']] };
    expect(detectMapping(small)[1]).toEqual({ field: 'revenue', unit: { currency: 'CNY', exp: 6 }, unitFrom: 'default' });
  });

  it('moves a field from the column that had it when the user gives it to another', () => {
    const table = { headers: ['客户名称', '简称'], rows: [['深圳华信有限公司', '华信']] };
    const m = withField(table, detectMapping(table), 1, 'name');
    expect(m.map((c) => c.field)).toEqual([null, 'name']);
  });
});

describe('headers of a Traditional Chinese list', () => {
  it('are recognised like their simplified forms', () => {
    const table = { headers: ['客戶名稱', '行業', '區域', '營業額（萬元）', '員工人數', '備註'], rows: [] };
    expect(detectMapping(table).map((m) => m.field)).toEqual(['name', 'industry', 'region', 'revenue', 'employees', 'notes']);
  });
});

describe('units in a Traditional Chinese header', () => {
  it('read 萬元 and 億元 as 万元 and 亿元', () => {
    expect(moneyUnitInHeader('營業額（萬元）')).toEqual({ currency: 'CNY', exp: 4 });
    expect(moneyUnitInHeader('營業額（億元）')).toEqual({ currency: 'CNY', exp: 8 });
  });
});
