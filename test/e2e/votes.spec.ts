import type { Page } from '@playwright/test';
import { createWorkshop, expect, test } from './fixtures';

const panel = (page: Page) => page.getByRole('complementary', { name: '投票 · 客户分群' });

test('dot vote on segments: open, dots for two groups, hidden until closed, ranked; undo and reload keep it', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkshop(page, { name: '投票测试' });
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '客户分群' }).click();
  await page.getByRole('button', { name: '投票', exact: true }).click();
  const form = panel(page).getByRole('form', { name: '新建投票' });
  await form.getByRole('textbox', { name: '问题', exact: true }).fill('明年先攻哪个客户群？');
  await form.getByLabel('每组点数').fill('2');
  await expect(form).toContainText('共 6 项参与投票');
  await form.getByRole('button', { name: '开始投票' }).click();

  const vote = panel(page).getByRole('region', { name: '明年先攻哪个客户群？' });
  await vote.getByRole('button', { name: '为第一组给中型企业加一个点' }).click();
  await vote.getByRole('button', { name: '为第一组给中型企业加一个点' }).click();
  await expect(vote).toContainText('第一组（剩 0 个）');
  // A third dot of group 1 is refused and says why; nothing changes.
  await vote.getByRole('button', { name: '为第一组给超大型客户加一个点' }).click();
  await expect(page.getByRole('status', { name: '通知' })).toContainText('第一组的 2 个点已用完');
  await vote.getByRole('radio', { name: /第二组/ }).check();
  await vote.getByRole('button', { name: '为第二组给超大型客户加一个点' }).click();
  await vote.getByRole('button', { name: '为第二组给中型企业加一个点' }).click();
  await expect(vote).toContainText('第二组（剩 0 个）');
  // Hidden until closed.
  await expect(vote).toContainText('已投 4 个点；投票结束前结果隐藏。');
  await expect(vote.getByRole('list', { name: '结果' })).toHaveCount(0);
  // Nor on the board: the column shows no count while the result is hidden.
  const board = page.getByRole('main');
  await expect(board.getByRole('img', { name: /中型企业：.*个点/ })).toHaveCount(0);

  await vote.getByRole('button', { name: '结束投票并显示结果' }).click();
  const results = vote.getByRole('list', { name: '结果' });
  await expect(results.getByRole('listitem').nth(0)).toHaveAccessibleName('第 1 名 中型企业：3 个点');
  await expect(results.getByRole('listitem').nth(1)).toHaveAccessibleName('第 2 名 超大型客户：1 个点');
  // Closed: read-only, no dot buttons.
  await expect(vote.getByRole('button', { name: /加一个点/ })).toHaveCount(0);
  // The counts now sit on the voted columns themselves (what the projector shows too).
  await expect(board.getByRole('img', { name: '中型企业：“明年先攻哪个客户群？”中得 3 个点' })).toBeVisible();
  await expect(board.getByRole('img', { name: '超大型客户：“明年先攻哪个客户群？”中得 1 个点' })).toBeVisible();
  await page.screenshot({ path: 'test-results/vote-result.png' });

  // Undo reopens it (the close was one step); redo closes it again; a reload keeps the result.
  await page.getByRole('button', { name: /^撤销/ }).first().click();
  await expect(vote.getByRole('button', { name: '结束投票并显示结果' })).toBeVisible();
  await page.getByRole('button', { name: /^重做/ }).click();
  await expect(results).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: '投票', exact: true }).click();
  await expect(vote.getByRole('list', { name: '结果' }).getByRole('listitem').nth(0)).toHaveAccessibleName('第 1 名 中型企业：3 个点');
});
