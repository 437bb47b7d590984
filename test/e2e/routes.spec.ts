import type { Locator, Page } from '@playwright/test';
import { clearRouteMapCommands } from '../helpers/routeMap';
import { callApi, workshopIdOf } from './filledWorkshop';
import { centreOf, createWorkshop, expect, fingerDrag, test, type Host } from './fixtures';

/**
 * A grid cell by where it is ("超大型客户 · 零售和简单交易"): its accessible name begins with that
 * and goes on with what the cell shows (its routes, its badge).
 */
const cellOf = (grid: Locator, name: string) =>
  grid.getByRole('gridcell', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`) });

/** Empties the template's route map (issue 11), for tests about the grid's rules on their own cells. */
async function clearRouteMap(page: Page, host: Host) {
  const workshopId = workshopIdOf(page);
  for (const command of clearRouteMapCommands()) await callApi(page, host, 'dispatch', { workshopId, command });
}

/** The routes board of a new workshop from the zh-CN template, in the Chinese UI, its grid empty unless `keepMap`. */
async function openRoutesZh(page: Page, host: Host, opts: { keepMap?: boolean } = {}) {
  await page.goto(host.url);
  await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
  if (!opts.keepMap) await clearRouteMap(page, host);
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '市场通路' }).click();
  const grid = page.getByRole('grid', { name: '市场通路网格：客户群 × 产品类型' });
  await expect(grid).toBeVisible();
  return grid;
}

/** Drags with the mouse the way a person does: press, move a little, travel, release. */
async function drag(page: Page, from: Locator, to: Locator, opts: { copy?: boolean } = {}) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 8, { steps: 3 });
  if (opts.copy) await page.keyboard.down('Control');
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2 + 2, { steps: 2 });
  await page.mouse.up();
  if (opts.copy) await page.keyboard.up('Control');
}

test.describe('routes board (zh-CN)', () => {
  test('placing routes closes a gap; a second route makes a conflict; a rule resolves it; undo brings it back', async ({ page, host }) => {
    const grid = await openRoutesZh(page, host);
    const findings = page.getByRole('complementary', { name: '分析结果' });
    const palette = page.getByRole('list', { name: '可放置的通路' });
    await expect(findings).toContainText('18 个缺口');

    // Drag the services route from the palette into its cell: the gap closes.
    const services = cellOf(grid, '超大型客户 · 集成解决方案和咨询项目');
    await expect(services).toContainText('缺口');
    await drag(page, palette.getByRole('button', { name: '1 服务通路' }), services);
    await expect(services.getByRole('button', { name: '1 服务通路', exact: true })).toBeVisible();
    await expect(services).not.toContainText('缺口');
    await expect(findings).toContainText('17 个缺口');

    // The path without dragging: the gap's own button lists the routes.
    const platform = cellOf(grid, '超大型客户 · 技术平台和相关服务');
    await platform.getByRole('button', { name: /缺口/ }).click();
    const addDialog = page.getByRole('dialog', { name: '为“超大型客户 · 技术平台和相关服务”添加通路' });
    await addDialog.getByRole('button', { name: '4 面对面销售' }).click();
    await expect(addDialog).toBeHidden();
    await expect(platform.getByRole('button', { name: '4 面对面销售', exact: true })).toBeVisible();
    await expect(platform).toBeFocused();
    await expect(platform).not.toContainText('冲突');

    // A second route into the same cell: a channel conflict, on the grid and in the findings.
    await drag(page, palette.getByRole('button', { name: '5 核心业务伙伴' }), platform);
    await expect(platform.getByRole('button', { name: '5 核心业务伙伴', exact: true })).toBeVisible();
    await expect(platform).toContainText('冲突 · 填写规则');
    await expect(platform).toHaveAccessibleDescription(/4 面对面销售、5 核心业务伙伴 · 冲突/);
    await expect(findings.getByRole('heading', { name: '1 个冲突' })).toBeVisible();

    // The same route twice in one cell is refused, and says why.
    await drag(page, palette.getByRole('button', { name: '4 面对面销售' }), platform);
    await expect(page.getByText('“4 面对面销售”已在“超大型客户 · 技术平台和相关服务”中，未作更改。')).toBeVisible();
    await expect(platform.getByRole('button', { name: '4 面对面销售', exact: true })).toHaveCount(1);

    // A rule of engagement resolves the conflict.
    await platform.getByRole('button', { name: /^冲突 · 填写规则/ }).click();
    const ruleDialog = page.getByRole('dialog', { name: '协作规则 · 超大型客户 · 技术平台和相关服务' });
    await ruleDialog.getByRole('textbox', { name: '协作规则' }).fill('合同额 ¥5 M 以上由面对面销售主导，合作伙伴负责交付');
    await ruleDialog.getByRole('button', { name: '保存' }).click();
    await expect(ruleDialog).toBeHidden();
    await expect(platform).not.toContainText('冲突');
    await expect(platform).toContainText('规则：');
    await expect(findings).toContainText('0 个冲突');

    // Undo (Ctrl+Z) takes the rule back: the conflict returns.
    await page.keyboard.press('Control+z');
    await expect(platform).toContainText('冲突 · 填写规则');
    await expect(findings.getByRole('heading', { name: '1 个冲突' })).toBeVisible();

    // It is all in the library: a reload shows the same grid.
    await page.reload();
    await expect(platform).toContainText('冲突 · 填写规则');
    await expect(services.getByRole('button', { name: '1 服务通路', exact: true })).toBeVisible();
  });

  test('the template opens with the deck’s route map: the seven routes placed, two gaps, one conflict with its rule, hand-offs not flagged', async ({ page, host }) => {
    const grid = await openRoutesZh(page, host, { keepMap: true });
    const findings = page.getByRole('complementary', { name: '分析结果' });
    await expect(findings).toContainText('18 格 · 2 个缺口 · 0 个冲突');
    const cell = (name: string) => cellOf(grid, name);
    // The illustrative conflict: ① services and ③ major SIs both claim the relationship of integrated accounts' projects — settled by its rule.
    const solutions = cell('超大型客户 · 集成解决方案和咨询项目');
    await expect(solutions.getByRole('button', { name: '1 服务通路', exact: true })).toBeVisible();
    await expect(solutions.getByRole('button', { name: '3 主要SI', exact: true })).toBeVisible();
    await expect(solutions).toContainText('服务通路负责超大型客户的客户关系和商机');
    await expect(solutions).not.toContainText('填写规则');
    await expect(cell('主要IT方案提供商 · 零售和简单交易')).toContainText('缺口');
    await expect(cell('综合需求聚焦的IT方案提供商 · 零售和简单交易')).toContainText('缺口');
    await expect(cell('中型企业 · 零售和简单交易').getByRole('button', { name: '7 电话网上销售', exact: true })).toBeVisible();

    // Two routes whose splits are complementary are a hand-off, not a conflict: ④ sells, ⑤ supports.
    const workshopId = workshopIdOf(page);
    await callApi(page, host, 'dispatch', { workshopId, command: { type: 'route.update', id: 'route-core-partners', patch: { steps: { relationship: 'partner', discovery: 'partner', ownership: 'partner', support: 'shared' } } } });
    await callApi(page, host, 'dispatch', { workshopId, command: { type: 'route.update', id: 'route-f2f', patch: { steps: { relationship: 'own', discovery: 'own', ownership: 'own', support: 'partner' } } } });
    await callApi(page, host, 'dispatch', { workshopId, command: { type: 'placement.add', routeId: 'route-core-partners', segmentId: 'seg-key', offeringId: 'off-platform' } });
    const handoff = cell('行业大客户及其他大型客户 · 技术平台和相关服务');
    await expect(handoff).toContainText('交接：4 关系管理、商机发现、商机责任执行 → 5 技术支持');
    await expect(findings).toContainText('0 个冲突');
    // …and a clash on a step is a real conflict: ⑤ now shares the discovery ④ owns.
    await callApi(page, host, 'dispatch', { workshopId, command: { type: 'route.update', id: 'route-core-partners', patch: { steps: { relationship: 'partner', discovery: 'shared', ownership: 'partner', support: 'shared' } } } });
    await expect(findings).toContainText('1 个冲突');
    await expect(findings).toContainText('都要负责商机发现');
    await page.screenshot({ path: test.info().outputPath('route-map.png'), fullPage: true });
  });

  test('the keyboard alone moves a route across cells, announced in Chinese', async ({ page, host }) => {
    const grid = await openRoutesZh(page, host);
    const announcer = page.getByRole('status', { name: '通路移动提示' });
    const from = cellOf(grid, '中型企业 · 零售和简单交易');
    const to = cellOf(grid, '中小型客户 · 技术平台和相关服务');

    // Arrow keys walk the grid like a spreadsheet.
    const first = cellOf(grid, '超大型客户 · 零售和简单交易');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(from).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await expect(grid.getByRole('rowheader', { name: '行业大客户及其他大型客户' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(from).toBeFocused();

    // Enter steps into the cell, Enter opens "add a route", the list needs no mouse.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const addDialog = page.getByRole('dialog', { name: /添加通路/ });
    await addDialog.getByRole('button', { name: '7 电话网上销售' }).focus();
    await page.keyboard.press('Enter');
    await expect(addDialog).toBeHidden();
    await expect(from).toBeFocused();
    const chip = from.getByRole('button', { name: '7 电话网上销售', exact: true });
    await expect(chip).toBeVisible();

    // Space picks the chip up, arrows move it, Space drops it.
    await page.keyboard.press('Enter');
    await expect(chip).toBeFocused();
    await page.keyboard.press('Space');
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(announcer).toContainText('已拿起 7 电话网上销售');
    await page.keyboard.press('ArrowDown');
    await expect(announcer).toContainText('7 电话网上销售：中小型客户 · 零售和简单交易');
    await page.keyboard.press('ArrowRight'); // the cell is empty: the next cell to the right
    await expect(announcer).toContainText('中小型客户 · 技术平台和相关服务');
    await page.keyboard.press('Space');
    await expect(announcer).toContainText('7 电话网上销售 已移到“中小型客户 · 技术平台和相关服务”');
    const moved = to.getByRole('button', { name: '7 电话网上销售', exact: true });
    await expect(moved).toBeVisible();
    await expect(moved).toBeFocused();
    await expect(from).toContainText('缺口');

    // Escape cancels a move; nothing changes.
    await page.keyboard.press('Space');
    await expect(moved).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    await expect(announcer).toContainText('已取消移动 7 电话网上销售');
    await expect(moved).toHaveAttribute('aria-pressed', 'false');
    await expect(to.getByRole('button', { name: '7 电话网上销售', exact: true })).toBeVisible();

    // Delete takes it out of the cell, with an undo toast.
    await moved.focus();
    await page.keyboard.press('Delete');
    await expect(to).toContainText('缺口');
    await page.getByRole('button', { name: '撤销', exact: true }).click();
    await expect(to.getByRole('button', { name: '7 电话网上销售', exact: true })).toBeVisible();

    // Reorder within a cell: with a second route there, Right moves the chip one place along.
    await to.getByRole('button', { name: '为“中小型客户 · 技术平台和相关服务”添加通路' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '5 核心业务伙伴' }).click();
    await expect(to).toBeFocused();
    const order = to.locator('.route-chip');
    await expect(order).toHaveCount(2);
    await expect(order.first()).toHaveAccessibleName('7 电话网上销售');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(announcer).toContainText('中小型客户 · 技术平台和相关服务，第 2 位，共 2 位');
    await page.keyboard.press('Space');
    await expect(order.first()).toHaveAccessibleName('5 核心业务伙伴');
    await expect(order.last()).toHaveAccessibleName('7 电话网上销售');
    await expect(order.last()).toBeFocused();
    await expect(to).toContainText('冲突');
  });

  test('a finding takes focus to its cell; a chip dragged with Ctrl is copied; every window follows', async ({ page, host, context }) => {
    const grid = await openRoutesZh(page, host);
    const findings = page.getByRole('complementary', { name: '分析结果' });
    const target = cellOf(grid, '综合需求聚焦的IT方案提供商 · 集成解决方案和咨询项目');
    await findings.getByRole('button', { name: /综合需求聚焦的IT方案提供商 · 集成解决方案和咨询项目/ }).click();
    await expect(target).toBeFocused();
    await expect(target).toBeInViewport();

    const a = cellOf(grid, '中小型客户 · 零售和简单交易');
    const b = cellOf(grid, '中型企业 · 零售和简单交易');
    const chipIn = (cell: Locator) => cell.getByRole('button', { name: '7 电话网上销售', exact: true });
    await drag(page, page.getByRole('list', { name: '可放置的通路' }).getByRole('button', { name: '7 电话网上销售' }), a);
    await expect(chipIn(a)).toBeVisible();
    // Ctrl held while dragging a chip copies it: one route, two cells.
    await drag(page, chipIn(a), b, { copy: true });
    await expect(chipIn(b)).toBeVisible();
    await expect(chipIn(a)).toBeVisible();
    await expect(findings).toContainText('16 个缺口');
    // A plain drag moves: the chip leaves its cell.
    await drag(page, chipIn(b), target);
    await expect(chipIn(target)).toBeVisible();
    await expect(b).toContainText('缺口');

    // A second window shows the same grid, and follows the first one's changes without a reload.
    const second = await context.newPage();
    await second.goto(page.url());
    const grid2 = second.getByRole('grid', { name: '市场通路网格：客户群 × 产品类型' });
    const target2 = cellOf(grid2, '综合需求聚焦的IT方案提供商 · 集成解决方案和咨询项目');
    await expect(chipIn(target2)).toBeVisible();
    await page.bringToFront();
    await chipIn(target).focus();
    await page.keyboard.press('Delete');
    await expect(target).toContainText('缺口');
    await expect(target2).toContainText('缺口');
    await expect(second.getByRole('complementary', { name: '分析结果' })).toContainText('17 个缺口');
  });
});

test.describe('routes board (English UI)', () => {
  test.use({ locale: 'en-US' });

  test('columns are added, renamed and deleted with undo; rows hide; a route card is answered; bad targets change nothing', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: 'Haige · sales transformation', language: 'en' });
    await clearRouteMap(page, host);
    await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Routes' }).click();
    const grid = page.getByRole('grid', { name: 'Routes grid: customer tiers × offering types' });
    const findings = page.getByRole('complementary', { name: 'Findings' });
    await expect(findings).toContainText('18 cells · 18 gaps · 0 conflicts');

    // Add a column: it arrives ready to be named.
    await page.getByRole('button', { name: '+ Offering type' }).click();
    const rename = page.getByRole('textbox', { name: /Rename/ });
    await expect(rename).toBeFocused();
    await rename.fill('Operator resale');
    await page.keyboard.press('Enter');
    await expect(grid.getByRole('columnheader', { name: 'Operator resale' })).toBeVisible();
    await expect(findings).toContainText('24 cells · 24 gaps');

    // An empty name is refused with a message, and the old name stays.
    await grid.getByRole('columnheader', { name: 'Operator resale' }).focus();
    await page.keyboard.press('F2');
    await page.getByRole('textbox', { name: 'Rename Operator resale' }).fill('   ');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'A name is needed.' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(grid.getByRole('columnheader', { name: 'Operator resale' })).toBeFocused();

    // Reorder from the column menu, then delete; the toast's Undo brings it back.
    await grid.getByRole('button', { name: 'Column actions: Operator resale' }).click();
    await page.getByRole('menuitem', { name: /Move left/ }).click();
    const headers = grid.getByRole('columnheader');
    await expect(headers.nth(3)).toHaveAccessibleName('Operator resale');
    await grid.getByRole('button', { name: 'Column actions: Operator resale' }).click();
    await page.getByRole('menuitem', { name: /Delete column/ }).click();
    await expect(grid.getByRole('columnheader', { name: 'Operator resale' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(headers.nth(3)).toHaveAccessibleName('Operator resale');

    // Hide a row: its cells leave the grid and the analysis; show it again.
    await grid.getByRole('rowheader', { name: 'Medium business', exact: true }).hover();
    await grid.getByRole('button', { name: 'Hide Medium business from the routes grid' }).click();
    await expect(grid.getByRole('rowheader', { name: 'Medium business', exact: true })).toHaveCount(0);
    await expect(findings).toContainText('20 cells · 20 gaps');
    await page.getByRole('button', { name: 'Show Medium business in the routes grid again' }).click();
    await expect(grid.getByRole('rowheader', { name: 'Medium business', exact: true })).toBeVisible();

    // A route card: ticks alone answer nothing (issue 11: answered = a written answer)…
    await expect(findings.getByRole('heading', { name: '7 routes with open questions' })).toBeVisible();
    await page.getByRole('list', { name: 'Routes to place' }).getByRole('button', { name: '2 Major ISVs' }).click();
    const editor = page.getByRole('dialog', { name: 'Route 2 Major ISVs' });
    await editor.getByRole('textbox', { name: 'What is the target customer set for this offering?' }).fill('End users of industry ISVs');
    for (let n = 2; n <= 6; n++) await editor.getByRole('checkbox', { name: `Question ${n} done` }).check();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor).toBeHidden();
    await expect(findings.getByRole('heading', { name: '7 routes with open questions' })).toBeVisible();
    // …written answers do; say who does each step too; the finding goes away.
    await page.getByRole('list', { name: 'Routes to place' }).getByRole('button', { name: '2 Major ISVs' }).click();
    const answers = [
      'How does this customer set want to buy it?',
      'How does the offering address the pain points of this customer set?',
      'Which channels can be enabled to sell it? Is there enough capacity?',
      'What do the channels want to sell to this customer set?',
      'What do we want to bring to market?',
    ];
    for (const q of answers) await editor.getByRole('textbox', { name: q }).fill('Agreed in the room');
    await editor.getByRole('radio', { name: 'Technical support: Shared' }).check();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor).toBeHidden();
    await expect(findings.getByRole('heading', { name: '6 routes with open questions' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Routes to place' }).getByRole('button', { name: '2 Major ISVs' })).toHaveAccessibleDescription(/6\/6 questions/);

    // A finding about open questions opens the card at the first unanswered question.
    await findings.getByRole('button', { name: /1 Services route/ }).click();
    const editor1 = page.getByRole('dialog', { name: 'Route 1 Services route' });
    await expect(editor1.getByRole('textbox', { name: 'What is the target customer set for this offering?' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(editor1).toBeHidden();

    // A bad number in the card is refused with a message and nothing is saved.
    await page.getByRole('list', { name: 'Routes to place' }).getByRole('button', { name: '3 Major SIs' }).click();
    const editor3 = page.getByRole('dialog', { name: 'Route 3 Major SIs' });
    await editor3.getByRole('spinbutton', { name: 'Number' }).fill('0');
    await editor3.getByRole('button', { name: 'Save' }).click();
    await expect(editor3.getByRole('alert')).toContainText('whole number from 1 to 999');
    await editor3.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('list', { name: 'Routes to place' }).getByRole('button', { name: '3 Major SIs' })).toBeVisible();

    // The simplification target: a new route goes over 7; a bad target is refused; 8 fits.
    await page.getByRole('button', { name: '+ New route' }).first().click();
    const newRoute = page.getByRole('dialog', { name: /Route 8/ });
    await newRoute.getByRole('textbox', { name: 'Name' }).fill('Operator resale');
    await newRoute.getByRole('button', { name: 'Save' }).click();
    // The route exists from the "+" click on, so the count is right while the modal editor is
    // still open: wait for it to close, or the typing below goes to the dialog, not the target.
    await expect(newRoute).toBeHidden();
    await expect(findings).toContainText('8 routes, target 7: 1 too many');
    const target = findings.getByRole('spinbutton', { name: 'Simplification target (routes)' });
    await target.fill('0');
    await expect(target).toHaveValue('0');
    await target.blur();
    await expect(findings.getByRole('alert')).toContainText('Enter a whole number from 1 to 100');
    await expect(findings).toContainText('8 routes, target 7: 1 too many');
    await target.fill('8');
    await target.press('Enter');
    await expect(findings).toContainText('8 routes · target 8');
  });
});

test.describe('route numbers', () => {
  test('a number two routes share is flagged on their chips, in the palette and in the findings, until one is renumbered', async ({ page, host }) => {
    const grid = await openRoutesZh(page, host);
    const palette = page.getByRole('list', { name: '可放置的通路' });
    const findings = page.getByRole('complementary', { name: '分析结果' });
    await expect(findings).not.toContainText('重复');

    // Route 2 goes into a cell, then gets number 1: the editor warns, and accepts it.
    await cellOf(grid, '超大型客户 · 技术平台和相关服务').getByRole('button', { name: /缺口/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '2 主要ISV' }).click();
    await palette.getByRole('button', { name: '2 主要ISV' }).click();
    const card = page.getByRole('dialog', { name: '通路 2 主要ISV' });
    await card.getByLabel('编号').fill('1');
    await expect(card.getByText('已有其他通路使用编号 1。')).toBeVisible();
    await card.getByRole('button', { name: '保存' }).click();
    await expect(card).toBeHidden();

    // The palette says it in words next to an amber ⚠, on both cards.
    for (const name of ['1 服务通路', '1 主要ISV']) {
      const paletteCard = palette.getByRole('button', { name, exact: true });
      await expect(paletteCard).toHaveAccessibleDescription(/编号 1 重复/);
      await expect(paletteCard.locator('.route-dup')).toHaveText('⚠');
    }
    // The chip in the grid carries the warning too (⚠ on the chip, the words for screen readers).
    const chip = grid.getByRole('button', { name: '1 主要ISV', exact: true });
    await expect(chip).toHaveAccessibleDescription('编号 1 被多条通路使用');
    await expect(chip.locator('.route-dup')).toBeVisible();
    // The findings list the number and each route that has it.
    await expect(findings).toContainText('1 个重复编号');
    await expect(findings.getByRole('heading', { name: '1 个通路编号重复' })).toBeVisible();
    await expect(findings.getByRole('button', { name: '修改 1 服务通路 的编号' })).toBeVisible();

    // From the finding, the route's card opens with its number ready to retype.
    await findings.getByRole('button', { name: '修改 1 主要ISV 的编号' }).click();
    const again = page.getByRole('dialog', { name: '通路 1 主要ISV' });
    await expect(again.getByLabel('编号')).toBeFocused();
    await page.keyboard.type('2');
    await again.getByRole('button', { name: '保存' }).click();
    await expect(again).toBeHidden();

    await expect(findings).not.toContainText('重复');
    await expect(palette.locator('.route-dup')).toHaveCount(0);
    await expect(grid.getByRole('button', { name: '2 主要ISV', exact: true })).not.toHaveAccessibleDescription(/重复|多条/);
  });
});

test.describe('routes board on a touch screen', () => {
  test.use({ hasTouch: true });

  test('press and hold on a route in the palette, drag it with a finger into a cell: the gap closes', async ({ page, host }) => {
    const grid = await openRoutesZh(page, host);
    const palette = page.getByRole('list', { name: '可放置的通路' });
    const services = cellOf(grid, '超大型客户 · 集成解决方案和咨询项目');
    const status = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
    const route = palette.getByRole('button', { name: '1 服务通路' });
    await fingerDrag(page, await centreOf(route), await centreOf(services), {
      // Picked up: the live region names the route (and at once where it hovers: over the palette).
      held: () => status('1 服务通路 位于“通路库”上方'),
      over: () => status('1 服务通路 位于“超大型客户 · 集成解决方案和咨询项目”上方'),
    });
    await expect(services.getByRole('button', { name: '1 服务通路', exact: true })).toBeVisible();
    await expect(services).not.toContainText('缺口');
  });
});
