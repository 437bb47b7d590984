import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { WORKSHOP_FILE_FORMAT, workshopFileOf, workshopFileText } from '../../../shared/export/workshopFile';
import { exportInput } from '../../../shared/export/input';
import type { AnyRecord } from '../../../shared/records';
import { routesFigures } from '../../../renderer/boards/routes/export/figures';
import { coverageFigures } from '../../../renderer/boards/coverage/export/figures';
import { methodFigures } from '../../../renderer/boards/method/export/figures';
import { segmentsFigures } from '../../../renderer/boards/segments/export/figures';
import { agendaFigures } from '../../../renderer/boards/agenda/export/figures';
import { withTemplateWorkshop } from '../../helpers/service';
import { byId, fillWorkshop, inputOf } from '../../helpers/filledWorkshop';

const ctx = withTemplateWorkshop();

async function exported(workshopId = ctx.workshopId) {
  const file = await ctx.t.ok('exportWorkshopFile', { workshopId });
  return { file, text: Buffer.from(file.dataBase64, 'base64').toString('utf8') };
}

describe('the .salesmap workshop file', () => {
  it('round-trips a filled workshop: a new workshop with every record equal and the same figures on every board', async () => {
    const { t, workshopId } = ctx;
    await fillWorkshop((m, a) => t.ok(m, a), workshopId, 240);
    const { file } = await exported();
    expect(file.fileName).toMatch(/^海格物流 \d{4}-\d{2}-\d{2}\.salesmap$/);
    expect(file.mime).toBe('application/json');

    const events = t.events.length;
    const opened = await t.ok('importWorkshopFile', { fileName: file.fileName, dataBase64: file.dataBase64 });
    expect(opened.id).not.toBe(workshopId);
    // The original is still in the library, so the copy is told apart by its name.
    expect(opened).toMatchObject({ name: '海格物流 (2)', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation', version: 0 });
    expect(t.events.slice(events)).toContainEqual({ kind: 'library' });
    expect((await t.ok('listWorkshops')).map((w) => w.name).sort()).toEqual(['海格物流', '海格物流 (2)']);

    const [before, after] = await Promise.all([t.ok('openWorkshop', { workshopId }), t.ok('openWorkshop', { workshopId: opened.id })]);
    expect(after.records.length).toBe(before.records.length);
    expect(byId(after.records)).toEqual(byId(before.records));
    expect(after.undo).toMatchObject({ canUndo: false, canRedo: false });
    expect(before.records.filter((r) => r.type === 'account')).toHaveLength(240);
    expect(after.records.filter((r) => r.type === 'parkingItem').map((r) => r.type === 'parkingItem' && r.text).sort()).toEqual(['伙伴的返点政策由谁来定？', '明年的配额是否已定稿？']);
    expect(after.records.filter((r) => r.type === 'vote')).toMatchObject([{ question: '先攻哪个客户群？', status: 'open', dots: [] }]);
    expect(after.records.filter((r) => r.type === 'note')).toMatchObject([{ text: '这一群要不要拆开？', anchor: { kind: 'record', id: 'seg-key' } }]);
    expect(before.records.filter((r) => r.type === 'coverage').length).toBeGreaterThan(5);

    const [a, b] = await Promise.all([inputOf(t, workshopId), inputOf(t, opened.id)]);
    expect(segmentsFigures(b)).toEqual(segmentsFigures(a));
    expect(coverageFigures(b)).toEqual(coverageFigures(a));
    expect(coverageFigures(b).plans).toHaveLength(2);
    expect(routesFigures(b)).toEqual(routesFigures(a));
    expect(methodFigures(b)).toEqual(methodFigures(a));
    expect(agendaFigures(b)).toEqual(agendaFigures(a));
    // The figures are real: people are needed, and a cell two routes claim has its rule.
    expect(coverageFigures(b).plans[0]!.figures.totals.people).toBeGreaterThan(0);
    expect(routesFigures(b).resolved).toHaveLength(1);
    expect(routesFigures(b).gaps.length).toBeGreaterThan(0);
    expect(segmentsFigures(b).totals.count).toBe(240);
  });

  it('opened and saved again, the file is the same but for its name and date (nothing is lost or added)', async () => {
    const { t } = ctx;
    await fillWorkshop((m, a) => t.ok(m, a), ctx.workshopId, 30);
    const first = await exported();
    const opened = await t.ok('importWorkshopFile', { fileName: first.file.fileName, dataBase64: first.file.dataBase64 });
    const second = await exported(opened.id);
    const strip = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '').replace(/"name": "海格物流( \(2\))?"/, '');
    expect(strip(second.text)).toBe(strip(first.text));
  });

  it('lists records without an order key in the same order however the store happens to hold them', async () => {
    // A workshop opened from a file holds them in key order, one built by hand as they were made:
    // "…-9" made before "…-10" comes after it as a string. Both must write the same file.
    const { records } = await ctx.t.ok('openWorkshop', { workshopId: ctx.workshopId });
    const cover = (id: string, segmentId: string): AnyRecord => ({ id, type: 'coverage', scenarioId: 'scenario-a', segmentId, motionId: 'motion-territory', role: 'primary', share: 100 });
    const made = [cover('id-1796691267788-9', 'seg-key'), cover('id-1796691267788-10', 'seg-mid')];
    const workshop = { id: 'w', name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation', createdAt: 0, updatedAt: 0, version: 0 } as const;
    const text = (list: AnyRecord[]) => workshopFileText(workshopFileOf(exportInput({ workshop: workshop as never, records: [...records, ...list], at: new Date(0), t: (k) => k }), 'test'));
    expect(text(made)).toBe(text([...made].reverse()));
  });

  it('is versioned JSON a text editor shows one record per line, UTF-8 without a BOM', async () => {
    const { text, file } = await exported();
    expect(Buffer.from(file.dataBase64, 'base64')[0]).toBe(0x7b); // "{", no BOM
    const json = JSON.parse(text) as Record<string, unknown> & { records: { type: string }[] };
    expect(json).toMatchObject({ format: WORKSHOP_FILE_FORMAT, formatVersion: 1, schemaVersion: 3, appVersion: 'test' }); // records version 3: plans own their assumptions (issue 11), roles carry their kind (11/12)
    expect(json.workshop).toMatchObject({ name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
    expect(Object.keys(json)[0]).toBe('format');
    const recordLines = text.split('\n').filter((l) => l.startsWith('    {"id"'));
    expect(recordLines).toHaveLength(json.records.length);
    expect(text).toContain('"name":"超大型客户"'); // Chinese as text, not \u escapes
    expect(json.records.map((r) => r.type)[0]).toBe('agendaItem');
  });

  it('carries no undo history, and the imported workshop undoes nothing of the original', async () => {
    const { t, workshopId } = ctx;
    await t.ok('dispatch', { workshopId, command: { type: 'agenda.add', values: { title: '茶歇' } } });
    const { file } = await exported();
    const opened = await t.ok('importWorkshopFile', { fileName: file.fileName, dataBase64: file.dataBase64 });
    expect((await t.fail('undo', { workshopId: opened.id })).code).toBe('nothing_to_undo');
    expect((await t.ok('openWorkshop', { workshopId: opened.id })).records.some((r) => r.type === 'agendaItem' && r.title === '茶歇')).toBe(true);
  });

  it('takes the file’s name when it is free, and numbers it on when "(2)" is taken too', async () => {
    const { t, workshopId } = ctx;
    const { file } = await exported();
    const names = [];
    for (let i = 0; i < 3; i++) names.push((await t.ok('importWorkshopFile', { fileName: file.fileName, dataBase64: file.dataBase64 })).name);
    expect(names).toEqual(['海格物流 (2)', '海格物流 (3)', '海格物流 (4)']);
    await t.ok('deleteWorkshop', { workshopId });
    expect((await t.ok('importWorkshopFile', { fileName: file.fileName, dataBase64: file.dataBase64 })).name).toBe('海格物流');
  });

  it('arrives with a running agenda timer paused at the time it showed when the file was written', async () => {
    const { t, workshopId } = ctx;
    await t.ok('dispatch', { workshopId, command: { type: 'timer.start', itemId: 'agenda-3' } });
    const { file, text } = await exported();
    const written = JSON.parse(text) as { exportedAt: string; records: { type: string; timer?: { runningSince: number | null; elapsed: number } }[] };
    const timer = written.records.find((r) => r.type === 'settings')!.timer!;
    expect(timer.runningSince).not.toBeNull();
    const opened = await t.ok('importWorkshopFile', { fileName: file.fileName, dataBase64: file.dataBase64 });
    const settings = (await t.ok('openWorkshop', { workshopId: opened.id })).records.find((r) => r.type === 'settings');
    expect(settings).toMatchObject({ timer: { itemId: 'agenda-3', runningSince: null, elapsed: Date.parse(written.exportedAt) - timer.runningSince! } });
  });

  it('opens with a Chinese file name, one with characters only GB18030 has, and a file a text editor saved again as GBK or UTF-16', async () => {
    const { t } = ctx;
    await fillWorkshop((m, a) => t.ok(m, a), ctx.workshopId, 12);
    const { file, text } = await exported();
    const original = byId((await t.ok('openWorkshop', { workshopId: ctx.workshopId })).records);
    const variants: Array<[string, Buffer]> = [
      ['海格物流 · 华南区研讨会 2026-12-03.salesmap', Buffer.from(text, 'utf8')],
      ['𠮷野家 䶮 研讨会.salesmap', Buffer.from(text, 'utf8')],
      // Notepad on a Chinese Windows, "Save as… ANSI": code page 936.
      ['记事本另存为 ANSI.salesmap', iconv.encode(text, 'gbk')],
      ['记事本另存为 Unicode.salesmap', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])],
    ];
    expect(iconv.encode(text, 'gbk').equals(Buffer.from(text, 'utf8'))).toBe(false);
    for (const [fileName, bytes] of variants) {
      const opened = await t.ok('importWorkshopFile', { fileName, dataBase64: bytes.toString('base64') });
      expect(byId((await t.ok('openWorkshop', { workshopId: opened.id })).records), fileName).toEqual(original);
    }
    expect(file.bytes).toBe(Buffer.byteLength(text));
  });
});
