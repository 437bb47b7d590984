import type { Page, Route } from '@playwright/test';
import { createWorkshop, expect, test } from './fixtures';

/**
 * A board whose code fails to load (a file gone, a flaky disk or network) must never leave the
 * room looking at a blank wall: the projector view and present mode say so in plain words, with
 * a retry that brings the board once its code can be had. Here the board's chunk is refused by
 * the browser (page.route aborts it), then allowed again.
 */

/** Refuses the given board's code until `allow()`; counts the refusals. */
async function refuseBoard(page: Page, board: string) {
  let refusing = true;
  let refused = 0;
  await page.route(new RegExp(`/assets/${board}-[^/]+\\.js(\\?|$)`), (route: Route) => {
    if (!refusing) return route.continue();
    refused += 1;
    return route.abort('failed');
  });
  return {
    allow: () => (refusing = false),
    refused: () => refused,
  };
}

test('present mode: a board that cannot load says so and retries', async ({ page, host }) => {
  const chunk = await refuseBoard(page, 'RoutesBoard');
  await page.goto(host.url);
  await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
  await page.keyboard.press('F5');
  await expect(page.locator('.workshop.presenting')).toBeVisible();
  // Present mode hides the board list; the agenda's arrows or the address change boards.
  await page.evaluate(() => (window.location.hash = window.location.hash.replace(/\/[^/]+$/, '/routes')));

  const board = page.getByRole('main', { name: '市场通路' });
  const alert = board.getByRole('alert');
  await expect(alert).toContainText('无法显示此看板');
  await expect(alert).toContainText('研讨会的内容没有任何改变');
  expect(chunk.refused()).toBeGreaterThan(0);
  await page.screenshot({ path: test.info().outputPath('present-board-failed.png') });
  // The rest of the window still works: the top bar is there, present mode still on.
  await expect(page.locator('.workshop.presenting .top-bar')).toBeVisible();

  // Still refused: retrying says the same again.
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(alert).toContainText('无法显示此看板');

  chunk.allow();
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(board.getByRole('alert')).toHaveCount(0);
  await expect(board.getByRole('heading', { name: '市场通路', level: 2 })).toBeVisible();
  await expect(page.locator('.workshop.presenting')).toBeVisible();
});

test('projector view: the followed board cannot load, in English, and comes back on retry', async ({ page, host, context }) => {
  await page.addInitScript(() => localStorage.setItem('salesmap.language', 'en'));
  await page.goto(host.url);
  await createWorkshop(page, { name: 'Haige Logistics · Sales transformation', client: 'Haige Logistics', language: 'en' });
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Second screen' }).click();
  const projector = await opened;
  await expect(projector.locator('.projector')).toBeVisible();
  const chunk = await refuseBoard(projector, 'MethodBoard');
  await page.bringToFront();

  await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Sales method' }).click();
  // The facilitator's own window loads it (only the projector's requests are refused).
  await expect(page.getByRole('main', { name: 'Sales method' }).getByRole('heading', { name: 'Sales method', level: 2 })).toBeVisible();

  const board = projector.getByRole('main', { name: 'Sales method' });
  const alert = board.getByRole('alert');
  await expect(alert).toContainText('This board could not be shown', { timeout: 15_000 });
  expect(chunk.refused()).toBeGreaterThan(0);
  // The projector's own top bar (the workshop, the timer) stays on screen.
  await expect(projector.locator('.projector-bar')).toContainText('Haige Logistics');

  chunk.allow();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(board.getByRole('heading', { name: 'Sales method', level: 2 })).toBeVisible();
  await expect(board.getByRole('alert')).toHaveCount(0);
});
