import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { fillWorkshop } from '../helpers/filledWorkshop';
import { expect, test, type Host } from './fixtures';
import { callApi, runLongestBlock } from './filledWorkshop';
import { auditScreen, axeFindings, summarise, type Finding } from './roomAudit';

/**
 * In the room: every board and its dialogs, on the projector (present mode, F5) at 1920 × 1080
 * and 1280 × 720, in both languages, with a workshop at the end of its day (320 accounts sorted,
 * every board decided) and with a fresh one (nothing imported, nothing decided). On every screen:
 * no visible text under the projector bar (24 px at 1920 wide, scaled with the width), none under
 * 7:1 against what is painted behind it, nothing off the screen without a scroll bar to reach it,
 * the board whole without scrolling, no word broken mid-word, no name (a motion, segment, offering,
 * route or stage) broken inside a word, no lone Chinese character on a line,
 * no name cut with "…"; axe-core (WCAG 2.2 A/AA) on every view and dialog, in normal mode too;
 * and focus back on the opener when a dialog closes. One page per language and workshop; boards
 * switch by address, sizes by resizing, so the walk stays short.
 *
 * `MODE` says how a board is put on the projector: present mode today; the separate projector
 * view (its own URL) can be walked by adding a mode that opens it.
 */

type Lang = 'zh-CN' | 'en';
type Board = 'agenda' | 'segments' | 'coverage' | 'routes' | 'method' | 'opportunities' | 'cadence';
// ROOM_BOARDS=opportunities,cadence walks only those (while working on one board's layout).
const BOARDS = (['agenda', 'segments', 'coverage', 'routes', 'method', 'opportunities', 'cadence'] as Board[]).filter(
  (b) => !process.env.ROOM_BOARDS || process.env.ROOM_BOARDS.split(',').includes(b),
);
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

interface Mode {
  name: string;
  /** Puts the board (already open at its address) on the projector. */
  enter(page: Page): Promise<void>;
  leave(page: Page): Promise<void>;
}
const PRESENT: Mode = {
  name: 'present',
  enter: async (page) => {
    await page.keyboard.press('F5');
    await expect(page.locator('.workshop.presenting')).toBeVisible();
  },
  leave: async (page) => {
    // Esc on a focused card or in a dialog is theirs; from the page it ends present mode.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect(page.locator('.workshop.presenting')).toHaveCount(0);
  },
};
const MODE = PRESENT;

/** The UI's own words, from its locale files, so one walk serves both languages. */
const locales = new Map<string, Record<string, unknown>>();
function tr(lang: Lang, key: string, vars: Record<string, string> = {}): string {
  const [file, ...rest] = key.split(':');
  const id = `${lang}/${file}`;
  if (!locales.has(id)) locales.set(id, JSON.parse(fs.readFileSync(path.resolve('renderer/i18n/locales', lang, `${file}.json`), 'utf8')));
  let value: unknown = locales.get(id);
  for (const part of rest.join(':').split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`no string ${lang} ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (m, v: string) => vars[v] ?? m);
}
const exact = (s: string) => new RegExp(`^\\+?\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
/** A control whose name holds the template's longest literal part ("Edit {{name}}" → "Edit "). */
const part = (s: string) => {
  const literal = s.split(/\{\{\w+\}\}/).sort((a, b) => b.length - a.length)[0]!;
  return new RegExp(literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
};

/** The dialogs of each board, each by the control that opens it (the first of its kind). */
interface Opener {
  name: string;
  opener(page: Page, lang: Lang): Locator;
  /** Only on a workshop with accounts and decisions. */
  full?: boolean;
}
const area = (page: Page) => page.locator('.board-area');
const DIALOGS: Record<Board, Opener[]> = {
  agenda: [
    { name: 'new item', opener: (p, l) => area(p).getByRole('button', { name: exact(tr(l, 'agenda:add')) }).filter({ visible: true }).first() },
    { name: 'edit item', opener: (p, l) => area(p).getByRole('button', { name: part(tr(l, 'agenda:editItem')) }).filter({ visible: true }).first() },
  ],
  segments: [
    { name: 'import', opener: (p, l) => area(p).getByRole('button', { name: tr(l, 'import:button') }).filter({ visible: true }).first() },
    { name: 'suggest', opener: (p, l) => area(p).getByRole('button', { name: tr(l, 'segments:toolbar.suggest') }), full: true },
    { name: 'new account', opener: (p, l) => area(p).getByRole('button', { name: exact(tr(l, 'segments:toolbar.addAccount')) }).filter({ visible: true }).first() },
    { name: 'account', opener: (p) => area(p).getByRole('option').filter({ visible: true }).first(), full: true },
  ],
  coverage: [
    { name: 'new motion', opener: (p, l) => area(p).getByRole('button', { name: exact(tr(l, 'coverage:motion.add')) }).filter({ visible: true }).first() },
    { name: 'edit motion', opener: (p, l) => area(p).getByRole('button', { name: part(tr(l, 'coverage:editMotion')) }).filter({ visible: true }).first() },
    { name: 'segment details', opener: (p, l) => area(p).getByRole('button', { name: part(tr(l, 'coverage:segmentDetails')) }).filter({ visible: true }).first() },
  ],
  routes: [
    { name: 'new route', opener: (p, l) => area(p).getByRole('button', { name: exact(tr(l, 'routes:newRoute')) }).filter({ visible: true }).first() },
    { name: 'rule of engagement', opener: (p, l) => area(p).getByRole('button', { name: part(tr(l, 'routes:conflictRule')) }).filter({ visible: true }).first(), full: true },
  ],
  method: [
    { name: 'new stage', opener: (p, l) => area(p).getByRole('button', { name: exact(tr(l, 'method:stages.add')) }).filter({ visible: true }).first() },
    { name: 'edit stage', opener: (p, l) => area(p).getByRole('button', { name: part(tr(l, 'method:stages.edit')) }).filter({ visible: true }).first() },
  ],
  opportunities: [
    { name: 'new opportunity', opener: (p, l) => area(p).getByRole('button', { name: exact(tr(l, 'opportunities:add')) }).filter({ visible: true }).first() },
  ],
  cadence: [],
};

async function makeWorkshop(page: Page, host: Host, lang: Lang, full: boolean): Promise<string> {
  const w = await callApi<{ id: string }>(page, host, 'createWorkshop', {
    name: lang === 'en' ? 'Haige Logistics · Sales transformation workshop' : '海格物流 · 销售转型研讨会',
    client: lang === 'en' ? 'Haige Logistics' : '海格物流',
    language: lang,
    // The full workshop starts from the "Logistics example" (the template and its example accounts,
    // opportunities with their long next actions, assessments and plans), then gets its day's work.
    templateId: full ? 'logistics-example' : 'sales-transformation',
  });
  if (full) {
    await fillWorkshop(((method: string, args: unknown) => callApi(page, host, method, args)) as Parameters<typeof fillWorkshop>[0], w.id, 320);
    await addOpportunities(page, host, w.id, lang);
    // Mid-session: every screen's top bar says the running block (the longest title) with the timer.
    await runLongestBlock(page, host, w.id);
  }
  return w.id;
}

/**
 * The client's opportunities on its accounts as the room practises them: a few spread over the
 * stages, and a first stage with more than a projector column holds (its top cards and "+ N
 * more" must show, never cards cut off at the screen's edge).
 */
async function addOpportunities(page: Page, host: Host, workshopId: string, lang: Lang): Promise<void> {
  const snapshot = await callApi<{ records: Array<{ type: string; id: string; order?: string }> }>(page, host, 'openWorkshop', { workshopId });
  const stages = snapshot.records.filter((r) => r.type === 'stage').sort((a, b) => (a.order! < b.order! ? -1 : 1));
  const accounts = snapshot.records.filter((r) => r.type === 'account');
  const names =
    lang === 'en'
      ? ['South China warehouse and distribution integration', 'Cold-chain fleet renewal', 'Cross-border e-commerce fulfilment', 'Regional hub automation']
      : ['华南区域仓配一体化项目', '冷链车队更新', '跨境电商履约服务', '区域枢纽自动化改造'];
  for (const [i, name] of names.entries()) {
    const stageId = stages[[0, 0, 1, 3][i]!]!.id;
    const values = { name, accountId: accounts[i]!.id, value: 40 + 30 * i, owner: lang === 'en' ? 'Wang Wei' : '王经理', nextAction: '' };
    await callApi(page, host, 'dispatch', { workshopId, command: { type: 'opportunity.add', stageId, values } });
  }
  for (let i = 0; i < 8; i++) {
    const name = lang === 'en' ? `Contract logistics tender ${i + 1}` : `合同物流招标 ${i + 1}`;
    const values = { name, accountId: accounts[10 + i]!.id, value: 5 + i, owner: '', nextAction: '' };
    await callApi(page, host, 'dispatch', { workshopId, command: { type: 'opportunity.add', stageId: stages[0]!.id, values } });
  }
}

async function settle(page: Page) {
  // Two frames: layout observers (fit-to-height, virtual lists) run and re-render.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Opens a dialog, runs `check` on it, closes it with Esc; the focus must come back to its opener. */
async function withDialog(page: Page, opener: Locator, check: (scope: string) => Promise<Finding[]>): Promise<Finding[] | null> {
  if (!(await opener.isVisible())) return null;
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toBeVisible();
  await settle(page);
  const found = await check('dialog[open]');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await settle(page);
  // Back on the opener, or on the grid cell that holds it (a grid keeps one focus stop per cell).
  const back = await opener.evaluate((el) => {
    const now = document.activeElement;
    return el === now || el.contains(now) || (!!now?.matches('[role="gridcell"]') && now.contains(el));
  });
  if (!back) {
    const at = await page.evaluate(() => document.activeElement?.tagName ?? 'none');
    found.push({ kind: 'focus', text: 'dialog closed', detail: `focus went to ${at}, not back to the opener` });
  }
  return found;
}

/**
 * Fitting the screen (the whole board without scrolling, names whole and broken only between
 * words) needs a projector layout per board; every walked board has one now, and is held to it
 * (a board added to BOARDS starts outside this set, its fit findings printed, until its layout
 * lands). Before the projector layouts, holding every board to it failed all four walks (e.g. en
 * full: 24 scrolls, 21 "…" cuts, 6 off-screen, 4 mid-word breaks).
 */
const FIT_KINDS = new Set<Finding['kind']>(['scrolls', 'offscreen', 'ellipsis', 'midword', 'midname', 'orphan']);
const FIT_ENFORCED = new Set<Board | 'library'>(['library', 'agenda', 'segments', 'coverage', 'routes', 'method', 'opportunities', 'cadence']);

/** Keeps each screen's findings (a readable summary) and their counts by kind. */
function recorder() {
  const failures: string[] = [];
  const pending: string[] = [];
  const totals = new Map<string, number>();
  return {
    failures,
    pending,
    totals,
    record(where: string, findings: Finding[]) {
      for (const f of findings) {
        const kind = f.kind === 'axe' ? `axe ${f.text}` : f.kind;
        totals.set(kind, (totals.get(kind) ?? 0) + 1);
      }
      const board = where.split(' ')[0] as Board;
      const held = FIT_ENFORCED.has(board) ? findings : findings.filter((f) => !FIT_KINDS.has(f.kind));
      const waiting = findings.filter((f) => !held.includes(f));
      if (held.length) failures.push(summarise(where, held));
      if (waiting.length) pending.push(summarise(where, waiting));
    },
  };
}

test.describe.configure({ mode: 'parallel' });
test.setTimeout(240_000);

for (const lang of ['zh-CN', 'en'] as const) {
  for (const full of [true, false]) {
    const workshop = full ? 'full' : 'empty';
    test(`in the room, ${lang}, ${workshop} workshop: every board and dialog readable, whole and accessible`, async ({ page, host }) => {
      await page.addInitScript((l) => localStorage.setItem('salesmap.language', l), lang);
      const workshopId = await makeWorkshop(page, host, lang, full);
      const { failures, pending, totals, record: rec } = recorder();
      const record = rec;
      const axeIn = (scope?: string) => axeFindings(page, scope);

      // The library and its dialogs (normal mode only: nothing of it is projected).
      await page.setViewportSize(SIZES[1]!);
      await page.goto(host.url);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await settle(page);
      record(`library ${lang}`, await axeIn());
      const newWorkshop = page.getByRole('button', { name: exact(tr(lang, 'library:new')) });
      record(`library ${lang} new-workshop dialog`, (await withDialog(page, newWorkshop, axeIn)) ?? []);

      const t0 = Date.now();
      const lap = (what: string) => process.env.ROOM_TIMING && console.log(`${lang} ${workshop} ${what} ${Date.now() - t0} ms`);
      for (const board of BOARDS) {
        lap(board);
        await page.setViewportSize(SIZES[1]!);
        await page.goto(`${host.url}#/w/${encodeURIComponent(workshopId)}/${board}`);
        await expect(page.locator('.board-area .board, .board-area > *').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await settle(page);
        const openers = DIALOGS[board].filter((d) => full || !d.full);

        // Normal mode: axe on the board and each of its dialogs.
        record(`${board} normal ${lang} ${workshop}`, await axeIn());
        for (const d of openers) {
          const found = await withDialog(page, d.opener(page, lang), axeIn);
          if (found === null) failures.push(`${board} normal ${lang} ${workshop}: the ${d.name} dialog's opener is not on the board`);
          else record(`${board} normal ${lang} ${workshop} ${d.name} dialog`, found);
        }

        lap(`${board} normal done`);
        // On the projector, at each size: the screen, then each dialog that can be opened there.
        await MODE.enter(page);
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await settle(page);
          const minPx = (24 * size.width) / 1920;
          const where = `${board} ${MODE.name} ${size.width} ${lang} ${workshop}`;
          const screen = await auditScreen(page, { minPx, minContrast: 7, mustFit: true });
          record(where, [...screen, ...(await axeIn())]);
          if (size === SIZES[0]) await page.screenshot({ path: test.info().outputPath(`${board}-${size.width}.png`) });
          // A read-only board (present mode hides editing) opens no dialog: they were checked above.
          const readOnly = (await page.locator('[data-read-only="true"]').count()) > 0;
          for (const d of readOnly ? [] : openers) {
            // axe saw this dialog's markup in normal mode; here what the room sees of it.
            const found = await withDialog(page, d.opener(page, lang), (scope) => auditScreen(page, { minPx, minContrast: 7, mustFit: false, scope }));
            // Present mode may hide editing controls: a dialog without an opener there is not projected.
            if (found) record(`${where} ${d.name} dialog`, found);
          }
        }
        await MODE.leave(page);
      }

      const counts = [...totals].map(([k, n]) => `${n} ${k}`).join(', ');
      test.info().annotations.push({ type: 'findings', description: counts || 'none' });
      console.log(`${lang} ${workshop}: ${failures.length + pending.length} screens with findings (${counts || 'none'})`);
      if (pending.length) {
        const boards = [...new Set(pending.map((p) => p.split(' ')[0]))].join(', ');
        console.log(`not failed yet (no projector layout that fits the screen): ${boards}\n${pending.join('\n')}`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }
}
