import { createWorkshop, expect, test } from './fixtures';

test.describe('sales method board', () => {
  test('stages with win probabilities, a warning when one drops, the funnel calculator', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '方法论' });
    await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '销售方法' }).click();
    const stages = page.getByRole('list', { name: '销售阶段' });
    await expect(stages.getByRole('listitem')).toHaveCount(5);
    await expect(stages.getByRole('listitem', { name: '制定方案' })).toContainText('50 %');

    await page.getByRole('button', { name: '编辑制定方案' }).click();
    await page.getByRole('dialog', { name: '销售阶段' }).getByLabel('赢率（%）').fill('20');
    await page.getByRole('dialog', { name: '销售阶段' }).getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('dialog', { name: '销售阶段' })).toBeHidden();
    await expect(stages.getByRole('listitem', { name: '制定方案' })).toContainText('低于“确认商机”');
    await page.keyboard.press('Control+z');
    await expect(stages.getByRole('listitem', { name: '制定方案' })).not.toContainText('低于');

    // The stage's guiding questions (for the opportunity plan) are edited with it.
    await page.getByRole('button', { name: '编辑制定方案' }).click();
    const stageDialog = page.getByRole('dialog', { name: '销售阶段' });
    await expect(stageDialog.getByLabel('商机计划的引导问题（每行一个）')).toHaveValue(/方案如何回应客户的痛点/);
    await stageDialog.getByRole('button', { name: '取消' }).click();

    // Funnel: 10 wins at 80 % per step over 4 transitions → ceil(10 / 0.4096) = 25 customers to visit.
    const funnel = page.getByRole('region', { name: '销售漏斗计算器' });
    await expect(funnel.getByRole('status')).toHaveText('要赢得 10 单，需要拜访 25 家客户。');
    await funnel.getByRole('spinbutton', { name: '目标赢单数' }).fill('20');
    await funnel.getByRole('spinbutton', { name: '目标赢单数' }).press('Enter');
    await expect(funnel.getByRole('status')).toHaveText(/要赢得 20 单/);
    // Ctrl+Z right after committing a number undoes the workshop change, not just the typing.
    await page.keyboard.press('Control+z');
    await expect(funnel.getByRole('status')).toHaveText(/要赢得 10 单/);
    await expect(funnel.getByRole('spinbutton', { name: '目标赢单数' })).toHaveValue('10');
    await page.keyboard.press('Control+Shift+z');
    await expect(funnel.getByRole('status')).toHaveText(/要赢得 20 单/);
    await funnel.getByLabel('拜访数 → 预计赢单').check();
    await funnel.getByRole('spinbutton', { name: '拜访客户数' }).fill('1000');
    await funnel.getByRole('spinbutton', { name: '拜访客户数' }).press('Enter');
    await expect(funnel.getByRole('status')).toContainText('拜访 1,000 家客户，预计赢得约 409.6 单');
    await page.reload();
    await expect(funnel.getByRole('status')).toContainText('拜访 1,000 家客户');
  });
});
