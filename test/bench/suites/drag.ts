import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { suggestSegments } from '../../../shared/calc/segmentsRules';
import { sortByOrder } from '../../../shared/order';
import type { Account, AnyRecord, Segment } from '../../../shared/records';
import { generateAccounts } from '../generate';
import type { BenchContext, BenchRow, BenchSuite } from '../types';

/**
 * Drag on the segments board (issue 6, items 3 and 5): with N accounts on the board, a card is
 * dragged with the mouse in Chromium from Unassigned across three segment columns and dropped.
 * Measured per drag: frame times (requestAnimationFrame deltas while the pointer moves and the
 * drop commits), React renders of card components (the board counts them when opened with
 * ?bench=1: window.__salesmapRenderCounts, see renderer/boards/segments/benchCounters.ts), and
 * after the runs the renderer's JS heap (CDP, after a forced GC).
 */

const WEB = path.resolve('out/electron/web.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];
/** The drag: pointer steps and the pause between them (≈ a 120 Hz mouse). */
const STEPS = 90;
const STEP_MS = 8;

interface Host {
  url: string;
  token: string;
  stop(): Promise<void>;
}

function startHost(dataDir: string): Promise<Host> {
  if (!fs.existsSync(WEB)) throw new Error('Build first: npm run build (out/electron/web.js is missing)');
  const token = `bench${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [WEB, '--port', '0', '--data-dir', dataDir], {
      env: { ...process.env, SALESMAP_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${out}`)), 15_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[1]!,
        token,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => code && reject(new Error(`web host exited ${code}: ${out}`)));
  });
}

async function api<T>(host: Host, method: string, args: unknown): Promise<T> {
  const res = await fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': host.token },
    body: JSON.stringify(args),
  });
  const envelope = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
  return envelope.value;
}

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s.replace(/,/g, '')));

/**
 * A workshop from the zh-CN template with `size` generated accounts, spread over the segments by
 * the template's rules (as "Suggest segments" would), one in five left in Unassigned.
 */
async function seedWorkshop(host: Host, size: number): Promise<string> {
  const w = await api<{ id: string }>(host, 'createWorkshop', { name: `Drag ${size}`, client: '', language: 'zh-CN', templateId: 'sales-transformation' });
  const accounts = generateAccounts(size).map((r) => ({
    name: r.客户名称,
    industry: r.行业,
    region: r.区域,
    city: r.城市,
    revenue: num(r['年营业额（百万元）']),
    employees: num(r.员工人数),
    spend: num(r['年物流支出（百万元）']),
    status: r.状态,
    notes: r.备注,
  }));
  await api(host, 'dispatch', { workshopId: w.id, command: { type: 'account.import', accounts } });
  const { records } = await api<{ records: AnyRecord[] }>(host, 'openWorkshop', { workshopId: w.id });
  const segments = sortByOrder(records.filter((r): r is Segment => r.type === 'segment'));
  const unassigned = sortByOrder(records.filter((r): r is Account => r.type === 'account'));
  const moves = suggestSegments(segments, unassigned).moves.filter((_, i) => i % 5 !== 0);
  if (moves.length) await api(host, 'dispatch', { workshopId: w.id, command: { type: 'segment.acceptSuggestions', moves } });
  return w.id;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const median = (values: number[]) => percentile(values, 50);

/**
 * Frame deltas as whole refresh intervals. rAF timestamps are vsync-aligned but the browser
 * coarsens them to 0.1 ms with jitter, so an on-time 60 Hz frame measures 16.6, 16.7 or 16.8 ms
 * and a raw p95 lands on 16.8 even when no frame was late. Each delta within 0.5 ms of a multiple
 * of the refresh interval (estimated from the run) is snapped to that multiple; a late frame
 * stays late (2 intervals = 33.3 ms). The raw p95 is kept in the row's details.
 */
export function snapToVsync(deltas: number[]): { interval: number; snapped: number[] } {
  const mid = median(deltas);
  const onTime = deltas.filter((d) => Math.abs(d - mid) <= 0.5);
  const interval = onTime.reduce((s, d) => s + d, 0) / (onTime.length || 1);
  const snapped = deltas.map((d) => {
    const k = Math.max(1, Math.round(d / interval));
    return Math.abs(d - k * interval) <= 0.5 ? k * interval : d;
  });
  return { interval, snapped };
}

type Counts = Record<string, number>;
const renderCounts = (page: Page) => page.evaluate(() => ({ ...(window.__salesmapRenderCounts ?? {}) }) as Record<string, number>);

interface DragResult {
  p95: number;
  rawP95: number;
  p50: number;
  max: number;
  frames: number;
  late: number;
  interval: number;
  /** Main-thread task time per frame during the drag, ms (CDP TaskDuration): load-insensitive. */
  taskPerFrame: number;
  scriptPerFrame: number;
  cards: number;
  previews: number;
  columns: number;
  headers: number;
}

/** One scripted drag: the first Unassigned card, across three segment columns, dropped in the third. */
async function mainThreadSeconds(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

async function dragOnce(page: Page, cdp: CDPSession): Promise<DragResult> {
  const card = page.locator('[data-column-list=""] [data-account-id]').first();
  const from = (await card.boundingBox())!;
  const columns = await page.locator('section[data-column-key]:not([data-column-key=""])').evaluateAll((els) =>
    els.slice(0, 3).map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 420) };
    }),
  );
  const before: Counts = await renderCounts(page);
  const busyBefore = await mainThreadSeconds(cdp);
  await startFrames(page);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const points = [{ x: from.x + from.width / 2, y: from.y + from.height / 2 }, ...columns];
  const per = Math.ceil(STEPS / columns.length);
  for (let leg = 1; leg < points.length; leg++) {
    const a = points[leg - 1]!;
    const b = points[leg]!;
    for (let s = 1; s <= per; s++) {
      await page.mouse.move(a.x + ((b.x - a.x) * s) / per, a.y + ((b.y - a.y) * s) / per);
      await page.waitForTimeout(STEP_MS);
    }
  }
  await page.mouse.up();
  // The drop lands (optimistic) and the service's commit arrives within this window.
  await page.waitForTimeout(300);
  const frames = await stopFrames(page);
  const busyAfter = await mainThreadSeconds(cdp);
  const after: Counts = await renderCounts(page);
  return resultOf(frames, before, after, busyBefore, busyAfter);
}

/** Keys of the keyboard move: pick up, six columns to the right, down into the column, drop. */
const KEY_COLUMNS = 6;
const KEY_DOWNS = 12;
/** Pause between key presses: a quick user (and dnd-kit's keyboard sensor needs a frame between). */
const KEY_MS = 60;

/**
 * Issue 15 item 5: a keyboard move of the first Unassigned card across six columns and into a
 * position among the last column's cards (Space, → × 6, ↓ × 12, Space), frames recorded as in the
 * mouse drag. The announcer must say the card was dropped, or the move did not happen.
 */
async function keyboardOnce(page: Page, cdp: CDPSession): Promise<DragResult> {
  const card = page.locator('[data-column-list=""] [data-account-id]').first();
  await card.click();
  const before: Counts = await renderCounts(page);
  const busyBefore = await mainThreadSeconds(cdp);
  await startFrames(page);
  const keys = ['Space', ...Array<string>(KEY_COLUMNS).fill('ArrowRight'), ...Array<string>(KEY_DOWNS).fill('ArrowDown'), 'Space'];
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(KEY_MS);
  }
  await page.waitForTimeout(300);
  const frames = await stopFrames(page);
  const announced = await page.getByRole('status', { name: '拖放播报' }).innerText();
  if (!announced.includes('已放入')) throw new Error(`The keyboard move did not drop the card (announcer: "${announced}")`);
  const busyAfter = await mainThreadSeconds(cdp);
  const after: Counts = await renderCounts(page);
  return resultOf(frames, before, after, busyBefore, busyAfter);
}

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
}

function resultOf(frames: number[], before: Counts, after: Counts, busyBefore: { task: number; script: number }, busyAfter: { task: number; script: number }): DragResult {
  const delta = (k: string) => (after[k] ?? 0) - (before[k] ?? 0);
  const { interval, snapped } = snapToVsync(frames);
  return {
    p95: percentile(snapped, 95),
    rawP95: percentile(frames, 95),
    p50: percentile(frames, 50),
    max: Math.max(...frames),
    frames: frames.length,
    late: snapped.filter((d) => d > interval * 1.5).length,
    interval,
    taskPerFrame: ((busyAfter.task - busyBefore.task) * 1000) / frames.length,
    scriptPerFrame: ((busyAfter.script - busyBefore.script) * 1000) / frames.length,
    cards: delta('card'),
    previews: delta('preview'),
    columns: delta('column'),
    headers: delta('header'),
  };
}

/** The search typed: a city and a name word, so some cards match and most are dimmed. */
const SEARCH_PREFIX = '深圳';
const SEARCH_LAST = '华';

/**
 * Issue 15 item 2: search highlighting. The search box holds SEARCH_PREFIX; the last character is
 * typed with a probe waiting in the page: from that keystroke's input event until the frame in
 * which every card on screen is marked for the final query (.is-match exactly on the cards whose
 * text contains it) has painted. Then Escape clears the search, untimed.
 */
async function searchOnce(page: Page): Promise<number> {
  const box = page.getByRole('searchbox', { name: '搜索客户' });
  await box.fill(SEARCH_PREFIX);
  await page.waitForTimeout(300);
  await page.evaluate(
    ([query]) => {
      const w = window as unknown as { __search: { typedAt?: number; paintedAt?: number } };
      w.__search = {};
      const settled = () => {
        const slots = [...document.querySelectorAll('.seg-slot')];
        return slots.length > 0 && slots.every((el) => el.classList.contains('is-match') === (el.textContent ?? '').includes(query!));
      };
      const input = document.querySelector('input[type="search"]') as HTMLInputElement;
      input.addEventListener(
        'input',
        () => {
          w.__search.typedAt = performance.now();
          const check = () => {
            if (!settled()) return false;
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => (w.__search.paintedAt = performance.now());
              channel.port2.postMessage(null);
            });
            return true;
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
          check();
        },
        { once: true },
      );
    },
    [SEARCH_PREFIX + SEARCH_LAST],
  );
  await box.press('End');
  await page.keyboard.type(SEARCH_LAST);
  const handle = await page.waitForFunction(() => (window as unknown as { __search: { paintedAt?: number } }).__search.paintedAt, null, { timeout: 30_000, polling: 50 });
  await handle.dispose();
  const ms = await page.evaluate(() => {
    const s = (window as unknown as { __search: { typedAt: number; paintedAt: number } }).__search;
    return s.paintedAt - s.typedAt;
  });
  await box.press('Escape');
  await page.waitForTimeout(300);
  return ms;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / (1024 * 1024);
}

async function measureSize(browser: Browser, ctx: BenchContext, size: number): Promise<BenchRow[]> {
  const dataDir = fs.mkdtempSync(path.join(ctx.tmpDir, `drag-${size}-`));
  const host = await startHost(dataDir);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  try {
    ctx.log(`drag: seeding ${size} accounts`);
    const workshopId = await seedWorkshop(host, size);
    await page.goto(`${host.url}/?token=${host.token}&bench=1#/w/${encodeURIComponent(workshopId)}/segments`);
    await page.waitForSelector('section[data-ready="true"]', { timeout: 60_000 });
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await dragOnce(page, cdp); // warm-up, not counted
    const runs: DragResult[] = [];
    for (let i = 0; i < ctx.runs; i++) runs.push(await dragOnce(page, cdp));
    await keyboardOnce(page, cdp); // warm-up, not counted
    const keyRuns: DragResult[] = [];
    for (let i = 0; i < ctx.runs; i++) keyRuns.push(await keyboardOnce(page, cdp));
    await cdp.detach();
    await searchOnce(page); // warm-up, not counted
    const searches: number[] = [];
    for (let i = 0; i < ctx.runs; i++) searches.push(await searchOnce(page));
    const heap = await heapMB(page);
    const pick = (k: keyof DragResult) => median(runs.map((r) => r[k]));
    const keyPick = (k: keyof DragResult) => median(keyRuns.map((r) => r[k]));
    const at50k = size >= 50_000;
    ctx.log(
      `keyboard ${size}: p95 ${keyPick('p95').toFixed(1)} ms (raw ${keyPick('rawP95').toFixed(1)}, ${keyPick('late')} late of ${keyPick('frames')} frames, max ${keyPick('max').toFixed(1)} ms), ` +
        `${keyPick('cards') + keyPick('previews')} card renders; search ${searches.map((x) => x.toFixed(0)).join(' / ')} ms`,
    );
    ctx.log(
      `drag ${size}: p95 ${pick('p95').toFixed(1)} ms (raw ${pick('rawP95').toFixed(1)}, ${pick('late')} late of ${pick('frames')} frames, ` +
        `main thread ${pick('taskPerFrame').toFixed(2)} ms/frame), ` +
        `${pick('cards') + pick('previews')} card renders, heap ${heap.toFixed(1)} MB`,
    );
    return [
      {
        id: `drag.frame.p95.${size}`,
        label: 'Drag across 3 columns: frame time p95 (rAF deltas, in whole vsync intervals)',
        size,
        value: pick('p95'),
        unit: 'ms',
        // At vsync at every size (issue 6 set it at 2,000; issue 15 at 50,000).
        target: { op: '<=', value: 16.7 },
        details: {
          rawP95: pick('rawP95'),
          p50: pick('p50'),
          max: pick('max'),
          lateFrames: pick('late'),
          frames: pick('frames'),
          refreshMs: pick('interval'),
          mainThreadMsPerFrame: pick('taskPerFrame'),
          scriptMsPerFrame: pick('scriptPerFrame'),
          runs: runs.length,
        },
      },
      {
        id: `drag.renders.${size}`,
        label: 'Drag: card component renders per drag (moved card, overlay, cards scrolling into view)',
        size,
        value: median(runs.map((r) => r.cards + r.previews)),
        unit: 'renders',
        // Not every card: the moved card, its overlay and the odd card revealed where it left.
        // Issue 15 allows 20 at 50,000 (taller columns reveal more cards as the drag passes).
        target: { op: '<=', value: at50k ? 20 : 10 },
        details: { cards: pick('cards'), previews: pick('previews'), columns: pick('columns'), headers: pick('headers') },
      },
      {
        id: `drag.heap.${size}`,
        label: 'Renderer JS heap after the drag runs (after GC)',
        size,
        value: heap,
        unit: 'MB',
        target: { op: '<', value: 150 },
      },
      {
        id: `drag.frame.max.${size}`,
        label: 'Drag across 3 columns: longest frame',
        size,
        value: pick('max'),
        unit: 'ms',
        // Issue 15: "no frame over 20 ms" at 50,000 accounts.
        target: at50k ? { op: '<=', value: 20 } : null,
        details: { perRun: runs.map((r) => r.max.toFixed(1)).join(' / ') },
      },
      {
        id: `drag.search.${size}`,
        label: 'Search: last keystroke → every card on screen highlighted or dimmed, painted',
        size,
        value: median(searches),
        unit: 'ms',
        target: { op: '<', value: 100 },
        details: { query: SEARCH_PREFIX + SEARCH_LAST, runs: searches.length, perRun: searches.map((x) => x.toFixed(1)).join(' / ') },
      },
      {
        id: `drag.keyboard.p95.${size}`,
        label: `Keyboard move across ${KEY_COLUMNS} columns and ${KEY_DOWNS} places down: frame time p95 (whole vsync intervals)`,
        size,
        value: keyPick('p95'),
        unit: 'ms',
        target: { op: '<=', value: 16.7 },
        details: {
          rawP95: keyPick('rawP95'),
          max: keyPick('max'),
          lateFrames: keyPick('late'),
          frames: keyPick('frames'),
          cardRenders: keyPick('cards') + keyPick('previews'),
          mainThreadMsPerFrame: keyPick('taskPerFrame'),
          keyPauseMs: KEY_MS,
          runs: keyRuns.length,
        },
      },
    ];
  } finally {
    await page.close();
    await host.stop();
  }
}

export const suite: BenchSuite = {
  name: 'drag',
  async run(ctx) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    try {
      const rows: BenchRow[] = [];
      for (const size of ctx.sizes) rows.push(...(await measureSize(browser, ctx, size)));
      return rows;
    } finally {
      await browser.close();
    }
  },
};
