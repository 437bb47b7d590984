import type { BrowserContext, Locator, Page } from '@playwright/test';
import { createWorkshop, expect, test, type Host } from './fixtures';
import { callApi, workshopIdOf } from './filledWorkshop';

/**
 * The projector view in two windows against the real browser host: the facilitator edits on the
 * laptop, the projector (opened with "第二屏幕", a read-only viewer token) follows through the
 * service's events alone. Assertions wait on what the projector shows, never on a clock.
 */

const ACCOUNTS = [
  { name: '深圳华信电子', industry: '电子制造', region: '华南', city: '深圳', revenue: 1240 },
  { name: '上海远盛快消', industry: '快消品', region: '华东', city: '上海', revenue: 480 },
  { name: '成都泰恒汽车', industry: '汽车', region: '西南', city: '成都', revenue: 120 },
];

async function facilitatorWorkshop(page: Page, host: Host): Promise<string> {
  await page.goto(host.url);
  await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
  const workshopId = workshopIdOf(page);
  await callApi(page, host, 'dispatch', { workshopId, command: { type: 'account.import', accounts: ACCOUNTS } });
  // An opportunity, so its board shows a card too.
  await callApi(page, host, 'dispatch', { workshopId, command: { type: 'opportunity.add', values: { name: '华信扩容项目' } } });
  return workshopId;
}

/** "第二屏幕" in the top bar opens the projector window (a new page of the same browser). */
async function openProjector(page: Page, context: BrowserContext): Promise<Page> {
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: '第二屏幕' }).click();
  const projector = await opened;
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await expect(projector.locator('.projector')).toBeVisible();
  return projector;
}

const nav = (page: Page) => page.getByRole('navigation', { name: '看板' });
const boardArea = (page: Page) => page.locator('main.board-area');
const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const card = (page: Page, columnName: string, account: string) =>
  // A card is named by what it shows: the account's name, then its details.
  column(page, columnName)
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(`^${account.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`) });

/** Every control a person could edit with, visible anywhere on the page. */
function editingControls(page: Page): Locator {
  return page.locator('button:visible, input:visible, select:visible, textarea:visible, [contenteditable="true"]:visible, [role="button"]:visible, [aria-roledescription]:visible');
}

test.describe('projector view', () => {
  test('follows the facilitator: a move, the board, the agenda step, the highlight, blank', async ({ page, host, context }) => {
    const workshopId = await facilitatorWorkshop(page, host);
    const projector = await openProjector(page, context);
    expect(projector.url()).toContain(`#/present/${encodeURIComponent(workshopId)}`);
    // Opened with the read-only viewer token, never the facilitator's.
    expect(projector.url()).not.toContain(host.token);
    await page.bringToFront();

    // The board follows.
    await nav(page).getByRole('link', { name: '客户分群' }).click();
    await expect(projector.getByRole('main', { name: '客户分群' })).toBeVisible({ timeout: 15_000 });
    await expect(card(projector, '未分配', '深圳华信电子')).toBeVisible();

    // A move on the laptop (its right-click menu) appears on the projector.
    await card(page, '未分配', '深圳华信电子').click({ button: 'right' });
    await page.getByRole('menu', { name: '深圳华信电子 的菜单' }).getByRole('menuitem', { name: '移到 超大型客户' }).click();
    await expect(card(projector, '超大型客户', '深圳华信电子')).toBeVisible({ timeout: 15_000 });
    await expect(column(projector, '超大型客户')).toContainText('¥ 1,240 M');

    // The card the facilitator has in focus is outlined on the projector.
    await card(page, '未分配', '上海远盛快消').focus();
    await expect(card(projector, '未分配', '上海远盛快消')).toHaveClass(/is-presented/, { timeout: 15_000 });

    // Present mode: the arrow keys step through the agenda, each step shows its board, on both screens.
    await page.keyboard.press('F5');
    await expect(page.locator('.workshop.presenting')).toBeVisible();
    await page.locator('body').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.present-step')).toContainText('第 1 步');
    const stepText = (await page.locator('.present-step').textContent())!;
    await expect(projector.locator('.present-step')).toHaveText(stepText, { timeout: 15_000 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.present-step')).toContainText('第 3 步');
    const board = (await page.locator('main.board-area').getAttribute('aria-label'))!;
    await expect(projector.locator('.present-step')).toContainText('第 3 步', { timeout: 15_000 });
    await expect(projector.getByRole('main', { name: board })).toBeVisible();

    // B blanks the projector, B again brings the board back; Esc ends the show.
    await page.keyboard.press('b');
    await expect(projector.getByRole('img', { name: '投影已黑屏' })).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press('b');
    await expect(projector.getByRole('img', { name: '投影已黑屏' })).toHaveCount(0, { timeout: 15_000 });
    await page.keyboard.press('Escape');
    await expect(page.locator('.workshop.presenting')).toHaveCount(0);
  });

  test('has no editing control on any board, and the service refuses its writes', async ({ page, host, context }) => {
    const workshopId = await facilitatorWorkshop(page, host);
    const projector = await openProjector(page, context);
    await page.bringToFront();
    // Every board the workshop has, as its board list names them.
    const boards = (await nav(page).getByRole('link').allTextContents()).map((n) => n.replace(/●.*$/, '').trim());
    expect(boards.length).toBeGreaterThanOrEqual(5);
    for (const name of boards) {
      await nav(page).getByRole('link', { name }).click();
      await expect(projector.getByRole('main', { name })).toBeVisible({ timeout: 15_000 });
      await expect(boardArea(projector).locator('section, .board').first()).toBeVisible();
      await projector.waitForTimeout(300);
      const left = await editingControls(projector).evaluateAll((els) => els.map((e) => `${e.tagName.toLowerCase()}.${e.className} “${(e.getAttribute('aria-label') ?? e.textContent ?? '').slice(0, 40)}”`));
      expect(left, `editing controls on the projected ${name}`).toEqual([]);
      if (name === '商机演练') await expect(projector.getByRole('group', { name: '华信扩容项目' })).toBeVisible();
      // The opportunity and cadence boards gate their own controls (useReadOnly): not rendered at
      // all, rather than rendered and hidden by the read-only CSS.
      if (name === '商机演练' || name === '例会节奏') {
        const rendered = await boardArea(projector).locator('button, input, select, textarea').evaluateAll((els) => els.map((e) => `${e.tagName.toLowerCase()}.${e.className} “${(e.getAttribute('aria-label') ?? e.textContent ?? '').slice(0, 40)}”`));
        expect(rendered, `controls rendered on the projected ${name}`).toEqual([]);
      }
      if (name === '覆盖模式') {
        // The segment chip in focus on the laptop is outlined on the projector (shown there as content).
        await page.getByRole('button', { name: /^超大型客户，/ }).focus();
        await expect(projector.locator('.segment-chip.as-content', { hasText: '超大型客户' })).toHaveClass(/is-presented/, { timeout: 15_000 });
      }
    }
    // Double-click, Enter and Delete on the projector change nothing.
    await nav(page).getByRole('link', { name: '客户分群' }).click();
    await expect(card(projector, '未分配', '成都泰恒汽车')).toBeVisible({ timeout: 15_000 });
    await card(projector, '未分配', '成都泰恒汽车').dblclick();
    await card(projector, '未分配', '成都泰恒汽车').press('Delete');
    await card(projector, '未分配', '成都泰恒汽车').press('Enter');
    await expect(projector.getByRole('dialog')).toHaveCount(0);
    await expect(card(page, '未分配', '成都泰恒汽车')).toBeVisible();

    // Its token reads; every write is refused by the service, the facilitator's token is not in the page.
    const token = new URL(projector.url()).searchParams.get('token')!;
    const calls = await projector.evaluate(
      async ({ token, workshopId }) => {
        const call = async (method: string, args: unknown) => {
          const res = await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': token }, body: JSON.stringify(args) });
          return (await res.json()) as { ok: boolean; error?: { code: string } };
        };
        return {
          read: await call('openWorkshop', { workshopId }),
          dispatch: await call('dispatch', { workshopId, command: { type: 'segment.add', name: '投影加的' } }),
          undo: await call('undo', { workshopId }),
          presence: await call('setPresence', { workshopId, presence: { board: 'routes', step: null, highlight: null, blank: true, presenting: true } }),
          library: await call('listWorkshops', {}),
          remove: await call('deleteWorkshop', { workshopId }),
        };
      },
      { token, workshopId },
    );
    expect(calls.read.ok).toBe(true);
    for (const m of ['dispatch', 'undo', 'presence', 'library', 'remove'] as const) {
      expect(calls[m], m).toMatchObject({ ok: false, error: { code: 'read_only' } });
    }
    expect(await projector.content()).not.toContain(host.token);
    await expect(card(page, '未分配', '成都泰恒汽车')).toBeVisible();
  });

  test('present mode hides the editing controls of the boards; toasts sit in a band at the bottom, never over the board', async ({ page, host }) => {
    await facilitatorWorkshop(page, host);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await nav(page).getByRole('link', { name: '客户分群' }).click();
    await expect(page.locator('section[data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('button', { name: '+ 客户', exact: true })).toBeVisible();
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('.workshop.presenting')).toBeVisible();
    await expect(boardArea(page).locator('button:visible, input:visible, select:visible, textarea:visible')).toHaveCount(0);

    // A toast while presenting (Ctrl+Z undoes the import, which says so).
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    const toast = page.locator('.toast').first();
    await expect(toast).toBeVisible();
    const t = (await toast.boundingBox())!;
    const b = (await boardArea(page).boundingBox())!;
    expect(t.y, 'the toast starts below the board').toBeGreaterThanOrEqual(b.y + b.height - 1);
    expect(t.y + t.height).toBeLessThanOrEqual(1080);
    const fontPx = await toast.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(24);
  });
});

test.describe('share read-only to the room', () => {
  test('the room’s address and QR code open the projector view on another device; off closes it', async ({ page, host, browser }) => {
    const workshopId = await facilitatorWorkshop(page, host);
    await page.getByRole('button', { name: '共享', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '只读共享给会场' });
    await expect(dialog.getByRole('status')).toHaveText('共享已关闭。除本机外，任何人都看不到此研讨会。');
    await dialog.getByRole('button', { name: '开始共享' }).click();
    const address = dialog.getByRole('textbox', { name: '会场访问地址' });
    await expect(address).toHaveValue(/^http:\/\/127\.0\.0\.2:\d+\/\?token=[\w-]+#\/present\//);
    await expect(dialog.getByRole('img', { name: '会场访问地址的二维码' })).toBeVisible();
    const url = await address.inputValue();
    expect(url).toContain(encodeURIComponent(workshopId));
    expect(url).not.toContain(host.token);

    // A participant's phone: another browser, the room's address only.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const participant = await phone.newPage();
    await participant.goto(url);
    await expect(participant.locator('.projector')).toBeVisible();
    await expect(participant.getByRole('main', { name: '议程' })).toBeVisible();
    await expect(editingControls(participant)).toHaveCount(0);
    await expect(dialog.getByRole('status')).toContainText(/共享中 · [1-9]\d* 个连接/, { timeout: 15_000 });

    // It follows the facilitator like the projector does.
    await dialog.getByRole('button', { name: '关闭' }).click();
    await nav(page).getByRole('link', { name: '客户分群' }).click();
    await expect(card(participant, '未分配', '深圳华信电子')).toBeVisible({ timeout: 15_000 });

    // Through the room's listener every write is refused.
    const refused = await participant.evaluate(async ({ workshopId }) => {
      const token = new URLSearchParams(location.search).get('token')!;
      const res = await fetch('/api/dispatch', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': token }, body: JSON.stringify({ workshopId, command: { type: 'segment.add', name: '手机加的' } }) });
      return res.json();
    }, { workshopId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } });

    // Off: the participant's connection is closed and the address answers no more.
    await page.getByRole('button', { name: '共享', exact: true }).click();
    await page.getByRole('dialog', { name: '只读共享给会场' }).getByRole('button', { name: '停止共享' }).click();
    await expect(page.getByRole('dialog', { name: '只读共享给会场' }).getByRole('status')).toContainText('共享已关闭');
    const after = await participant.evaluate(async () => {
      try {
        await fetch('/api/getPresence', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
        return 'answered';
      } catch {
        return 'unreachable';
      }
    });
    expect(after).toBe('unreachable');
    await phone.close();
  });
});

