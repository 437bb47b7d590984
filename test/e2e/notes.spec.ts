import type { Page } from '@playwright/test';
import { createWorkshop, expect, test } from './fixtures';

const notesPanel = (page: Page, board: string) => page.getByRole('complementary', { name: `便签 · ${board}` });
const goTo = (page: Page, board: string) => page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: board }).click();

test.describe('sticky notes', () => {
  test('a note stuck to a routes cell from its menu shows a badge; deleted with undo; a reload keeps it', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '便签测试' });
    await goTo(page, '市场通路');
    const cellName = '中型企业 · 零售和简单交易';
    // A cell's name begins with where it is and goes on with what it shows.
    const cell = page.getByRole('gridcell', { name: new RegExp(`^${cellName}(\\s|$)`) });
    // On the cell's empty corner: the template's route map puts chips in the cell, and a chip has its own menu.
    const box = (await cell.boundingBox())!;
    await cell.click({ button: 'right', position: { x: box.width - 4, y: box.height - 4 } });
    await page.getByRole('menuitem', { name: '添加便签…' }).click();

    const panel = notesPanel(page, '市场通路');
    await expect(panel).toContainText(`${cellName}上的便签。`);
    await expect(panel.getByLabel('贴在').locator('option:checked')).toHaveText(cellName);
    await expect(panel.getByLabel('便签内容')).toBeFocused();
    await panel.getByLabel('作者或小组').fill('第二组');
    await panel.getByRole('radio', { name: '绿色' }).check();
    await panel.getByLabel('便签内容').fill('伙伴和电销在抢同一批客户');
    await panel.getByLabel('便签内容').press('Enter');
    const note = panel.getByRole('list', { name: '便签' }).getByRole('listitem', { name: '伙伴和电销在抢同一批客户' });
    await expect(note).toContainText('第二组');
    await expect(note).toContainText(`贴在${cellName}`);
    const badge = cell.getByRole('button', { name: `${cellName}上有 1 张便签` });
    await expect(badge).toBeVisible();
    await page.screenshot({ path: 'test-results/notes-routes.png' });

    // Delete from the panel: the badge goes, the toast offers undo, Ctrl+Z brings both back.
    await panel.getByRole('button', { name: '删除便签伙伴和电销在抢同一批客户' }).click();
    await expect(page.getByRole('status', { name: '通知' })).toContainText('已删除便签“伙伴和电销在抢同一批客户”');
    await expect(badge).toHaveCount(0);
    await page.getByRole('button', { name: /^撤销/ }).first().click();
    await expect(badge).toBeVisible();

    await page.reload();
    await expect(badge).toBeVisible();
    await badge.click();
    await expect(notesPanel(page, '市场通路').getByRole('listitem', { name: '伙伴和电销在抢同一批客户' })).toBeVisible();

    // The words are edited in place: Esc leaves them, Enter saves them (one undoable step).
    const list = notesPanel(page, '市场通路').getByRole('list', { name: '便签' });
    await list.getByRole('button', { name: '编辑便签伙伴和电销在抢同一批客户' }).click();
    const edit = list.getByRole('textbox', { name: /修改便签文字/ });
    await expect(edit).toBeFocused();
    await edit.fill('不要保存');
    await edit.press('Escape');
    await expect(list.getByRole('listitem', { name: '伙伴和电销在抢同一批客户' })).toBeVisible();
    await list.getByRole('button', { name: '编辑便签伙伴和电销在抢同一批客户' }).click();
    await edit.fill('伙伴和电销在抢同一批中型客户');
    await edit.press('Enter');
    await expect(list.getByRole('listitem', { name: '伙伴和电销在抢同一批中型客户' })).toBeVisible();
    await page.getByRole('button', { name: /^撤销/ }).first().click();
    await expect(list.getByRole('listitem', { name: '伙伴和电销在抢同一批客户' })).toBeVisible();
  });

  test('from the top bar, a note on a segment badges its column; the panel lists only the board’s notes', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '便签分群' });
    await goTo(page, '客户分群');
    await page.getByRole('button', { name: '便签', exact: true }).click();
    const panel = notesPanel(page, '客户分群');
    await panel.getByLabel('贴在').selectOption({ label: '中型企业' });
    await panel.getByLabel('便签内容').fill('中型企业要不要再细分？');
    await panel.getByRole('button', { name: '贴上便签' }).click();
    await expect(page.getByRole('button', { name: '中型企业上有 1 张便签' })).toBeVisible();
    await expect(page.getByRole('button', { name: '便签 1', exact: true })).toBeVisible();
    // The panel stays open on the next board and shows that board's notes.
    await goTo(page, '覆盖模式');
    await expect(notesPanel(page, '覆盖模式')).toContainText('这里还没有便签');
    await page.getByRole('button', { name: '便签', exact: true }).click();
    await expect(notesPanel(page, '覆盖模式')).toHaveCount(0);
  });
});

