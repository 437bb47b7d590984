import { createWorkshop, expect, test } from './fixtures';

test('repeated undo shows one toast that counts up, beside the board and over none of it', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkshop(page, { name: '海格物流', language: 'zh-CN' });
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '客户分群' }).click();
  // Three changes to undo: three new segments, each seen on the board before the next.
  const columns = page.getByRole('listbox');
  // Counted once the board is on screen (its columns render together), not while it loads.
  await expect(columns.first()).toBeVisible();
  const before = await columns.count();
  for (let i = 1; i <= 3; i++) {
    await page.getByRole('button', { name: '+ 客户群' }).click();
    await expect(columns).toHaveCount(before + i);
    // The new column's name opens for typing; Esc keeps the default name (and leaves the field,
    // so the Ctrl+Z below reaches the workshop, not the text field).
    const rename = page.locator('.seg-rename');
    await expect(rename).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(rename).toHaveCount(0);
  }
  const region = page.getByRole('status', { name: '通知' });
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
  await expect(columns).toHaveCount(before);
  await expect(region).toContainText('已撤销 ×3');
  await expect(region.locator('.toast')).toHaveCount(1);

  // The toast lies inside the board list's column, not over the board.
  const toast = await region.locator('.toast').boundingBox();
  const board = await page.locator('.board-area').boundingBox();
  expect(toast && board).toBeTruthy();
  expect(toast!.x + toast!.width).toBeLessThanOrEqual(board!.x);
});
