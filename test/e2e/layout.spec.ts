import type { Locator, Page } from '@playwright/test';
import { clearRouteMapCommands } from '../helpers/routeMap';
import { createWorkshop, expect, test, type Host } from './fixtures';

/**
 * How the segments, coverage and routes boards fit a screen: a laptop at 1280 × 720, a projector in
 * present mode (F5), names far longer than anyone would type. Real renderer and service (browser
 * host, SQLite in a temp folder) in Chromium; the workshop comes from the template through the UI,
 * accounts and names are changed through the service's own commands, the way another window would.
 */

type Lang = 'zh-CN' | 'en';
const SEGMENTS = ['seg-integrated', 'seg-key', 'seg-mid', 'seg-smb', 'seg-si', 'seg-isv'];

async function dispatch(page: Page, host: Host, workshopId: string, command: unknown): Promise<{ diff: { added: { id: string }[] } }> {
  const res = await page.request.post(`http://127.0.0.1:${host.port}/api/dispatch`, {
    headers: { 'X-Salesmap-Token': host.token, 'Content-Type': 'application/json' },
    data: { workshopId, command },
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`dispatch failed: ${JSON.stringify(body.error)}`);
  return body.value as { diff: { added: { id: string }[] } };
}

/**
 * A workshop from the template with a few accounts in every segment (none left in Unassigned),
 * the integrated and SMB segments covered, and routes in two cells; lands on the agenda.
 */
async function seededWorkshop(page: Page, host: Host, lang: Lang): Promise<string> {
  if (lang === 'en') await page.addInitScript(() => localStorage.setItem('salesmap.language', 'en'));
  await page.goto(host.url);
  await createWorkshop(page, { name: lang === 'en' ? 'Haige workshop' : '海格物流研讨会', language: lang });
  const workshopId = decodeURIComponent(/#\/w\/([^/]+)/.exec(page.url())![1]!);
  for (const [i, segmentId] of SEGMENTS.entries()) {
    const accounts = Array.from({ length: 4 + i }, (_, k) => ({ name: `客户 ${segmentId} ${k + 1}`, industry: '制造', region: '华南', revenue: 50 * (6 - i) + k }));
    const imported = await dispatch(page, host, workshopId, { type: 'account.import', accounts });
    await dispatch(page, host, workshopId, { type: 'account.move', ids: imported.diff.added.map((r) => r.id), segmentId, index: 0 });
  }
  await dispatch(page, host, workshopId, { type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-integrated', motionId: 'motion-dedicated' });
  await dispatch(page, host, workshopId, { type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-smb', motionId: 'motion-phone' });
  // The layout is measured on a grid of two routes, not the template's route map (issue 11).
  for (const command of clearRouteMapCommands()) await dispatch(page, host, workshopId, command);
  await dispatch(page, host, workshopId, { type: 'placement.add', routeId: 'route-services', segmentId: 'seg-integrated', offeringId: 'off-solutions' });
  await dispatch(page, host, workshopId, { type: 'placement.add', routeId: 'route-tele-online', segmentId: 'seg-smb', offeringId: 'off-retail' });
  return workshopId;
}

async function openBoard(page: Page, workshopId: string, board: 'segments' | 'coverage' | 'routes') {
  await page.goto(`${page.url().split('#')[0]}#/w/${encodeURIComponent(workshopId)}/${board}`);
  await expect(page.locator('.board-area .board')).toBeVisible();
}

/** The window itself never scrolls: only the board area (and boxes inside it) do. */
async function expectPageFits(page: Page) {
  const size = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    height: window.innerHeight,
    width: window.innerWidth,
  }));
  expect(size.scrollHeight, 'page height').toBeLessThanOrEqual(size.height);
  expect(size.scrollWidth, 'page width').toBeLessThanOrEqual(size.width);
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, 'element is laid out').not.toBeNull();
  return b!;
}

/** The smallest font size of any visible text in the board area (skipping screen-reader-only text). */
async function smallestText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    const area = document.querySelector('.board-area')!;
    const areaBox = area.getBoundingClientRect();
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent?.trim() || el.closest('.sr-only, [aria-hidden="true"], svg, dialog:not([open])')) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.bottom < areaBox.top || r.top > areaBox.bottom || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const px = parseFloat(style.fontSize);
      if (px < smallest.px) smallest = { px, text: node.textContent.trim().slice(0, 40) };
    }
    return smallest;
  });
}

/**
 * Projector type scales with the screen: 24 px at 1920 wide, so 16 px at this 1280 × 720 (the
 * same picture on the wall); nothing on the projected screen is smaller.
 */
const PROJECTOR_PX_AT_1280 = 16;

async function present(page: Page) {
  await page.keyboard.press('F5');
  await expect(page.locator('.workshop.presenting')).toBeVisible();
}

test.describe('board layout', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('coverage at 1280 × 720: the matrix scrolls under its sticky motion header; the app bar and nav never move', async ({ page, host }) => {
    const workshopId = await seededWorkshop(page, host, 'zh-CN');
    await openBoard(page, workshopId, 'coverage');
    const matrix = page.getByRole('table', { name: /覆盖方案“方案 A”/ });
    const scroller = page.locator('.coverage-scroll');
    await expect(matrix.getByRole('cell', { name: '超大型客户 专属客户主管/总监' })).toContainText('人');
    await expectPageFits(page);

    // A turn of the wheel over the matrix scrolls the matrix, not the board or the window.
    const frame = await box(scroller);
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(150);
    expect(await page.locator('.board-area').evaluate((el) => el.scrollTop)).toBe(0);
    await expect(page.getByRole('heading', { name: '客户覆盖模式' })).toBeInViewport();

    // The motion header row stays at the top of the matrix while the first rows went by under it.
    const header = matrix.getByRole('columnheader', { name: '专属电话覆盖' });
    const headerBox = await box(header);
    expect(Math.abs(headerBox.y - frame.y)).toBeLessThan(3);
    const firstRow = await box(matrix.getByRole('rowheader', { name: '超大型客户' }));
    expect(firstRow.y + firstRow.height).toBeLessThan(headerBox.y + headerBox.height + 1);

    // Wheel on past the matrix's end: the board area takes over (to the chart below); the window
    // itself, the top bar and the board list never move.
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 600);
    await expect.poll(() => page.locator('.board-area').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await page.evaluate(() => [window.scrollY, document.documentElement.scrollTop, document.body.scrollTop])).toEqual([0, 0, 0]);
    expect((await box(page.getByRole('button', { name: '演示' }))).y).toBeGreaterThanOrEqual(0);
    await expect(page.getByRole('navigation', { name: '看板' })).toBeInViewport();
    await expectPageFits(page);
  });

  test('coverage in English at 1280 × 720: every motion and the segment total fit without scrolling sideways', async ({ page, host }) => {
    const workshopId = await seededWorkshop(page, host, 'en');
    await openBoard(page, workshopId, 'coverage');
    const scroller = page.locator('.coverage-scroll');
    const total = page.getByRole('columnheader', { name: 'Segment total' });
    await expect(total).toBeVisible();
    const frame = await box(scroller);
    const t = await box(total);
    expect(t.x + t.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await expectPageFits(page);
  });

  test('present mode at 1280 × 720: coverage shows segment rows with their people and cost; the what-if rows step back', async ({ page, host }) => {
    const workshopId = await seededWorkshop(page, host, 'zh-CN');
    await openBoard(page, workshopId, 'coverage');
    const capacity = page.getByRole('textbox', { name: '每人覆盖客户数 · 专属电话覆盖' });
    await expect(capacity).toBeVisible();
    await present(page);
    await expect(capacity).toBeHidden();
    expect(parseFloat(await page.locator('.board-area').evaluate((el) => getComputedStyle(el).fontSize))).toBe(PROJECTOR_PX_AT_1280);

    // The first two segments and their figures are on the projected screen, whole (the first with
    // a four-line warning), and the third begins there: the room reads rows, not input fields.
    for (const segment of ['超大型客户', '行业大客户及其他大型客户']) {
      const total = page.getByRole('cell', { name: `${segment} 客户群合计` });
      await expect(total).toContainText(/\d\s人/);
      const b = await box(total);
      expect(b.y + b.height, `${segment} row fits`).toBeLessThanOrEqual(720);
    }
    expect((await box(page.getByRole('rowheader', { name: '中型企业' }))).y).toBeLessThan(700);
    const placed = page.getByRole('cell', { name: '超大型客户 专属客户主管/总监' });
    await expect(placed).toContainText(/1\s人/);
    await expect(placed).toContainText('¥ 1.5 M');
    await expectPageFits(page);
    expect((await smallestText(page)).px).toBeGreaterThanOrEqual(PROJECTOR_PX_AT_1280);

    await page.keyboard.press('Escape');
    await expect(page.locator('.workshop.presenting')).toHaveCount(0);
    await expect(capacity).toBeVisible();
  });

  test('present mode at 1280 × 720: an empty Unassigned column takes no more room than a segment; every segment shows whole', async ({ page, host }) => {
    const workshopId = await seededWorkshop(page, host, 'zh-CN');
    await openBoard(page, workshopId, 'segments');
    await present(page);
    // The projector layout shares the screen among all columns (issue 10's fit), so the empty
    // Unassigned column is never the widest.
    const unassigned = await box(page.getByRole('region', { name: '未分配', exact: true }));
    const integrated = await box(page.getByRole('region', { name: '超大型客户', exact: true }));
    expect(unassigned.width).toBeLessThanOrEqual(integrated.width + 1);

    // Every segment column, its figures and first card lie wholly on the screen.
    for (const name of ['超大型客户', '行业大客户及其他大型客户', '中型企业', '中小型客户', '主要IT方案提供商', '综合需求聚焦的IT方案提供商']) {
      const column = page.getByRole('region', { name, exact: true });
      await expect(column).toContainText('家客户');
      const b = await box(column);
      expect(b.x + b.width, `${name} fits`).toBeLessThanOrEqual(1280);
      await expect(column.getByRole('option').first()).toBeInViewport({ ratio: 1 });
    }
    await expectPageFits(page);
    expect((await smallestText(page)).px).toBeGreaterThanOrEqual(PROJECTOR_PX_AT_1280);
  });

  test('present mode: no text on the routes board stays desk-sized', async ({ page, host }) => {
    const workshopId = await seededWorkshop(page, host, 'en');
    await openBoard(page, workshopId, 'routes');
    await present(page);
    await expect(page.getByRole('grid', { name: 'Routes grid: customer tiers × offering types' })).toBeVisible();
    const smallest = await smallestText(page);
    expect(smallest.px, `“${smallest.text}”`).toBeGreaterThanOrEqual(PROJECTOR_PX_AT_1280);
    await expectPageFits(page);
  });

  test('a 200-character unbroken name and a URL-like name wrap or are cut: nothing leaves its box or the screen', async ({ page, host }) => {
    const workshopId = await seededWorkshop(page, host, 'en');
    const long = `Integrated${'x'.repeat(190)}`;
    const url = `https://industry-team.example.com/${'z'.repeat(150)}`;
    await dispatch(page, host, workshopId, { type: 'segment.update', id: 'seg-integrated', patch: { name: long } });
    await dispatch(page, host, workshopId, { type: 'motion.update', id: 'motion-dedicated', patch: { name: url } });
    await dispatch(page, host, workshopId, { type: 'offering.update', id: 'off-solutions', patch: { name: `Solutions${'v'.repeat(180)}` } });
    await dispatch(page, host, workshopId, { type: 'route.update', id: 'route-services', patch: { name: `Services${'w'.repeat(180)}` } });

    // Segments: the legend entry wraps inside the chart; the column title and cards stay in their column.
    await openBoard(page, workshopId, 'segments');
    const chart = await box(page.getByRole('figure', { name: 'Revenue share by segment' }));
    const entry = await box(page.locator('.seg-chart-legend li').filter({ hasText: 'Integratedxxx' }));
    expect(entry.x + entry.width).toBeLessThanOrEqual(chart.x + chart.width);
    const column = page.getByRole('region', { name: long, exact: true });
    const col = await box(column);
    const title = await box(column.locator('.seg-col-title'));
    expect(title.x + title.width).toBeLessThanOrEqual(col.x + col.width);
    await expect(column.getByRole('button', { name: `More actions for ${long}` })).toBeInViewport();
    await expectPageFits(page);

    // Coverage: the segment's chip stays in its row header; the motion's name in its column.
    await openBoard(page, workshopId, 'coverage');
    const rowHeader = page.getByRole('rowheader', { name: new RegExp(`^${long}`) });
    const chip = await box(rowHeader.getByRole('button', { name: new RegExp(`^${long}`) }));
    const head = await box(rowHeader);
    expect(chip.x + chip.width).toBeLessThanOrEqual(head.x + head.width);
    const motion = page.getByRole('columnheader', { name: url });
    const motionBox = await box(motion);
    expect(motionBox.width).toBeLessThan(260);
    expect((await box(motion.getByRole('button', { name: `Edit motion ${url}` }))).width).toBeLessThanOrEqual(motionBox.width);
    await expectPageFits(page);

    // Routes: the findings panel never scrolls sideways; every finding stays inside it.
    await openBoard(page, workshopId, 'routes');
    const findings = page.getByRole('complementary', { name: 'Findings' });
    await expect(findings).toContainText('Solutionsvvv');
    expect(await findings.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    const panel = await box(findings);
    for (const finding of await findings.locator('.finding').all()) {
      const b = await box(finding);
      expect(b.x + b.width).toBeLessThanOrEqual(panel.x + panel.width);
    }
    const grid = page.getByRole('grid', { name: 'Routes grid: customer tiers × offering types' });
    const chipInGrid = await box(grid.getByRole('button', { name: `1 Services${'w'.repeat(180)}`, exact: true }));
    const cell = await box(grid.getByRole('gridcell', { name: new RegExp(`^${long} · Solutions`) }));
    expect(chipInGrid.x + chipInGrid.width).toBeLessThanOrEqual(cell.x + cell.width);
    await expectPageFits(page);
  });

  test('the charts are pictures with a text alternative: no nameless Tab stop hides inside them', async ({ page, host }) => {
    const workshopId = await seededWorkshop(page, host, 'zh-CN');
    for (const board of ['segments', 'coverage'] as const) {
      await openBoard(page, workshopId, board);
      await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
      const hiddenStops = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement | SVGElement>('[aria-hidden="true"] *')]
          .filter((el) => el.tabIndex >= 0 || el.getAttribute('role') === 'application')
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(hiddenStops, board).toEqual([]);
    }
    // The text alternative is there: the legend names each segment with its share.
    await openBoard(page, workshopId, 'segments');
    await expect(page.getByRole('figure', { name: '各客户群营业额占比' })).toContainText(/超大型客户 \d+ %/);
  });
});
