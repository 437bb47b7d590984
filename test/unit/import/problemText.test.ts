import { beforeAll, describe, expect, it } from 'vitest';
import { problemText } from '../../../renderer/boards/segments/import/problemText';
import { i18next } from '../../../renderer/i18n';
import { NAMESPACES, resources } from '../../../renderer/i18n/resources';
import { detectMapping, prepareImport } from '../../../shared/import';

beforeAll(async () => {
  await i18next.init({ resources, lng: 'zh-CN', ns: [...NAMESPACES], defaultNS: 'common', interpolation: { escapeValue: false } });
});

const format = (n: number) => new Intl.NumberFormat(i18next.language).format(n);
const lines = () => {
  const table = { headers: ['客户名称', '年营业额（百万元）', '员工人数'], rows: [['甲', '-3', '-5'], ['乙', '1e400', '20%']] };
  const plan = prepareImport(table, detectMapping(table), { usdRate: 7.2 });
  const t = i18next.getFixedT(i18next.language, 'import');
  return plan.problems.map((p) => problemText(t, p, format));
};

describe('the check step words each problem by the field’s own meaning', () => {
  it('in Chinese: a headcount is not an amount; 1e400 is too large, not “not a number”', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(lines()).toEqual([
      '“-3”是负数，年营业额不能小于 0',
      '“-5”是负数，员工人数不能小于 0',
      '“1e400”太大：年营业额最多 1,000,000,000,000 ¥ M',
      '“20%”是百分比，员工人数要填数值，不是比例',
    ]);
  });

  it('in English', async () => {
    await i18next.changeLanguage('en');
    expect(lines()).toEqual([
      '“-3” is negative; Annual revenue cannot be below 0',
      '“-5” is negative; Employees cannot be below 0',
      '“1e400” is too large: Annual revenue can be at most 1,000,000,000,000 ¥ M',
      '“20%” is a percentage; Employees needs a value, not a share',
    ]);
    await i18next.changeLanguage('zh-CN');
  });
});
