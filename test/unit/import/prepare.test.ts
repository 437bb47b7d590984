import { describe, expect, it } from 'vitest';
import { blankAllKey, blankKey, canBlank, detectMapping, nameKey, prepareImport, withUnit, type SourceTable } from '../../../shared/import';

const plan = (table: SourceTable, options: Partial<Parameters<typeof prepareImport>[2]> = {}) =>
  prepareImport(table, detectMapping(table), { usdRate: 7.2, ...options });

describe('turning rows into accounts', () => {
  it('converts units in the header to ¥ M and reads people', () => {
    const table = {
      headers: ['客户名称', '年营业额（万元）', '年物流支出（亿元）', '潜力（元）', '员工人数（千人）'],
      rows: [['深圳华信有限公司', '12,345', '0.5', '2,500,000', '1.2']],
    };
    expect(plan(table).accounts).toEqual([{ name: '深圳华信有限公司', revenue: 123.45, spend: 50, potential: 2.5, employees: 1200 }]);
  });

  it('converts dollars at the given rate', () => {
    const table = { headers: ['Account', 'Revenue ($M)'], rows: [['Acme', '10']] };
    expect(plan(table, { usdRate: 7 }).accounts[0]).toEqual({ name: 'Acme', revenue: 70 });
  });

  it('lets a cell with its own unit override the column unit', () => {
    const table = { headers: ['客户名称', '年营业额（万元）'], rows: [['甲', '3.5亿'], ['乙', '3500']] };
    expect(plan(table).accounts.map((a) => a.revenue)).toEqual([350, 35]);
  });

  it('reads a header written on two lines in Excel (Alt+Enter)', () => {
    const table = { headers: ['客户\n名称', '年营业额\n（万元）'], rows: [['甲', '500']] };
    expect(plan(table).accounts).toEqual([{ name: '甲', revenue: 5 }]);
  });

  it('applies a unit the user picked', () => {
    const table = { headers: ['客户名称', '年营业额'], rows: [['甲', '3500']] };
    const mapping = withUnit(detectMapping(table), 1, { currency: 'CNY', exp: 4 });
    expect(prepareImport(table, mapping, { usdRate: 7.2 }).accounts[0]?.revenue).toBe(35);
  });

  it('keeps blank cells blank: empty text and no number', () => {
    const table = { headers: ['客户名称', '行业', '年营业额（百万元）'], rows: [['甲', '', ''], ['乙', '零售', '-']] };
    expect(plan(table).accounts).toEqual([
      { name: '甲', industry: '', revenue: null },
      { name: '乙', industry: '零售', revenue: null },
    ]);
  });

  it('cleans text: one line for names, invisible characters removed, line breaks kept in notes', () => {
    const table = { headers: ['客户名称', '备注'], rows: [['  深圳\u200b华信\n有限公司 ', '第一行\r\n第二行']] };
    expect(plan(table).accounts[0]).toEqual({ name: '深圳华信 有限公司', notes: '第一行\n第二行' });
  });

  it('keeps formula-like and HTML-like text as plain text', () => {
    const table = { headers: ['客户名称', '备注'], rows: [['=HYPERLINK("http://x","点击")', '<script>alert(1)</script>'], ['@SUM(A1)', '+1']] };
    expect(plan(table).accounts).toEqual([
      { name: '=HYPERLINK("http://x","点击")', notes: '<script>alert(1)</script>' },
      { name: '@SUM(A1)', notes: '+1' },
    ]);
  });
});

describe('the validation report', () => {
  const table: SourceTable = {
    headers: ['客户名称', '年营业额（百万元）', '员工人数', '行业'],
    rows: [
      ['深圳华信有限公司', '1,200', '500', '电子'],
      ['', '300', '20', '零售'],
      ['广州恒达集团', 'abc', '100-499', '快消'],
      ['上海鑫泰有限公司', '-5', '12.5', '汽车'],
      ['深圳华信有限公司', '10', '', ''],
      ['北京宏安', '#DIV/0!', '', 'x'.repeat(101)],
      ['合计', '1,505', '620', ''],
    ],
    rowNumbers: [3, 4, 5, 6, 7, 8, 9],
  };
  const result = plan(table);
  const report = result.problems.map((p) => [p.row, p.header, p.code, p.severity]);

  it('lists every problem with the file row, the column and what is wrong', () => {
    expect(report).toEqual([
      [4, '客户名称', 'name_missing', 'skip'],
      [5, '年营业额（百万元）', 'not_a_number', 'skip'],
      [5, '员工人数', 'range', 'skip'],
      [6, '年营业额（百万元）', 'negative', 'skip'],
      [6, '员工人数', 'rounded', 'warning'],
      [7, '客户名称', 'duplicate_in_file', 'warning'],
      [8, '年营业额（百万元）', 'formula_error', 'skip'],
      [8, '行业', 'too_long', 'skip'],
      [9, '客户名称', 'total_row', 'skip'],
    ]);
    expect(result.problems.find((p) => p.code === 'duplicate_in_file')?.params).toEqual({ first: 3 });
    expect(result.problems.find((p) => p.code === 'not_a_number')?.value).toBe('abc');
  });

  it('skips bad rows and imports the good ones, warnings included', () => {
    expect(result.accounts.map((a) => a.name)).toEqual(['深圳华信有限公司', '深圳华信有限公司']);
    expect(result.skippedRows).toBe(5);
    expect(result.warnedRows).toBe(1);
    expect(result.rows.filter((r) => r.skipped).map((r) => r.row)).toEqual([4, 5, 6, 8, 9]);
  });

  it('skips a row whose name is a failed formula', () => {
    const r = plan({ headers: ['客户名称'], rows: [['#VALUE!'], ['甲']] });
    expect(r.accounts).toEqual([{ name: '甲' }]);
    expect(r.problems[0]).toMatchObject({ row: 2, code: 'formula_error', severity: 'skip' });
  });

  it('skips customers already on the board when asked, and only warns otherwise', () => {
    const existing = new Set([nameKey('ＡＢＣ 有限公司')]);
    const t = { headers: ['Name'], rows: [['abc有限公司'], ['New Co']] };
    const skipping = plan(t, { existingNames: existing, skipExisting: true });
    expect(skipping.accounts.map((a) => a.name)).toEqual(['New Co']);
    expect(skipping.problems[0]).toMatchObject({ row: 2, code: 'already_on_board', severity: 'skip' });
    expect(plan(t, { existingNames: existing, skipExisting: false }).accounts).toHaveLength(2);
  });

  it('imports nothing while no column is the customer name', () => {
    const t = { headers: ['Foo', 'Bar'], rows: [['a', 'b']] };
    const r = plan(t);
    expect(r.accounts).toEqual([]);
    expect(r.skippedRows).toBe(1);
  });

  it('names a blank header by its column letter', () => {
    const t = { headers: ['客户名称', ''], rows: [['甲', 'x']] };
    const r = prepareImport(t, [detectMapping(t)[0]!, { field: 'revenue', unit: { currency: 'CNY', exp: 6 }, unitFrom: 'user' }], { usdRate: 7.2 });
    expect(r.problems[0]).toMatchObject({ header: 'B', code: 'not_a_number' });
  });
});

describe('the check step names the customer and can import a bad field blank', () => {
  const table: SourceTable = {
    headers: ['客户名称', '年营业额（百万元）', '员工人数'],
    rows: [
      ['深圳华信有限公司', 'abc', '500'],
      ['广州恒达集团', '1e400', '-5'],
      ['上海鑫泰有限公司', 'n.a.', '20'],
      ['', '300', '20'],
    ],
    rowNumbers: [2, 3, 4, 5],
  };

  it('names the row’s customer with every problem, or its first cell when the name is blank', () => {
    const r = plan(table);
    expect(r.problems.map((p) => [p.row, p.customer, p.code])).toEqual([
      [2, '深圳华信有限公司', 'not_a_number'],
      [3, '广州恒达集团', 'too_large'],
      [3, '广州恒达集团', 'negative'],
      [4, '上海鑫泰有限公司', 'not_a_number'],
      [5, '300', 'name_missing'],
    ]);
  });

  it('reports a number beyond any limit as too large, with the field’s own limit', () => {
    const r = plan(table);
    expect(r.problems.find((p) => p.code === 'too_large')).toMatchObject({ field: 'revenue', params: { max: 1e12 } });
    const people = plan({ headers: ['客户名称', '员工人数'], rows: [['甲', '1e400']] });
    expect(people.problems[0]).toMatchObject({ code: 'too_large', field: 'employees', params: { max: 10_000_000 } });
  });

  it('imports one customer with the bad field left blank when asked for that row', () => {
    const r = plan(table, { blank: new Set([blankKey({ row: 2, column: 1 })]) });
    expect(r.accounts).toEqual([{ name: '深圳华信有限公司', revenue: null, employees: 500 }]);
    expect(r.problems[0]).toMatchObject({ row: 2, severity: 'warning', blanked: true });
    expect(r.skippedRows).toBe(3);
  });

  it('imports every row with the same problem in a column blank at once, and only that problem', () => {
    const r = plan(table, { blank: new Set([blankAllKey({ column: 1, code: 'not_a_number' })]) });
    expect(r.accounts.map((a) => a.name)).toEqual(['深圳华信有限公司', '上海鑫泰有限公司']);
    // Row 3's revenue is too large, not "not a number": it is still skipped.
    expect(r.rows.find((x) => x.row === 3)?.skipped).toBe(true);
  });

  it('never blanks a customer’s name or a short row', () => {
    expect(canBlank({ field: 'name', code: 'name_missing' })).toBe(false);
    const r = plan(table, { blank: new Set([blankKey({ row: 5, column: 0 })]) });
    expect(r.rows.find((x) => x.row === 5)?.skipped).toBe(true);
  });
});
