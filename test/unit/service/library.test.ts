import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../../helpers/service';

let t: TestService;
beforeEach(async () => {
  t = await startTestService();
});
afterEach(() => t.close());

const create = (name = '海格物流 · 销售转型研讨会') =>
  t.ok('createWorkshop', { name, client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });

describe('workshop library', () => {
  it('lists templates in both languages', async () => {
    const list = await t.ok('listTemplates');
    expect(list.map((x) => `${x.id}/${x.language}`).sort()).toEqual([
      'blank/en', 'blank/zh-CN', 'logistics-example/en', 'logistics-example/zh-CN', 'sales-transformation/en', 'sales-transformation/zh-CN',
    ]);
  });

  it('creates, lists (newest first), renames and tells every window', async () => {
    const a = await create('A');
    await new Promise((r) => setTimeout(r, 5));
    const b = await create('B');
    expect((await t.ok('listWorkshops')).map((w) => w.name)).toEqual(['B', 'A']);
    const renamed = await t.ok('renameWorkshop', { workshopId: a.id, name: '新名称', client: '新客户' });
    expect(renamed).toMatchObject({ name: '新名称', client: '新客户' });
    expect((await t.ok('listWorkshops')).map((w) => w.id)).toEqual([a.id, b.id]);
    expect(t.events.filter((e) => e.kind === 'library')).toHaveLength(3);
  });

  it('duplicates a workshop with its records and a fresh undo history', async () => {
    const w = await create();
    await t.ok('dispatch', { workshopId: w.id, command: { type: 'agenda.add', values: { title: '茶歇' } } });
    const copy = await t.ok('duplicateWorkshop', { workshopId: w.id, name: '副本' });
    const [orig, dup] = await Promise.all([t.ok('openWorkshop', { workshopId: w.id }), t.ok('openWorkshop', { workshopId: copy.id })]);
    expect(dup.records).toEqual(expect.arrayContaining(orig.records));
    expect(dup.records).toHaveLength(orig.records.length);
    expect(dup.undo.canUndo).toBe(false);
    await t.ok('dispatch', { workshopId: copy.id, command: { type: 'agenda.delete', ids: ['agenda-1'] } });
    expect((await t.ok('openWorkshop', { workshopId: w.id })).records.some((r) => r.id === 'agenda-1')).toBe(true);
  });

  it('deletes a workshop with its records and history', async () => {
    const w = await create();
    await t.ok('dispatch', { workshopId: w.id, command: { type: 'agenda.add', values: { title: 'x' } } });
    await t.ok('deleteWorkshop', { workshopId: w.id });
    expect(await t.ok('listWorkshops')).toEqual([]);
    expect((await t.fail('openWorkshop', { workshopId: w.id })).code).toBe('not_found');
  });

  it('refuses unknown templates, empty names and missing workshops, writing nothing', async () => {
    expect((await t.fail('createWorkshop', { name: 'x', client: '', language: 'en', templateId: 'nope' })).code).toBe('not_found');
    expect((await t.fail('createWorkshop', { name: '   ', client: '', language: 'en', templateId: 'blank' })).code).toBe('bad_request');
    expect((await t.fail('createWorkshop', { name: 'x', client: '', language: 'fr', templateId: 'blank' })).code).toBe('bad_request');
    expect((await t.fail('renameWorkshop', { workshopId: 'missing', name: 'x' })).code).toBe('not_found');
    expect((await t.fail('undo', { workshopId: 'missing' })).code).toBe('not_found');
    expect(await t.ok('listWorkshops')).toEqual([]);
  });
});
