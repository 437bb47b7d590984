import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/records';
import { startTestService, type TestService } from '../../helpers/service';

let t: TestService;
beforeEach(async () => {
  t = await startTestService();
});
afterEach(() => t.close());

async function newWorkshop() {
  return t.ok('createWorkshop', { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
}

const agendaTitles = (records: { type: string }[]) =>
  (records.filter((r) => r.type === 'agendaItem') as AgendaItem[])
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .map((a) => a.title);

describe('the change path', () => {
  it('creates a workshop from the zh-CN template with the deck agenda in Chinese', async () => {
    const w = await newWorkshop();
    const snap = await t.ok('openWorkshop', { workshopId: w.id });
    expect(agendaTitles(snap.records)).toContain('客户覆盖模式研讨');
    expect(snap.records.filter((r) => r.type === 'route')).toHaveLength(7);
    expect(snap.version).toBe(0);
  });

  it('writes a command, bumps the version, broadcasts the diff', async () => {
    const w = await newWorkshop();
    const r = await t.ok('dispatch', { workshopId: w.id, command: { type: 'agenda.add', values: { title: '茶歇' } } });
    expect(r.version).toBe(1);
    expect(r.diff.added).toHaveLength(1);
    const ev = t.events.find((e) => e.kind === 'change');
    expect(ev).toMatchObject({ kind: 'change', workshopId: w.id, version: 1 });
    const snap = await t.ok('openWorkshop', { workshopId: w.id });
    expect(agendaTitles(snap.records).at(-1)).toBe('茶歇');
  });

  it('undo and redo survive a restart', async () => {
    const w = await newWorkshop();
    await t.ok('dispatch', { workshopId: w.id, command: { type: 'agenda.add', values: { title: '茶歇' } } });
    await t.restart();
    await t.ok('undo', { workshopId: w.id });
    expect(agendaTitles((await t.ok('openWorkshop', { workshopId: w.id })).records)).not.toContain('茶歇');
    await t.restart();
    const redone = await t.ok('redo', { workshopId: w.id });
    expect(redone.undo.canRedo).toBe(false);
    expect(agendaTitles((await t.ok('openWorkshop', { workshopId: w.id })).records)).toContain('茶歇');
  });

  it('refuses a malformed command and writes nothing', async () => {
    const w = await newWorkshop();
    const before = await t.ok('openWorkshop', { workshopId: w.id });
    const e1 = await t.fail('dispatch', { workshopId: w.id, command: { type: 'agenda.add', values: { duration: -5 } } });
    expect(e1.code).toBe('invalid_command');
    const e2 = await t.fail('dispatch', { workshopId: w.id, command: { type: 'no.such.command' } });
    expect(e2.code).toBe('unknown_command');
    const e3 = await t.fail('nope', {});
    expect(e3.code).toBe('unknown_method');
    const e4 = await t.fail('openWorkshop', { workshopId: 42 });
    expect(e4.code).toBe('bad_request');
    const after = await t.ok('openWorkshop', { workshopId: w.id });
    expect(after.version).toBe(before.version);
    expect(after.records).toEqual(before.records);
    expect(t.events.filter((e) => e.kind === 'change')).toHaveLength(0);
  });
});
