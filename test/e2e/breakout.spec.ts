import type { Page } from '@playwright/test';
import { createWorkshop, expect, test } from './fixtures';
import { callApi, workshopIdOf } from './filledWorkshop';

const workspace = (page: Page) => page.getByRole('region', { name: '分组研讨' });
const CELL = '主要IT方案提供商 · 零售和简单交易';

async function giveCopy(page: Page, group: string) {
  await workspace(page).getByRole('tablist', { name: '看板的各个版本' }).getByRole('tab', { name: new RegExp(`^${group}`) }).click();
  await workspace(page).getByRole('button', { name: `给${group}一份市场通路看板的副本` }).click();
}

test('breakout: two groups copy the routes grid, change one cell differently, compared side by side; one merged, undo restores', async ({ page, host, context }) => {
  await page.goto(host.url);
  await createWorkshop(page, { name: '分组测试' });
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '市场通路' }).click();
  await page.getByRole('button', { name: '分组', exact: true }).click();
  const ws = workspace(page);
  await ws.getByRole('button', { name: '添加小组' }).click();
  await ws.getByRole('button', { name: '添加小组' }).click();
  await expect(ws.getByRole('textbox', { name: '第二组的名称' })).toBeVisible();
  // Board tabs open on the board on screen.
  await expect(ws.getByRole('tablist', { name: '看板' }).getByRole('tab', { name: '市场通路' })).toHaveAttribute('aria-selected', 'true');

  // 第一组 fills the gap with ⑦, 第二组 with ⑥ and also adds ④ to another cell.
  await giveCopy(page, '第一组');
  await ws.getByRole('button', { name: `${CELL}中的通路 7 电话网上销售` }).click();
  await expect(ws.getByRole('button', { name: `${CELL}中的通路 7 电话网上销售` })).toHaveAttribute('aria-pressed', 'true');
  await giveCopy(page, '第二组');
  await ws.getByRole('button', { name: `${CELL}中的通路 6 区域SI通路` }).click();
  await ws.getByRole('button', { name: '中型企业 · 集成解决方案和咨询项目中的通路 4 面对面销售' }).click();
  await expect(ws.getByRole('button', { name: '中型企业 · 集成解决方案和咨询项目中的通路 4 面对面销售' })).toHaveAttribute('aria-pressed', 'true');

  // Side by side: the conflict on the gap, the plain difference, and what each version means.
  await ws.getByRole('tab', { name: '对比' }).click();
  const diff = ws.getByRole('table', { name: /处差异/ });
  await expect(diff.getByRole('caption')).toHaveText('2 处差异');
  const conflictRow = diff.getByRole('row', { name: new RegExp(CELL) });
  await expect(conflictRow).toContainText('冲突：各组意见不同');
  await expect(conflictRow.getByRole('cell').nth(0)).toHaveText('空白（无通路）');
  await expect(conflictRow.getByRole('cell').nth(1)).toContainText('7 电话网上销售');
  await expect(conflictRow.getByRole('cell').nth(2)).toContainText('6 区域SI通路');
  const figures = ws.getByRole('table', { name: '各版本的结果' });
  const gapsRow = figures.getByRole('row', { name: /通路空白/ });
  await expect(gapsRow.getByRole('cell').nth(1)).toContainText('(−1)');
  // Nothing is taken by default for a conflict: the facilitator decides.
  await ws.getByRole('button', { name: '采用所有无冲突的差异' }).click();
  await expect(ws.getByRole('button', { name: '合并所选的 1 处差异' })).toBeEnabled();
  await conflictRow.getByRole('radio', { name: '采用第一组' }).check();
  await page.screenshot({ path: 'test-results/breakout-compare.png' });
  await ws.getByRole('button', { name: '合并所选的 2 处差异' }).click();
  await expect(page.getByRole('status', { name: '通知' })).toContainText('已将 2 处差异合并到市场通路看板');

  // The main board now has ⑦ in the cell; 第二组's ⑥ is still a conflict against it.
  await expect(diff.getByRole('caption')).toHaveText('1 处差异');
  await expect(conflictRow.getByRole('cell').nth(0)).toContainText('7 电话网上销售');
  await expect(conflictRow).toContainText('冲突');

  // One undo restores the main board: both differences are back.
  await page.getByRole('button', { name: /^撤销/ }).first().click();
  await expect(diff.getByRole('caption')).toHaveText('2 处差异');
  await expect(conflictRow.getByRole('cell').nth(0)).toHaveText('空白（无通路）');

  // The projector shows the comparison too, in its large type and without a control to merge with.
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: '第二屏幕' }).click();
  const projector = await opened;
  await projector.setViewportSize({ width: 1920, height: 1080 });
  const shown = workspace(projector);
  await expect(shown.getByRole('table', { name: /处差异/ }).getByRole('caption')).toHaveText('2 处差异', { timeout: 15_000 });
  await expect(shown.getByRole('radio')).toHaveCount(0);
  await expect(shown.getByRole('button', { name: /合并/ })).toHaveCount(0);
  await projector.screenshot({ path: 'test-results/breakout-projector.png' });
  // Closing it on the laptop closes it on the projector.
  await page.bringToFront();
  await ws.getByRole('button', { name: '关闭分组研讨' }).click();
  await expect(workspace(projector)).toHaveCount(0);
});

test('breakout: by keyboard, a group gets its own coverage plan, edits it on the coverage board under its tab, and the compare shows the row it changed', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkshop(page, { name: '分组覆盖' });
  const workshopId = workshopIdOf(page);
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '覆盖模式' }).click();
  await page.getByRole('button', { name: '分组', exact: true }).click();
  const ws = workspace(page);
  await ws.getByRole('button', { name: '添加小组' }).click();
  await expect(ws.getByRole('tablist', { name: '看板' }).getByRole('tab', { name: '覆盖模式' })).toHaveAttribute('aria-selected', 'true');
  // Tabs by arrow keys (the WAI-ARIA pattern): from 对比 to 第一组.
  const versions = ws.getByRole('tablist', { name: '看板的各个版本' });
  // The new group's tab comes with the service's change event; a user presses ← once they see it.
  await expect(versions.getByRole('tab', { name: /^第一组/ })).toBeVisible();
  await versions.getByRole('tab', { name: '对比' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(versions.getByRole('tab', { name: /^第一组/ })).toBeFocused();
  await expect(versions.getByRole('tab', { name: /^第一组/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  await expect(ws.getByRole('button', { name: '给第一组一份覆盖模式看板的副本' })).toBeFocused();
  await page.keyboard.press('Enter');
  await ws.getByRole('button', { name: '在覆盖模式看板编辑“第一组 · 方案”' }).press('Enter');

  // The group's copy is a plan of its own, a tab of the coverage board, on show now.
  await expect(workspace(page)).toHaveCount(0);
  const planTab = page.getByRole('tablist', { name: '覆盖方案' }).getByRole('tab', { name: '第一组 · 方案' });
  await expect(planTab).toHaveAttribute('aria-selected', 'true');
  const snapshot = await callApi<{ records: { id: string; type: string; name?: string }[] }>(page, host, 'openWorkshop', { workshopId });
  const plan = snapshot.records.find((r) => r.type === 'scenario' && r.name === '第一组 · 方案')!;
  // The group covers 中型企业 with the industry team, in its plan only.
  await callApi(page, host, 'dispatch', { workshopId, command: { type: 'coverage.place', scenarioId: plan.id, segmentId: 'seg-mid', motionId: 'motion-industry' } });

  await page.getByRole('button', { name: '分组', exact: true }).click();
  await ws.getByRole('tab', { name: '对比' }).click();
  const row = ws.getByRole('table', { name: /处差异/ }).getByRole('row', { name: /中型企业/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('未覆盖');
  await expect(row.getByRole('cell').nth(1)).toContainText('■ 行业团队 100 %');
  const uncovered = ws.getByRole('table', { name: '各版本的结果' }).getByRole('row', { name: /未覆盖的客户群/ });
  await expect(uncovered.getByRole('cell').nth(1)).toContainText('(−1)');
  await row.getByRole('radio', { name: '采用第一组' }).check();
  await ws.getByRole('button', { name: '合并所选的 1 处差异' }).click();
  await expect(ws.getByRole('table', { name: /处差异/ })).toHaveCount(0);
  await expect(ws).toContainText('没有剩余差异');
});
