import type { Page } from '@playwright/test';
import { createWorkshop, expect, test } from './fixtures';

const panel = (page: Page) => page.getByRole('complementary', { name: '停车场' });
const question = (page: Page) => panel(page).getByRole('textbox', { name: '问题', exact: true });
const list = (page: Page) => panel(page).getByRole('list', { name: '停车场问题' });

test.describe('parking lot', () => {
  test('parked from the coverage board by keyboard alone: add, status, edit, delete with undo; a reload keeps it', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '停车场测试' });
    await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '覆盖模式' }).click();
    await expect(panel(page)).toHaveCount(0);

    // F8 opens the panel with the cursor in the question field.
    await page.keyboard.press('F8');
    await expect(panel(page)).toBeVisible();
    await expect(question(page)).toBeFocused();
    await page.keyboard.type('伙伴返点由谁来定？');
    await page.keyboard.press('Tab');
    await page.keyboard.type('渠道总监');
    await page.keyboard.press('Enter');
    const item = list(page).getByRole('listitem', { name: '伙伴返点由谁来定？' });
    await expect(item).toContainText('覆盖模式');
    await expect(item).toContainText('负责人：渠道总监');
    // The field is empty and focused again: the next question can be typed at once.
    await expect(question(page)).toBeFocused();
    await expect(question(page)).toHaveValue('');
    await expect(page.getByRole('button', { name: '停车场 1', exact: true })).toBeVisible();
    await page.screenshot({ path: 'test-results/parking-lot-open.png' });

    // Typing F8 inside the panel's field closes it; focus goes back; F8 again reopens.
    await page.keyboard.press('F8');
    await expect(panel(page)).toHaveCount(0);
    await page.keyboard.press('F8');
    await expect(panel(page)).toBeVisible();

    // Status by keyboard: Tab to the select, choose with arrows.
    const status = panel(page).getByRole('combobox', { name: '伙伴返点由谁来定？的状态' });
    await status.focus();
    await status.selectOption({ label: '行动项' });
    await expect(status).toHaveValue('action');
    await expect(page.getByRole('button', { name: '停车场', exact: true })).toBeVisible();

    // Enter on the focused question edits it.
    await item.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '停车场问题' });
    await dialog.getByLabel('答复或行动').fill('周五前由财务确认');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(item).toContainText('周五前由财务确认');

    // Delete on the focused question deletes it, with an undo toast; Ctrl+Z brings it back.
    await item.focus();
    await page.keyboard.press('Delete');
    await expect(page.getByRole('status', { name: '通知' })).toContainText('已从停车场删除“伙伴返点由谁来定？”');
    await expect(item).toHaveCount(0);
    await page.getByRole('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(item).toBeVisible();
    await expect(panel(page).getByRole('combobox', { name: '伙伴返点由谁来定？的状态' })).toHaveValue('action');

    // Esc closes the panel; the top-bar button opens it on another board, with the same list.
    await question(page).focus();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '市场通路' }).click();
    await page.getByRole('button', { name: /^停车场/ }).click();
    await expect(item).toBeVisible();

    await page.reload();
    await expect(page.getByRole('button', { name: '停车场', exact: true })).toBeVisible();
    await page.keyboard.press('F8');
    await expect(item).toContainText('周五前由财务确认');
    await expect(panel(page).getByRole('combobox', { name: '伙伴返点由谁来定？的状态' })).toHaveValue('action');
  });

  test('F8 does nothing while typing in a board field', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '停车场快捷键' });
    await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '客户分群' }).click();
    const search = page.getByRole('searchbox').first();
    await search.focus();
    await page.keyboard.press('F8');
    await expect(panel(page)).toHaveCount(0);
    await expect(search).toBeFocused();
  });
});
