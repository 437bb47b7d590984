import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../shared/api';
import type { ChangeEvent } from '../../../shared/events';
import { fillWorkshop } from '../../helpers/filledWorkshop';
import { fontSizes, readPptx } from '../../helpers/pptxRead';
import { startTestService, type TestService } from '../../helpers/service';

/** The deck through the service's API: other languages, workshops with nothing on them, progress and cancel. */
let t: TestService;
beforeEach(async () => {
  t = await startTestService();
});
afterEach(() => t.close());

const exported = async (workshopId: string, jobId?: string) => {
  const file = await t.ok('exportPptx', { workshopId, ...(jobId ? { jobId } : {}) });
  return { file, deck: readPptx(Buffer.from(file.dataBase64, 'base64')) };
};

describe('the deck in the workshop’s language', () => {
  it('is in English for an English workshop, whatever the accounts are called', async () => {
    const w = await t.ok('createWorkshop', { name: 'Q4 sales transformation', client: 'Acme Logistics', language: 'en', templateId: 'sales-transformation' });
    await fillWorkshop((m, a) => t.ok(m, a), w.id, 120);
    const { file, deck } = await exported(w.id);
    expect(file.fileName).toMatch(/^Q4 sales transformation \d{4}-\d{2}-\d{2}\.pptx$/);
    const titles = deck.slides.map((s) => s.title);
    for (const title of ['Agenda', 'Segments and their figures', 'Coverage matrix · Plan A', 'The routes grid: customer tiers × offering types', 'Funnel calculator']) {
      expect(titles.some((x) => x === title || x.startsWith(`${title} (continued, `))).toBe(true);
    }
    expect(deck.slides[0]!.texts.join("\n")).toMatch(/Client: Acme Logistics[\s\S]*\w+ \d{1,2}, \d{4}/);
    const xml = deck.slides.map((s) => s.xml).join('');
    expect(xml).toContain('lang="en-US"');
    expect(xml).not.toContain('lang="zh-CN"');
    // Chinese account names still get the East Asian theme font: the run names none of its own.
    expect(xml).toMatch(/<a:t>[^<]*[\u4e00-\u9fff]/);
    expect(deck.part('ppt/theme/theme1.xml')).toContain('<a:ea typeface="Microsoft YaHei"/>');
  });
});

describe('a workshop with nothing on its boards', () => {
  it('still gives a deck that says so on each board, never an error', async () => {
    const w = await t.ok('createWorkshop', { name: '空白研讨会', client: '', language: 'zh-CN', templateId: 'blank' });
    const { deck } = await exported(w.id);
    const text = deck.slides.flatMap((s) => s.texts).join('\n');
    expect(text).toContain('本次研讨会没有设定议程。');
    expect(text).toContain('还没有客户群，也没有客户。');
    expect(text).toContain('本次研讨会没有设定销售阶段。');
    expect(deck.slides.some((s) => s.title.startsWith('客户名单'))).toBe(false);
    expect(deck.charts.map((c) => c.type)).toEqual(['barChart']); // the funnel, from the default steps
    expect(Math.min(...deck.slides.flatMap((s) => fontSizes(s.xml)))).toBeGreaterThanOrEqual(10);
  });

  it('refuses a workshop that does not exist with not_found, and writes nothing', async () => {
    expect(await t.fail('exportPptx', { workshopId: 'no-such-workshop' })).toMatchObject({ code: 'not_found' });
    expect(await t.fail('exportPptx', { workshopId: 42 })).toMatchObject({ code: 'bad_request' });
  });
});

describe('a long export', () => {
  it('reports its progress to every window, ending at done = total', async () => {
    const w = await t.ok('createWorkshop', { name: '进度', client: '', language: 'zh-CN', templateId: 'sales-transformation' });
    await fillWorkshop((m, a) => t.ok(m, a), w.id, 300);
    const { deck } = await exported(w.id, 'job-progress');
    const progress = t.events.filter((e): e is Extract<ChangeEvent, { kind: 'exportProgress' }> => e.kind === 'exportProgress' && e.jobId === 'job-progress');
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)!.total });
    // One step per slide and one for the file: the total is what the deck became.
    expect(progress.at(-1)!.total).toBe(deck.slides.length + 1);
  });

  it('stops when cancelled mid-way with export_cancelled, and gives no file', async () => {
    const w = await t.ok('createWorkshop', { name: '取消', client: '', language: 'zh-CN', templateId: 'sales-transformation' });
    await fillWorkshop((m, a) => t.ok(m, a), w.id, 3000);
    let settled = false;
    const running = t.service.call('exportPptx', { workshopId: w.id, jobId: 'job-cancel' }).finally(() => (settled = true));
    // Cancel as soon as the job runs (progress is sent by time, so waiting for a given slide count
    // races the machine's speed): it must stop at its next slide, long before the last.
    const progressOf = () => t.events.filter((e): e is Extract<ChangeEvent, { kind: 'exportProgress' }> => e.kind === 'exportProgress' && e.jobId === 'job-cancel');
    let cancelled = false;
    while (!settled && !cancelled) {
      cancelled = (await t.ok('cancelExport', { jobId: 'job-cancel' })).cancelled;
      if (!cancelled) await nextTurn();
    }
    const reply = await running;
    expect(cancelled).toBe(true);
    expect(progressOf().every((e) => e.done < e.total)).toBe(true);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? null : reply.error.code).toBe('export_cancelled');
    expect((reply as { value?: ExportedFile }).value).toBeUndefined();
    // The job is gone: cancelling again finds nothing, and a new export runs to the end.
    expect((await t.ok('cancelExport', { jobId: 'job-cancel' })).cancelled).toBe(false);
    const again = await exported(w.id, 'job-cancel');
    expect(again.deck.slides.length).toBeGreaterThan(40);
  });
});
