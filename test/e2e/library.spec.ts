import { createWorkshop, expect, test } from './fixtures';

test.describe('workshop library', () => {
  test('a new user creates a workshop from the zh-CN template and sees its agenda in Chinese', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByText('还没有研讨会')).toBeVisible();
    await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
    const agenda = page.getByRole('list', { name: '议程环节' });
    await expect(agenda.getByRole('listitem')).toHaveCount(9);
    await expect(agenda.getByRole('listitem', { name: '客户覆盖模式研讨' })).toBeVisible();
    await expect(agenda.getByRole('listitem', { name: '市场通路设计研讨' })).toContainText('16:45–18:00');
  });
});
