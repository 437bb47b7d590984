import { RECORDS_SCHEMA_VERSION } from '../../../shared/records/migrations';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { dumpLibrary } from '../../helpers/libraryDump';
import { withTemplateWorkshop } from '../../helpers/service';

/**
 * Every file "Open workshop file…" must refuse, refused with the reason in words and nothing
 * written: the library file is byte-for-byte the same afterwards, and so is every row in it.
 */
const ctx = withTemplateWorkshop();

type Json = Record<string, unknown> & { records: Array<Record<string, unknown>> };
let good: Json;
let goodText: string;

beforeEach(async () => {
  await ctx.t.ok('dispatch', { workshopId: ctx.workshopId, command: { type: 'account.add', values: { name: '深圳华信电子有限公司', revenue: 1240 }, segmentId: 'seg-key' } });
  await ctx.t.ok('dispatch', { workshopId: ctx.workshopId, command: { type: 'placement.add', routeId: 'route-si', segmentId: 'seg-key', offeringId: 'off-solutions' } });
  const file = await ctx.t.ok('exportWorkshopFile', { workshopId: ctx.workshopId });
  goodText = Buffer.from(file.dataBase64, 'base64').toString('utf8');
  good = JSON.parse(goodText) as Json;
});

const variant = (change: (json: Json) => void): string => {
  const copy = structuredClone(good);
  change(copy);
  return JSON.stringify(copy, null, 2);
};
const record = (json: Json, type: string) => json.records.find((r) => r.type === type)!;

interface Refusal {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/** Imports `bytes`, expects a refusal, and checks the library is exactly as before. */
async function refused(fileName: string, bytes: Buffer | string): Promise<Refusal> {
  const before = await dumpLibrary(ctx.t);
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const error = (await ctx.t.fail('importWorkshopFile', { fileName, dataBase64: data.toString('base64') })) as Refusal;
  const after = await dumpLibrary(ctx.t);
  expect(after).toEqual(before);
  expect((await ctx.t.ok('listWorkshops')).map((w) => w.name)).toEqual(['海格物流']);
  expect(error.params?.file).toBe(fileName);
  // A plain reason, not a schema dump, and never the offending value itself.
  expect(error.message.length).toBeLessThan(400);
  expect(error.message).not.toMatch(/invalid_type|too_big|expected|ZodError|\[object/i);
  return error;
}

describe('refused workshop files write nothing', () => {
  it('a file from a newer Salesmap (newer format, or newer records)', async () => {
    const format = await refused('未来.salesmap', variant((j) => (j.formatVersion = 2)));
    expect(format).toMatchObject({ code: 'future_workshop_file', params: { version: `2.${RECORDS_SCHEMA_VERSION}`, latest: `1.${RECORDS_SCHEMA_VERSION}` } });
    // A newer format may look like anything: it is not judged as damaged.
    const odd = await refused('未来2.salesmap', JSON.stringify({ format: 'salesmap-workshop', formatVersion: 7, somethingNew: [] }));
    expect(odd).toMatchObject({ code: 'future_workshop_file', params: { version: '7' } });
    const records = await refused('未来3.salesmap', variant((j) => (j.schemaVersion = 5)));
    expect(records).toMatchObject({ code: 'future_workshop_file', params: { version: '1.5' } });
  });

  it('a file cut off while copying', async () => {
    const e = await refused('截断.salesmap', goodText.slice(0, Math.floor(goodText.length / 2)));
    expect(e).toMatchObject({ code: 'damaged_workshop_file', params: { reasonKey: 'truncated' } });
    expect((await refused('截断2.salesmap', goodText.slice(0, 40))).params?.reasonKey).toBe('truncated');
  });

  it('JSON broken by hand, with the line where it breaks', async () => {
    const lines = goodText.split('\n');
    const at = lines.findIndex((l) => l.includes('"seg-key"'));
    lines[at] = lines[at]!.replace('"id":', '"id"');
    const e = await refused('手改.salesmap', lines.join('\n'));
    expect(e).toMatchObject({ code: 'damaged_workshop_file', params: { reasonKey: 'syntax', line: at + 1 } });
    expect(e.message).toContain(`line ${at + 1}`);
  });

  it('wrong types in the envelope', async () => {
    expect((await refused('版本.salesmap', variant((j) => (j.formatVersion = '1')))).params).toMatchObject({ reasonKey: 'version', field: 'formatVersion' });
    expect((await refused('版本0.salesmap', variant((j) => (j.schemaVersion = 0)))).params).toMatchObject({ reasonKey: 'version', field: 'schemaVersion' });
    expect((await refused('语言.salesmap', variant((j) => ((j.workshop as Record<string, unknown>).language = 'fr')))).params).toMatchObject({ reasonKey: 'header', field: 'language' });
    expect((await refused('无名.salesmap', variant((j) => delete (j.workshop as Record<string, unknown>).name))).params).toMatchObject({ reasonKey: 'header', field: 'name' });
    expect((await refused('无记录.salesmap', variant((j) => ((j as Record<string, unknown>).records = { a: 1 })))).params).toMatchObject({ reasonKey: 'noRecords' });
  });

  it('a record failing its schema, named by its number, kind and name', async () => {
    const index = good.records.findIndex((r) => r.name === '深圳华信电子有限公司');
    const e = await refused('营业额.salesmap', variant((j) => (j.records[index]!.revenue = -5)));
    expect(e).toMatchObject({
      code: 'damaged_workshop_file',
      params: { reasonKey: 'record', index: index + 1, recordType: 'account', recordName: '深圳华信电子有限公司', field: 'revenue', count: 1 },
    });
    const many = await refused('多处.salesmap', variant((j) => j.records.filter((r) => r.type === 'route').forEach((r) => (r.number = 'one'))));
    expect(many.params).toMatchObject({ reasonKey: 'record', recordType: 'route', field: 'number', count: 7 });
    expect(many.message).toContain('and 6 more problems');
    const kind = await refused('种类.salesmap', variant((j) => j.records.push({ id: 'w1', type: 'widget' })));
    expect(kind.params).toMatchObject({ reasonKey: 'recordType', recordType: 'widget', index: good.records.length + 1 });
    expect((await refused('数字.salesmap', variant((j) => j.records.push(42 as never)))).params).toMatchObject({ reasonKey: 'recordType', recordType: '' });
    // Counting stops at a thousand: a file of a million broken records is refused at once.
    const flood = await refused('满是错误.salesmap', variant((j) => j.records.push(...Array.from({ length: 1_500 }, (_, i) => ({ id: `x${i}`, type: 'account' })))));
    expect(flood.params).toMatchObject({ reasonKey: 'record', recordType: 'account', field: 'name', count: 1000, atLeast: 1 });
    expect(flood.message).toContain('at least 999 more problems');
  });

  it('a record pointing at one that is not in the file, two records with one id, a missing settings record', async () => {
    const broken = await refused('断链.salesmap', variant((j) => (record(j, 'placement').routeId = 'route-gone')));
    expect(broken.params).toMatchObject({ reasonKey: 'reference', recordType: 'placement', field: 'routeId', expected: 'route' });
    const account = await refused('断链2.salesmap', variant((j) => (j.records.find((r) => r.name === '深圳华信电子有限公司')!.segmentId = 'seg-gone')));
    expect(account.params).toMatchObject({ reasonKey: 'reference', recordType: 'account', recordName: '深圳华信电子有限公司', field: 'segmentId', expected: 'segment' });
    const twice = await refused('重复.salesmap', variant((j) => j.records.push({ ...record(j, 'segment'), name: '另一个' })));
    expect(twice.params).toMatchObject({ reasonKey: 'duplicateId', id: 'seg-integrated' });
    const none = await refused('无设置.salesmap', variant((j) => (j.records = j.records.filter((r) => r.type !== 'settings'))));
    expect(none.params).toMatchObject({ reasonKey: 'settings', found: 0 });
  });

  it('files that are not workshop files at all: a picture, a customer list, JSON of another shape', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR\0\0\0\x10')]);
    expect(await refused('照片.png', png)).toMatchObject({ code: 'not_workshop_file', params: { file: '照片.png' } });
    expect((await refused('客户名单.csv', iconv.encode('客户名称,行业\r\n深圳华信,电子\r\n', 'gbk'))).code).toBe('not_workshop_file');
    expect((await refused('package.json', JSON.stringify({ name: 'salesmap', version: '0.1.0' }))).code).toBe('not_workshop_file');
    expect((await refused('list.json', JSON.stringify([good]))).code).toBe('not_workshop_file');
    expect((await refused('other.json', JSON.stringify({ ...good, format: 'another-app' }))).code).toBe('not_workshop_file');
    // Named as ours, it is a damaged workshop file: that is what the user believes it is.
    expect((await refused('照片.salesmap', png)).params).toMatchObject({ reasonKey: 'unreadable' });
  });

  it('an empty file', async () => {
    expect((await refused('空.salesmap', '')).params).toMatchObject({ reasonKey: 'empty' });
    expect((await refused('空白.salesmap', '  \r\n')).params).toMatchObject({ reasonKey: 'empty' });
    expect((await refused('空.txt', '')).code).toBe('not_workshop_file');
  });

  it('a huge string in a record: refused by its limit, and the message does not repeat it', async () => {
    const index = good.records.findIndex((r) => r.name === '深圳华信电子有限公司');
    const e = await refused('巨大.salesmap', variant((j) => (j.records[index]!.name = '客'.repeat(2_000_000))));
    expect(e.params).toMatchObject({ reasonKey: 'record', field: 'name', recordType: 'account' });
    expect(String(e.params?.recordName)).toHaveLength(40);
    const notes = await refused('巨大2.salesmap', variant((j) => (j.records[index]!.notes = 'x'.repeat(20_001))));
    expect(notes.params).toMatchObject({ field: 'notes' });
  });

  it('__proto__ keys (and nothing reaches Object.prototype)', async () => {
    const top = goodText.replace('"format": "salesmap-workshop",', '"format": "salesmap-workshop",\n  "__proto__": {"polluted": true},');
    expect((await refused('原型.salesmap', top)).params).toMatchObject({ reasonKey: 'forbiddenKey', key: '__proto__' });
    const inRecord = goodText.replace('{"id":"seg-key",', '{"id":"seg-key","__proto__":{"isAdmin":true},');
    expect(inRecord).not.toBe(goodText);
    expect((await refused('原型2.salesmap', inRecord)).params).toMatchObject({ reasonKey: 'forbiddenKey' });
    // Escaped, it is the same key once parsed.
    const escaped = goodText.replace('{"id":"seg-key",', '{"id":"seg-key","\\u005f_proto__":{"isAdmin":true},');
    expect((await refused('原型3.salesmap', escaped)).params).toMatchObject({ reasonKey: 'forbiddenKey' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('a record nested a hundred thousand levels deep does not crash the service', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = goodText.replace('"records": [', `"records": [\n    {"id":"x","type":"account","name":${deep}},`);
    expect((await refused('深.salesmap', text)).params).toMatchObject({ reasonKey: 'record', field: 'name' });
  });
});
