import { expect, test } from './fixtures';
import { callApi } from './filledWorkshop';

/**
 * The keyboard alone, in the room: the shortcut sheet (?), boards by number, the skip link to
 * the coverage board's first segment chip, focus after a dialog and after the timer starts, and
 * a routes cell that says how to leave it. Real renderer and service in Chromium.
 */
test.describe('keyboard', () => {
  test('? lists every shortcut in the UI language; Ctrl+3 and Alt+4 open boards; one Tab and Enter reach the first segment chip', async ({ page, host }) => {
    const w = await callApi<{ id: string }>(page, host, 'createWorkshop', { name: '海格物流研讨会', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
    await page.goto(`${host.url}#/w/${w.id}/agenda`);
    await expect(page.getByRole('heading', { name: '议程' })).toBeVisible();

    await page.keyboard.press('Shift+?');
    const sheet = page.getByRole('dialog', { name: '键盘快捷键' });
    await expect(sheet).toBeVisible();
    for (const text of ['撤销', '打开看板列表中的第 1…9 个看板', '本快捷键列表', '离开单元格，回到表格', '结束演示']) await expect(sheet).toContainText(text);
    await expect(sheet.locator('kbd', { hasText: /^Ctrl$/ }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    await page.keyboard.press('Control+3');
    await expect(page).toHaveURL(/\/coverage$/);
    await expect(page.getByRole('heading', { name: '客户覆盖模式' })).toBeVisible();
    await page.keyboard.press('Alt+4');
    await expect(page).toHaveURL(/\/routes$/);

    // From the top of the coverage board's page: the skip link is the first Tab stop.
    await page.goto(`${host.url}#/w/${w.id}/coverage`);
    await page.reload();
    await expect(page.getByRole('heading', { name: '客户覆盖模式' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到看板内容' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /^超大型客户，/ })).toBeFocused();
  });

  test('focus comes back to the opener when a dialog closes, and goes to the pause button when the timer starts', async ({ page, host }) => {
    const w = await callApi<{ id: string }>(page, host, 'createWorkshop', { name: '海格物流研讨会', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
    await page.goto(`${host.url}#/w/${w.id}/agenda`);
    const edit = page.getByRole('button', { name: /^编辑开场/ });
    await edit.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(edit).toBeFocused();

    await page.getByRole('button', { name: /^开始计时：开场/ }).click();
    await expect(page.getByRole('timer').getByRole('button', { name: '暂停' })).toBeFocused();
  });

  test('a routes cell says how to get out of it', async ({ page, host }) => {
    const w = await callApi<{ id: string }>(page, host, 'createWorkshop', { name: 'Haige workshop', client: 'Haige', language: 'en', templateId: 'sales-transformation' });
    await page.addInitScript(() => localStorage.setItem('salesmap.language', 'en'));
    await page.goto(`${host.url}#/w/${w.id}/routes`);
    const cell = page.getByRole('gridcell', { name: /^Integrated \(very large\) accounts · Retail/ });
    await expect(cell).toHaveAccessibleDescription(/Esc goes back to the grid/);
  });
});
