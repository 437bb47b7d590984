import type { Locator, Page } from '@playwright/test';
import { fillWorkshop } from '../helpers/filledWorkshop';
import { expect, test } from './fixtures';
import { callApi } from './filledWorkshop';

/**
 * The projector layouts fit the screen: what the room sees at 1280 × 720 (the tightest common
 * projector) with a workshop at the end of its day, on the separate projector view that follows
 * the facilitator. The room check (room.spec.ts) measures every board for text that runs off or
 * scrolls; here the behaviour a facilitator relies on: every segment column on screen, its top
 * cards and how many more, and the card selected on the laptop shown even when it is far down.
 */

const inView = async (locator: Locator, page: Page) => {
  const box = (await locator.boundingBox())!;
  const size = page.viewportSize()!;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
};

test('segments on the projector: every column, its top cards and “另有 N 家”, and the selected card even when far down', async ({ page, host, context }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => localStorage.setItem('salesmap.language', 'zh-CN'));
  const w = await callApi<{ id: string }>(page, host, 'createWorkshop', { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
  await fillWorkshop(((m: string, a: unknown) => callApi(page, host, m, a)) as Parameters<typeof fillWorkshop>[0], w.id, 320);
  await page.goto(`${host.url}#/w/${encodeURIComponent(w.id)}/segments`);
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: '第二屏幕' }).click();
  const projector = await opened;
  await projector.setViewportSize({ width: 1280, height: 720 });
  const board = projector.getByRole('main', { name: '客户分群' });
  const columns = board.locator('.seg-columns').getByRole('region');
  await expect(columns).toHaveCount(7, { timeout: 15_000 });

  // Every column whole on the screen; the cards shown and "另有 N 家" add up to the header's count.
  for (const column of await columns.all()) {
    expect(await inView(column, projector), `column ${await column.getAttribute('data-column-key')} on screen`).toBe(true);
    await expect(column.locator('.seg-more')).toHaveCount(1);
    const header = (await column.locator('.seg-col-count').textContent())!;
    const total = Number(/(\d+)/.exec(header)![1]);
    const shown = await column.getByRole('option').count();
    const moreText = (await column.locator('.seg-more').textContent()) ?? '';
    const more = moreText ? Number(/另有 (\d+) 家/.exec(moreText)![1]) : 0;
    expect(shown, `${header}: some cards shown`).toBeGreaterThan(total ? 0 : -1);
    expect(shown + more, `${header}: shown + more`).toBe(total);
    for (const card of await column.getByRole('option').all()) expect(await inView(card, projector)).toBe(true);
  }

  // The facilitator goes to the last card of 超大型客户 (End): the projector shows that card, outlined.
  await page.bringToFront();
  const laptopColumn = page.getByRole('region', { name: '超大型客户', exact: true });
  await laptopColumn.getByRole('option').first().focus();
  await page.keyboard.press('End');
  const last = page.locator('[data-account-id]:focus');
  await expect(last).toHaveAttribute('aria-posinset', '70');
  const id = (await last.getAttribute('data-account-id'))!;
  const column = board.getByRole('region', { name: '超大型客户', exact: true });
  const shownCard = column.locator(`[data-account-id="${id}"]`);
  await expect(shownCard).toHaveClass(/is-presented/, { timeout: 15_000 });
  expect(await inView(shownCard, projector)).toBe(true);
  // Still "another N": the cards on screen and the count keep adding up with it in place.
  const shown = await column.getByRole('option').count();
  await expect(column.locator('.seg-more')).toHaveText(`另有 ${70 - shown} 家`);
  await projector.screenshot({ path: test.info().outputPath('projector-segments-1280.png') });
});

const rootPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('zoom: Ctrl+= and the − / + buttons scale the projector on both screens, Ctrl+0 fits again; the sheet lists the keys', async ({ page, host, context }) => {
  await page.addInitScript(() => localStorage.setItem('salesmap.language', 'zh-CN'));
  const w = await callApi<{ id: string }>(page, host, 'createWorkshop', { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${host.url}#/w/${encodeURIComponent(w.id)}/routes`);
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: '第二屏幕' }).click();
  const projector = await opened;
  await projector.setViewportSize({ width: 1280, height: 720 });
  await expect(projector.getByRole('main', { name: '市场通路' })).toBeVisible({ timeout: 15_000 });
  await page.bringToFront();
  await page.keyboard.press('F5');
  await expect(page.locator('.workshop.presenting')).toBeVisible();
  // The projector layout: 24 px at 1920 wide, so 16 px at 1280, on both screens.
  expect(await rootPx(page)).toBeCloseTo(16, 1);
  expect(await rootPx(projector)).toBeCloseTo(16, 1);

  const zoom = page.getByRole('group', { name: '投影缩放' });
  await page.locator('body').focus();
  await page.keyboard.press('Control+Equal');
  await expect(zoom.getByRole('button', { name: /适合屏幕/ })).toHaveText('115 %');
  expect(await rootPx(page)).toBeCloseTo(16 * 1.15, 1);
  await expect.poll(() => rootPx(projector), { timeout: 15_000 }).toBeCloseTo(16 * 1.15, 1);

  await zoom.getByRole('button', { name: '放大' }).click();
  await expect(zoom.getByRole('button', { name: /适合屏幕/ })).toHaveText('130 %');
  await expect.poll(() => rootPx(projector), { timeout: 15_000 }).toBeCloseTo(16 * 1.3, 1);
  await page.screenshot({ path: test.info().outputPath('present-routes-zoom-130.png') });
  await zoom.getByRole('button', { name: '缩小' }).click();
  await page.keyboard.press('Control+Minus');
  await page.keyboard.press('Control+Minus');
  await expect(zoom.getByRole('button', { name: /适合屏幕/ })).toHaveText('85 %');
  await expect.poll(() => rootPx(projector), { timeout: 15_000 }).toBeCloseTo(16 * 0.85, 1);

  // Ctrl+0: back to the layout that fits, on both screens.
  await page.keyboard.press('Control+0');
  await expect(zoom.getByRole('button', { name: /适合屏幕/ })).toHaveText('100 %');
  await expect.poll(() => rootPx(projector), { timeout: 15_000 }).toBeCloseTo(16, 1);

  // Esc still ends the show with the zoom on screen (after a zoom step, too).
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Escape');
  await expect(page.locator('.workshop.presenting')).toHaveCount(0);
  // Out of present mode the laptop's own type is back, whatever the projector's zoom.
  expect(await rootPx(page)).toBeCloseTo(15, 1);

  // The keyboard shortcuts sheet (?) names the three keys.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog');
  await expect(sheet).toContainText('放大投影');
  await expect(sheet).toContainText('缩小投影');
  await expect(sheet).toContainText('看板适合屏幕');
});
