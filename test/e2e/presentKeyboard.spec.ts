import type { Page } from '@playwright/test';
import { fillWorkshop } from '../helpers/filledWorkshop';
import { expect, test, type Host } from './fixtures';
import { callApi } from './filledWorkshop';

/**
 * The projected board driven from the laptop's keyboard (present mode, F5): a list of cards — an
 * opportunity stage, a segments column, the sales stages, the agenda — is one Tab stop, as a
 * WAI-ARIA listbox with a roving tabindex; the arrows move between its cards (↑ ↓) and to the
 * next list (← →), Home / End to its first and last card, and Tab comes back to the card last
 * visited. Page Up / Down still step the agenda from a card (a presenter's clicker sends them);
 * the arrows step it when no card has the focus. A card keeps the focus when the workshop changes
 * under it, and one that disappears hands it to its neighbour. Real renderer and service.
 */

interface Stop {
  /** Which list the stop is in (its aria-label), or what it is when it is in no list. */
  list: string;
  name: string;
}

/**
 * Every Tab stop of the page in present mode, once round from the top: the stops in the board
 * area with the list each is in. Elements are marked as they are reached, so the walk ends where
 * it started whatever the page holds.
 */
async function boardTabStops(page: Page): Promise<Stop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    for (const el of document.querySelectorAll('[data-tab-seen]')) el.removeAttribute('data-tab-seen');
  });
  const stops: Stop[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.hasAttribute('data-tab-seen')) return 'end' as const;
      el.setAttribute('data-tab-seen', '');
      if (!el.closest('.board-area')) return null;
      if (el.tagName === 'A') return { list: '(a link)', name: (el.textContent ?? '').trim().slice(0, 40) };
      const list = el.closest('[role="listbox"], ul[aria-label], ol[aria-label], [role="grid"], [role="region"]');
      return { list: list?.getAttribute('aria-label') ?? `(${el.tagName.toLowerCase()} ${el.className})`, name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40) };
    });
    if (stop === 'end') return stops;
    if (stop) stops.push(stop);
  }
  throw new Error('Tab never came round');
}

/** The list each stop is in, with how many stops it has. */
const perList = (stops: Stop[]) => {
  const out = new Map<string, number>();
  for (const s of stops) out.set(s.list, (out.get(s.list) ?? 0) + 1);
  return out;
};

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.closest('.opp-card')?.querySelector('.opp-name')?.textContent ?? el?.querySelector('.seg-card-name')?.textContent ?? null;
  });

/**
 * The focused element's outline: width, style, colour, and its contrast with what is painted
 * behind the element (the first opaque background of its ancestors).
 */
function focusRing(page: Page) {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    let behind = 'rgb(255, 255, 255)';
    for (let p = el.parentElement; p; p = p.parentElement) {
      const bg = getComputedStyle(p).backgroundColor;
      if (bg !== 'transparent' && (rgb(bg)[3] ?? 1) > 0) {
        behind = bg;
        break;
      }
    }
    const [hi, lo] = [lum(s.outlineColor), lum(behind)].sort((a, b) => b - a);
    return { width: parseFloat(s.outlineWidth), style: s.outlineStyle, color: s.outlineColor, behind, contrast: (hi! + 0.05) / (lo! + 0.05) };
  });
}

/** The agenda step present mode shows ('' before the first step). */
const stepText = (page: Page) => page.locator('.present-step').allTextContents().then((t) => t.join());

/** A workshop at the end of its day, with sixteen opportunities in 识别商机 and four in 确认商机. */
async function fullWorkshop(page: Page, host: Host): Promise<string> {
  await page.addInitScript(() => localStorage.setItem('salesmap.language', 'zh-CN'));
  const w = await callApi<{ id: string }>(page, host, 'createWorkshop', { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN', templateId: 'logistics-example' });
  await fillWorkshop(((m: string, a: unknown) => callApi(page, host, m, a)) as Parameters<typeof fillWorkshop>[0], w.id, 320);
  const snapshot = await callApi<{ records: Array<{ type: string; id: string }> }>(page, host, 'openWorkshop', { workshopId: w.id });
  const accounts = snapshot.records.filter((r) => r.type === 'account');
  for (let i = 0; i < 18; i++) {
    const stageId = i < 14 ? 'stage-identify' : 'stage-validate';
    const values = { name: `第 ${i + 1} 个仓储外包项目`, accountId: accounts[i % accounts.length]!.id, value: 10 + i, owner: '王经理', nextAction: '' };
    await callApi(page, host, 'dispatch', { workshopId: w.id, command: { type: 'opportunity.add', stageId, values } });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  return w.id;
}

async function present(page: Page, host: Host, workshopId: string, board: string): Promise<void> {
  await page.goto(`${host.url}#/w/${encodeURIComponent(workshopId)}/${board}`);
  await expect(page.locator('.board-area .board').first()).toBeVisible({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('F5');
  await expect(page.locator('.workshop.presenting')).toBeVisible();
}

test('opportunities in present mode: one Tab stop per stage; arrows, Home / End move between cards; focus survives changes', async ({ page, host }) => {
  test.setTimeout(120_000);
  const workshopId = await fullWorkshop(page, host);
  await present(page, host, workshopId, 'opportunities');
  const board = page.locator('.board-area');
  const stage = (name: string) => board.getByRole('region', { name, exact: true });
  await expect(stage('识别商机').locator('.opp-card').nth(4)).toBeVisible();

  // One stop per stage that has cards, whatever how many cards it shows.
  const stops = await boardTabStops(page);
  const lists = perList(stops.filter((s) => /的商机$|^Opportunities in/.test(s.list)));
  const stagesWithCards = await board.locator('.opp-column:has(.opp-card)').count();
  expect(stagesWithCards).toBeGreaterThanOrEqual(3);
  expect([...lists.values()], `Tab stops per stage: ${JSON.stringify([...lists])}`).toEqual(Array(stagesWithCards).fill(1));
  expect(stops.length, `every Tab stop of the board: ${JSON.stringify(stops)}`).toBe(stagesWithCards);

  // Tab into the board: the first card of 识别商机, read by its title.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const step = await stepText(page);
  let tabs = 0;
  while (tabs++ < 20 && !(await page.evaluate(() => !!document.activeElement?.closest('.opp-card')))) await page.keyboard.press('Tab');
  const identify = stage('识别商机').locator('.opp-card');
  const validate = stage('确认商机').locator('.opp-card');
  await expect(identify.first()).toBeFocused();
  const first = (await focusedName(page))!;
  await expect(identify.first()).toHaveAccessibleName(first);

  // ↓ ↓ the third card; End the last shown, Home the first again.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(identify.nth(2)).toBeFocused();
  const third = (await focusedName(page))!;
  await expect(page.locator(':focus')).toHaveAccessibleName(third);
  await page.keyboard.press('End');
  await expect(identify.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(identify.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');

  // → the next stage, at the same place (or its last card); ← back.
  await page.keyboard.press('ArrowRight');
  await expect(validate.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(identify.nth(2)).toBeFocused();
  // The arrows moved the focus, not the show: the same agenda step, the same board.
  expect(await stepText(page)).toBe(step);
  await expect(page).toHaveURL(/\/opportunities$/);

  // Tab leaves the stage for the next one's stop, the card last visited there (the roving stop
  // moved with the arrows); Shift+Tab comes back to the card last visited here.
  await page.keyboard.press('Tab');
  await expect(validate.nth(2)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(identify.nth(2)).toBeFocused();

  // Enter opens nothing in present mode (read-only: no gesture starts an edit).
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(identify.nth(2)).toBeFocused();

  // The workshop changes under the focused card (another window renames it): it keeps the focus.
  const idOf = async () => (await page.locator(':focus').getAttribute('data-present-key'))!.replace('opportunity:', '');
  const id = await idOf();
  await callApi(page, host, 'dispatch', { workshopId, command: { type: 'opportunity.update', id, patch: { name: '改名后的仓储项目' } } });
  await expect(identify.nth(2)).toHaveAccessibleName('改名后的仓储项目');
  await expect(identify.nth(2)).toBeFocused();
  // A card from 确认商机 moves to the top of 识别商机: the focused card, one place down, keeps the focus.
  const moved = (await validate.last().getAttribute('data-present-key'))!.replace('opportunity:', '');
  await callApi(page, host, 'dispatch', { workshopId, command: { type: 'opportunity.move', id: moved, stageId: 'stage-identify', index: 0 } });
  await expect(identify.first()).toHaveAttribute('data-present-key', `opportunity:${moved}`);
  await expect(identify.nth(3)).toBeFocused();
  // It is deleted: the card after it (now in its place) has the focus, and the arrows go on from there.
  const next = (await identify.nth(4).getAttribute('data-present-key'))!;
  await callApi(page, host, 'dispatch', { workshopId, command: { type: 'opportunity.delete', ids: [id] } });
  await expect(board.locator(`[data-present-key="opportunity:${id}"]`)).toHaveCount(0);
  await expect(board.locator(`[data-present-key="${next}"]`)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(identify.nth(2)).toBeFocused();

  // The only card of 制定方案 is deleted while it has the focus: the next stage's card has it.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const propose = stage('制定方案').locator('.opp-card');
  await expect(propose).toHaveCount(1);
  await expect(propose).toBeFocused();
  const only = (await propose.getAttribute('data-present-key'))!.replace('opportunity:', '');
  await callApi(page, host, 'dispatch', { workshopId, command: { type: 'opportunity.delete', ids: [only] } });
  await expect(propose).toHaveCount(0);
  await expect(stage('达成意向').locator('.opp-card').first()).toBeFocused();
  // ← passes the empty stage by, to the same place in 确认商机.
  await page.keyboard.press('ArrowLeft');
  await expect(validate.first()).toBeFocused();

  // The focused card is outlined for the room: a ring at least 4 px wide at 1920 × 1080, 7:1 against the stage.
  const ring = await focusRing(page);
  expect(ring.style).not.toBe('none');
  expect(ring.width, 'focus ring width at 1920 × 1080').toBeGreaterThanOrEqual(4);
  expect(ring.contrast, `focus ring ${ring.color} on ${ring.behind}`).toBeGreaterThanOrEqual(7);
  await page.screenshot({ path: test.info().outputPath('present-opportunities-focus-1920.png') });

  // Page Down still steps the agenda from a card (what a presenter's clicker sends).
  await page.keyboard.press('PageDown');
  await expect.poll(() => stepText(page)).not.toBe(step);
});

test('segments in present mode: one Tab stop per column; the arrows move between cards and columns, not the agenda', async ({ page, host }) => {
  test.setTimeout(120_000);
  const workshopId = await fullWorkshop(page, host);
  await present(page, host, workshopId, 'segments');
  const board = page.locator('.board-area');
  const columns = board.locator('.seg-columns').getByRole('region');
  await expect(columns.first().getByRole('option').first()).toBeVisible();

  const stops = await boardTabStops(page);
  const cardStops = stops.filter((s) => / 的客户$/.test(s.list));
  const lists = perList(cardStops);
  const columnsWithCards = await board.locator('.seg-column:has([role="option"])').count();
  expect([...lists.values()], `Tab stops per column: ${JSON.stringify([...lists])}`).toEqual(Array(columnsWithCards).fill(1));

  const step = await stepText(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let tabs = 0;
  while (tabs++ < 20 && !(await page.evaluate(() => !!document.activeElement?.closest('[role="option"]')))) await page.keyboard.press('Tab');
  const column = page.locator('.seg-column:has(:focus)');
  const key = (await column.getAttribute('data-column-key'))!;
  const cards = board.locator(`.seg-column[data-column-key="${key}"]`).getByRole('option');
  await expect(cards.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(cards.nth(1)).toBeFocused();
  await expect(page).toHaveURL(/\/segments$/);
  expect(await stepText(page)).toBe(step);
  await page.keyboard.press('End');
  await expect(cards.last()).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const nextColumn = page.locator('.seg-column:has(:focus)');
  expect(await nextColumn.getAttribute('data-column-key')).not.toBe(key);
  await page.keyboard.press('ArrowLeft');
  await expect(cards.nth(1)).toBeFocused();
  // Tab away and back: the card last visited.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(cards.nth(1)).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('present-segments-focus-1920.png') });
  // Esc on a card ends the show, as from anywhere else: a read-only column has no selection to clear.
  await page.keyboard.press('Escape');
  await expect(page.locator('.workshop.presenting')).toHaveCount(0);
});

test('the other boards in present mode: a list is one Tab stop, a grid or a table one at most', async ({ page, host }) => {
  test.setTimeout(150_000);
  const workshopId = await fullWorkshop(page, host);
  const found: string[] = [];
  for (const board of ['agenda', 'coverage', 'routes', 'method', 'cadence'] as const) {
    await present(page, host, workshopId, board);
    const stops = await boardTabStops(page);
    // Every list, grid or region of the board: one stop; a link to a block's board may be one more (the agenda's).
    for (const [list, n] of perList(stops.filter((s) => !s.list.startsWith('(')))) if (n > 1) found.push(`${board}: ${n} Tab stops in “${list}”`);
    const links = stops.filter((s) => s.list.startsWith('(a '));
    const rest = stops.length - links.length;
    if (rest > 3) found.push(`${board}: ${rest} Tab stops in the board: ${JSON.stringify(stops)}`);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect(page.locator('.workshop.presenting')).toHaveCount(0);
  }
  expect(found, found.join('\n')).toEqual([]);

  // The sales stages in present mode: ↓ moves between them, the agenda stays where it is.
  await present(page, host, workshopId, 'method');
  const rows = page.locator('.board-area .stage-row');
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.last()).toBeFocused();
  await expect(page).toHaveURL(/\/method$/);

  // The shortcuts sheet says so.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+?');
  const sheet = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(sheet).toContainText('在看板的卡片之间移动');
  await expect(sheet).toContainText('焦点在卡片上时用 PageUp / PageDown');
});
