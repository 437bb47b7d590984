import { createWorkshop, expect, test } from './fixtures';

/**
 * Issue 12's example content and issue 11/12's one definition of the roles, in Chromium against
 * the real browser host: the consultant picks the logistics example in the new-workshop dialog and
 * finds practice opportunities and plans to teach with; a role renamed on the cadence board names
 * that part of every coverage motion's role mix.
 */
test.describe('the logistics example and the roles', () => {
  test('the example workshop opens with example accounts, opportunities across the stages and the weighted pipeline', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: '+ 新建研讨会' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('研讨会名称').fill('示例研讨会');
    await dialog.getByRole('radio', { name: /物流客户示例/ }).check();
    await dialog.getByRole('button', { name: '创建' }).click();
    const nav = page.getByRole('navigation', { name: '看板' });
    await nav.getByRole('link', { name: '商机演练' }).click();
    await expect(page.getByRole('heading', { name: '商机演练', level: 2 })).toBeVisible();
    const cards = page.locator('.opp-card');
    await expect(cards).toHaveCount(5);
    for (const stage of ['识别商机', '确认商机', '制定方案', '达成意向']) {
      await expect(page.getByRole('region', { name: stage, exact: true }).locator('.opp-card').first()).toBeVisible();
    }
    await expect(page.getByRole('button', { name: '冷链运输年度合同（示例）', exact: true })).toContainText('进一步确认');
    // 18 × 50 % + 35 × 25 % + 6 × 10 % + 2.5 × 75 % + 1.2 × 5 % = 20.3.
    await expect(page.getByTestId('pipeline-weighted')).toHaveText('¥ 20.3 M');
    await page.screenshot({ path: 'test-results/example-opportunities.png', fullPage: true });

    await nav.getByRole('link', { name: '客户分群' }).click();
    await expect(page.getByRole('region', { name: '未分配', exact: true })).toContainText('新诚医药（示例）');
  });

  test('a role renamed on the cadence board names its part of the coverage role mix; undo names it back', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '角色测试', client: '海格物流', language: 'zh-CN' });
    const nav = page.getByRole('navigation', { name: '看板' });
    await nav.getByRole('link', { name: '例会节奏' }).click();
    const name = page.getByRole('textbox', { name: '农夫的名称' });
    await name.fill('客户经理');
    await name.press('Enter');
    await expect(page.getByRole('combobox', { name: '客户经理在覆盖角色构成中计为' })).toHaveValue('farmer');
    await page.locator('.roles-panel').screenshot({ path: 'test-results/cadence-roles.png' });

    await nav.getByRole('link', { name: '覆盖模式' }).click();
    const roles = page.getByRole('rowheader', { name: /^各角色人数/ });
    await expect(roles).toHaveText('各角色人数：猎手 · 客户经理 · 辅导员');
    await page.screenshot({ path: 'test-results/coverage-role-names.png', fullPage: true });

    await page.waitForTimeout(200);
    await page.keyboard.press('Control+z');
    await expect(roles).toHaveText('各角色人数：猎手 · 农夫 · 辅导员');
  });
});
