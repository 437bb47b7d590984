import { beforeAll, describe, expect, it } from 'vitest';
import { damaged, futureWorkshopFile, notWorkshopFile } from '../../../shared/export/workshopFileRefusals';
import { ApiError } from '../../../renderer/api/apiError';
import { i18next } from '../../../renderer/i18n';
import { NAMESPACES, resources } from '../../../renderer/i18n/resources';
import { workshopFileRefusal } from '../../../renderer/library/workshopFileMessage';

beforeAll(async () => {
  await i18next.init({ resources, lng: 'zh-CN', ns: [...NAMESPACES], defaultNS: 'common', interpolation: { escapeValue: false } });
});

/** What the renderer receives: the service's AppError after the trip over IPC or HTTP. */
const received = (e: ReturnType<typeof damaged>) => new ApiError(JSON.parse(JSON.stringify(e.toJSON())));

const inBoth = async (e: ApiError) => {
  await i18next.changeLanguage('en');
  const en = workshopFileRefusal(e);
  await i18next.changeLanguage('zh-CN');
  return { en, zh: workshopFileRefusal(e) };
};

describe('why a workshop file was not opened, in the user’s words', () => {
  it('a record failing its schema: its number, kind, name and field, with how many more', async () => {
    const e = received(damaged('海格.salesmap', { reasonKey: 'record', index: 1234, recordType: 'account', recordName: '深圳华信', field: 'revenue', count: 3 }));
    expect(await inBoth(e)).toEqual({
      en: '“海格.salesmap” is damaged and cannot be opened (record 1,234 (account “深圳华信”) has a missing or invalid value: Annual revenue, and 2 more problems). Nothing was imported.',
      zh: '“海格.salesmap”已损坏，无法打开（第 1,234 条记录（客户“深圳华信”）的值缺失或无效：年营业额，另有 2 处问题）。没有导入任何内容。',
    });
  });

  it('a file with too many broken records to count says "at least"', async () => {
    const e = received(damaged('坏.salesmap', { reasonKey: 'recordType', index: 1, recordType: '', count: 1000, atLeast: 1 }));
    const { en, zh } = await inBoth(e);
    expect(en).toContain('record 1 is of a kind Salesmap does not know, and at least 999 more problems');
    expect(zh).toContain('第 1 条记录的类型 Salesmap 无法识别，另有至少 999 处问题');
  });

  it('a broken reference names what is missing; an internal field name is never shown raw', async () => {
    const ref = received(damaged('a.salesmap', { reasonKey: 'reference', index: 7, recordType: 'placement', recordName: '', field: 'routeId', expected: 'route', count: 1 }));
    expect((await inBoth(ref)).zh).toBe('“a.salesmap”已损坏，无法打开（第 7 条记录（通路放置）引用的通路不在文件中）。没有导入任何内容。');
    const odd = received(damaged('a.salesmap', { reasonKey: 'record', index: 1, recordType: 'route', recordName: '服务通路', field: 'weirdInternal', count: 1 }));
    const { en, zh } = await inBoth(odd);
    expect(en).toContain('one of its values');
    expect(zh).toContain('某个值');
    expect(en + zh).not.toContain('weirdInternal');
  });

  it('cut-off and hand-broken files', async () => {
    expect((await inBoth(received(damaged('截断.salesmap', { reasonKey: 'truncated' })))).zh).toContain('文件不完整，可能在复制或保存时被截断');
    expect((await inBoth(received(damaged('手改.salesmap', { reasonKey: 'syntax', line: 12, column: 5 })))).en).toContain('line 12, column 5');
  });

  it('not a workshop file, and one from a newer Salesmap', async () => {
    const not = await inBoth(new ApiError(notWorkshopFile('照片.png').toJSON()));
    expect(not.zh).toBe('“照片.png”不是 Salesmap 研讨会文件（.salesmap），没有导入任何内容。');
    const future = await inBoth(new ApiError(futureWorkshopFile('新.salesmap', '2.1', '1.1').toJSON()));
    expect(future.en).toContain('file format 2.1');
  });
});
