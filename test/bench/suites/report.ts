import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { boardDecisions } from '../../helpers/boardDecisions';
import { launchChromium, PAGE_OPTIONS } from '../harness/browser';
import { startHost } from '../harness/host';
import { probedReadyAt, probeHashChange, readyProbe } from '../harness/readyProbe';
import { openService, seededLibrary, type SeededLibrary } from '../harness/seed';
import { median, round } from '../harness/stats';
import type { BenchContext, BenchRow, BenchSuite } from '../types';
import { sizesUpTo } from '../harness/options';

/**
 * Issue 9: the printed report (#/w/<id>/report) of a workshop with N accounts and every board
 * decided (coverage in two plans, routes placed with a conflict and a rule, answers, the funnel),
 * every account listed under its segment.
 *  - Rendered: Chromium opens the report; the time runs until the report view carries
 *    data-ready="true" (set once every section is in the DOM) and the frame showing it has
 *    painted. Measured as a page load straight onto the report (the app boots, fetches the
 *    workshop, renders) and from a board of the running app (Ctrl+P: the records are already
 *    there). Bar: < 2 s at 10,000 accounts.
 *  - Printed: Chromium's PDF of the view (what Electron's printToPDF makes), time and size, info.
 */

const RENDER_BAR = { op: '<', value: 2000 } as const;
const READY = '.report-view[data-ready="true"]';
const TIMEOUT = 60_000;

/** The seeded library with every board decided, through the real service. */
async function decidedLibrary(ctx: BenchContext, size: number): Promise<SeededLibrary> {
  const lib = await seededLibrary(ctx.tmpDir, size);
  const { service, ok } = await openService(lib.dir);
  try {
    for (const command of boardDecisions('zh-CN')) await ok('dispatch', { workshopId: lib.workshopId, command });
  } finally {
    service.close();
  }
  return lib;
}


type Mode = 'load' | 'fromBoard';

/** One cold render: a fresh host process and browser context. */
async function renderOnce(browser: Browser, lib: SeededLibrary, mode: Mode, check: boolean): Promise<number> {
  const host = await startHost(lib.dir);
  const context = await browser.newContext({ ...PAGE_OPTIONS });
  const reportHash = `#/w/${encodeURIComponent(lib.workshopId)}/report`;
  try {
    const page = await context.newPage();
    let start = 0;
    if (mode === 'load') {
      await page.addInitScript(readyProbe, READY);
      await page.goto(`${host.url}${reportHash}`, { waitUntil: 'commit' });
    } else {
      await page.goto(`${host.url}#/w/${encodeURIComponent(lib.workshopId)}/coverage`);
      await page.locator('main.board-area section').first().waitFor({ state: 'visible', timeout: TIMEOUT });
      start = await probeHashChange(page, READY, reportHash);
    }
    const at = (await probedReadyAt(page, TIMEOUT)) - start;
    if (check) {
      // The marker must mean "the whole report is there": its last account and its last section.
      const last = lib.accounts.filter((a) => a.segmentId !== null).at(-1)!;
      const text = (await page.locator('article.report').textContent()) ?? '';
      if (!text.includes(last.name) || !(await page.locator('section[data-board="method"]').count())) {
        throw new Error('The report said data-ready="true" before every section and account was there');
      }
    }
    return at;
  } finally {
    await context.close();
    await host.stop();
  }
}

const LABELS: Record<Mode, string> = {
  load: 'Report view rendered, all boards filled (page load straight onto the report)',
  fromBoard: 'Report view rendered, all boards filled (Ctrl+P from a board of the running app)',
};

async function measureRender(ctx: BenchContext, browser: Browser, lib: SeededLibrary, size: number, mode: Mode): Promise<BenchRow> {
  const times: number[] = [];
  for (let i = 0; i <= ctx.runs; i++) {
    const t = await renderOnce(browser, lib, mode, i === 0);
    if (i > 0) times.push(t); // the first warms the OS file cache and Chromium's shared caches
  }
  ctx.log(`${size} accounts, ${mode}: report ${times.map((t) => round(t)).join(' / ')} ms`);
  return {
    id: `report.render.${mode}.${size}`,
    label: LABELS[mode],
    size,
    value: median(times),
    unit: 'ms',
    target: RENDER_BAR,
    details: { runs: times.length, marker: READY, perRun: times.map((t) => round(t, 1)).join(' / ') },
  };
}

/** Chromium's PDF of the report (the engine Electron's printToPDF uses): how long and how big. */
async function measurePdf(ctx: BenchContext, browser: Browser, lib: SeededLibrary, size: number): Promise<BenchRow[]> {
  const host = await startHost(lib.dir);
  const context = await browser.newContext({ ...PAGE_OPTIONS });
  try {
    const page = await context.newPage();
    await page.goto(`${host.url}#/w/${encodeURIComponent(lib.workshopId)}/report`);
    await page.locator(READY).waitFor({ timeout: TIMEOUT });
    const file = path.join(ctx.tmpDir, `report-${size}.pdf`);
    const t0 = performance.now();
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const ms = performance.now() - t0;
    const bytes = fs.statSync(file).size;
    const pages = (fs.readFileSync(file, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    ctx.log(`${size} accounts: PDF ${round(ms)} ms, ${round(bytes / 2 ** 20, 2)} MB, ${pages} pages`);
    return [
      { id: `report.pdf.time.${size}`, label: 'Report printed to PDF by Chromium (A4 landscape, every account listed)', size, value: ms, unit: 'ms', target: null, details: { pages } },
      { id: `report.pdf.size.${size}`, label: 'Report PDF file size', size, value: bytes / 2 ** 20, unit: 'MB', target: null, details: { pages } },
    ];
  } finally {
    await context.close();
    await host.stop();
  }
}

export const suite: BenchSuite = {
  name: 'report',
  async run(ctx) {
    const rows: BenchRow[] = [];
    const browser = await launchChromium();
    try {
      for (const size of sizesUpTo(ctx.sizes)) {
        const lib = await decidedLibrary(ctx, size);
        for (const mode of ['load', 'fromBoard'] as const) rows.push(await measureRender(ctx, browser, lib, size, mode));
        rows.push(...(await measurePdf(ctx, browser, lib, size)));
      }
    } finally {
      await browser.close();
    }
    return rows;
  },
};
