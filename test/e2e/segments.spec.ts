import type { Locator, Page } from '@playwright/test';
import { centreOf, createWorkshop, expect, fingerDrag, test, type Host } from './fixtures';
import { callApi, workshopIdOf } from './filledWorkshop';

/**
 * The segments board in Chromium against the real browser host: a consultant sorts the client's
 * accounts into segments by mouse and keyboard, the figures follow, undo and reload behave.
 * Accounts are loaded through the API (the import dialog is tested in import.spec.ts).
 */

interface Seed {
  name: string;
  industry?: string;
  region?: string;
  city?: string;
  revenue?: number | null;
  status?: string;
}

const ACCOUNTS: Seed[] = [
  { name: '深圳华信电子', industry: '电子制造', region: '华南', city: '深圳', revenue: 1240 },
  { name: '上海远盛快消', industry: '快消品', region: '华东', city: '上海', revenue: 480 },
  { name: '成都泰恒汽车', industry: '汽车', region: '西南', city: '成都', revenue: 120 },
  { name: '广州达通零售', industry: '零售', region: '华南', city: '广州', revenue: 30 },
  { name: '北京鑫宏集成', industry: '系统集成', region: '华北', city: '北京', revenue: 60 },
  { name: '杭州瑞安医药', industry: '医药', region: '华东', city: '杭州', revenue: null },
];

/** A workshop from the zh-CN template with the accounts above in Unassigned; lands on its board. */
async function openBoard(page: Page, host: Host, accounts: Seed[] = ACCOUNTS): Promise<string> {
  await page.goto(host.url);
  await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
  const workshopId = workshopIdOf(page);
  await callApi(page, host, 'dispatch', { workshopId, command: { type: 'account.import', accounts } });
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '客户分群' }).click();
  await expect(page.locator('section[data-ready="true"]')).toBeVisible();
  return workshopId;
}

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const cards = (page: Page, name: string) => column(page, name).getByRole('listbox').getByRole('option');
/** A card by its account's name (its accessible name is what it shows: the name, then the details). */
const card = (page: Page, columnName: string, account: string) =>
  column(page, columnName)
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(`^${account.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`) });
const announcer = (page: Page) => page.getByRole('status', { name: '拖放播报' });

/**
 * Ctrl+Z / Ctrl+Shift+Z. The app ignores a second report of the same shortcut within 150 ms
 * (renderer/app/shortcuts.ts: Electron's menu and the page may both report one press), so
 * presses in a row are spaced as a person's would be.
 */
async function shortcut(page: Page, keys: 'Control+z' | 'Control+Shift+z') {
  await page.waitForTimeout(200);
  await page.keyboard.press(keys);
}

/** A mouse drag with dnd-kit's activation distance, onto the middle of a column's list. */
async function drag(page: Page, from: Locator, to: Locator) {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.getByRole('listbox').boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 6, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 200), { steps: 12 });
  await page.mouse.up();
}

test.describe('segments board', () => {
  test('mouse and keyboard moves change the figures; undo restores; a reload keeps the state', async ({ page, host }) => {
    await openBoard(page, host);
    const unassigned = column(page, '未分配');
    const integrated = column(page, '超大型客户');
    const key = column(page, '行业大客户及其他大型客户');
    await expect(unassigned).toContainText('6 家客户');
    await expect(integrated).toContainText('0 家客户');
    await expect(page.getByText('未分配 6 家')).toBeVisible();

    // By mouse: the biggest account into the integrated segment.
    await drag(page, card(page, '未分配', '深圳华信电子'), integrated);
    await expect(card(page, '超大型客户', '深圳华信电子')).toBeVisible();
    await expect(integrated).toContainText('1 家客户');
    await expect(integrated).toContainText('¥ 1,240 M');
    await expect(unassigned).toContainText('5 家客户');
    await expect(announcer(page)).toContainText('深圳华信电子 已放入 超大型客户，第 1 个，共 1 个');
    // 1,240 of 1,930 ¥ M on the board: 64 %.
    await expect(integrated).toContainText('64 %');
    await expect(page.getByRole('figure', { name: '各客户群营业额占比' })).toContainText('超大型客户 64 %');

    // By keyboard: Space picks up, arrows move between columns, Space drops.
    const shanghai = card(page, '未分配', '上海远盛快消');
    await shanghai.click();
    await expect(shanghai).toBeFocused();
    await page.keyboard.press('Space');
    await expect(announcer(page)).toContainText('已拿起 上海远盛快消（未分配）');
    await page.keyboard.press('ArrowRight');
    await expect(announcer(page)).toContainText('上海远盛快消 → 超大型客户，第 1 个，共 2 个');
    await page.keyboard.press('ArrowRight');
    await expect(announcer(page)).toContainText('上海远盛快消 → 行业大客户及其他大型客户，第 1 个，共 1 个');
    await page.keyboard.press('Space');
    await expect(announcer(page)).toContainText('上海远盛快消 已放入 行业大客户及其他大型客户');
    await expect(card(page, '行业大客户及其他大型客户', '上海远盛快消')).toBeFocused();
    await expect(key).toContainText('1 家客户');
    await expect(key).toContainText('¥ 480 M');
    await expect(unassigned).toContainText('4 家客户');

    // Undo twice (Ctrl+Z): both moves are undone, figures back.
    await shortcut(page, 'Control+z');
    await expect(card(page, '未分配', '上海远盛快消')).toBeVisible();
    await expect(key).toContainText('0 家客户');
    await shortcut(page, 'Control+z');
    await expect(card(page, '未分配', '深圳华信电子')).toBeVisible();
    await expect(integrated).toContainText('0 家客户');
    await expect(unassigned).toContainText('6 家客户');
    // Redo brings the first move back; a reload keeps it (it is in SQLite).
    await shortcut(page, 'Control+Shift+z');
    await expect(card(page, '超大型客户', '深圳华信电子')).toBeVisible();
    await page.reload();
    await expect(page.locator('section[data-ready="true"]')).toBeVisible();
    await expect(card(page, '超大型客户', '深圳华信电子')).toBeVisible();
    await expect(column(page, '超大型客户')).toContainText('1 家客户');
  });

  test('several selected cards move in one step, and Delete is undoable from the toast', async ({ page, host }) => {
    await openBoard(page, host);
    const mid = column(page, '中型企业');
    await card(page, '未分配', '成都泰恒汽车').click();
    await card(page, '未分配', '广州达通零售').click({ modifiers: ['Control'] });
    await expect(page.getByRole('group', { name: '已选客户' })).toContainText('已选 2 家');
    // The bar says how to select by keyboard, where a sighted user looks.
    await expect(page.getByRole('group', { name: '已选客户' })).toContainText('Shift+↑↓ 连续选择');
    await expect(card(page, '未分配', '广州达通零售')).toHaveAttribute('aria-selected', 'true');
    await drag(page, card(page, '未分配', '广州达通零售'), mid);
    await expect(cards(page, '中型企业')).toHaveText([/成都泰恒汽车/, /广州达通零售/]);
    await expect(mid).toContainText('2 家客户');
    // Focus follows the dropped card; the moved cards stay selected, visibly, as in a file manager.
    await expect(card(page, '中型企业', '广州达通零售')).toBeFocused();
    await expect(page.getByRole('group', { name: '已选客户' })).toContainText('已选 2 家');
    // One command: one undo puts both back, and the selection (of cards now elsewhere) is cleared.
    await shortcut(page, 'Control+z');
    await expect(mid).toContainText('0 家客户');
    await expect(column(page, '未分配')).toContainText('6 家客户');
    await expect(page.getByRole('group', { name: '已选客户' })).toHaveCount(0);
    await expect(card(page, '未分配', '广州达通零售')).toHaveAttribute('aria-selected', 'false');

    // Shift+arrow extends the selection by keyboard; "Move to…" moves it.
    await card(page, '未分配', '深圳华信电子').click();
    await page.keyboard.press('Shift+ArrowDown');
    await expect(page.getByRole('group', { name: '已选客户' })).toContainText('已选 2 家');
    await page.getByRole('combobox', { name: '移到…' }).selectOption({ label: '超大型客户' });
    await expect(column(page, '超大型客户')).toContainText('2 家客户');

    // Delete the focused card; the toast offers Undo.
    const beijing = card(page, '未分配', '北京鑫宏集成');
    await beijing.click();
    await page.keyboard.press('Delete');
    await expect(beijing).toHaveCount(0);
    const toast = page.getByRole('status', { name: '通知' });
    await expect(toast).toContainText('已删除“北京鑫宏集成”');
    await toast.getByRole('button', { name: '撤销' }).click();
    await expect(card(page, '未分配', '北京鑫宏集成')).toBeVisible();
  });

  test('Shift+Down pressed faster than a frame loses no key press: twelve presses select thirteen cards', async ({ page, host }) => {
    const many = Array.from({ length: 20 }, (_, i) => ({ name: `客户${String(i + 1).padStart(2, '0')}`, revenue: 100 + i }));
    await openBoard(page, host, many);
    await card(page, '未分配', '客户01').click();
    // No waits between the presses: a fast typist, or a held key's auto-repeat.
    for (let i = 0; i < 12; i++) void page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift');
    await expect(page.getByRole('group', { name: '已选客户' })).toContainText('已选 13 家');
    await expect(card(page, '未分配', '客户13')).toBeFocused();
  });

  test('a long client name takes two lines on its card, and the whole name shows on keyboard focus', async ({ page, host }) => {
    const long = '深圳市华信电子科技股份有限公司华南区域分公司第二事业部物流中心';
    await openBoard(page, host, [{ name: long, industry: '电子制造', region: '华南', revenue: 1240 }, { name: '广州达通零售', revenue: 30 }]);
    const name = card(page, '未分配', long).locator('.seg-card-name');
    const lines = () => name.evaluate((el) => Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)));
    const whole = () => name.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
    expect(await lines()).toBe(2);
    expect(await whole()).toBe(false);
    await card(page, '未分配', '广州达通零售').click();
    await page.keyboard.press('ArrowUp');
    await expect(card(page, '未分配', long)).toBeFocused();
    await expect.poll(whole).toBe(true);
  });

  test('the right-click menu of a card moves it; a column is reordered by dragging its header', async ({ page, host }) => {
    await openBoard(page, host);
    await card(page, '未分配', '成都泰恒汽车').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: '成都泰恒汽车 的菜单' });
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await menu.getByRole('menuitem', { name: '移到 中型企业' }).click();
    await expect(card(page, '中型企业', '成都泰恒汽车')).toBeVisible();
    // Shift+F10 opens the same menu from the keyboard; Esc closes it and keeps the focus.
    await card(page, '中型企业', '成都泰恒汽车').focus();
    await page.keyboard.press('Shift+F10');
    await expect(page.getByRole('menu', { name: '成都泰恒汽车 的菜单' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(card(page, '中型企业', '成都泰恒汽车')).toBeFocused();

    const names = () => page.locator('section[data-column-key]').evaluateAll((els) => els.map((el) => el.querySelector('h3')?.textContent));
    const header = column(page, '中型企业').locator('header');
    const target = (await column(page, '超大型客户').boundingBox())!;
    const h = (await header.boundingBox())!;
    await page.mouse.move(h.x + h.width / 2, h.y + h.height - 10);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2 - 10, h.y + h.height - 8, { steps: 3 });
    await page.mouse.move(target.x + 20, target.y + 100, { steps: 12 });
    await page.mouse.up();
    await expect.poll(names).toEqual(['未分配', '中型企业', '超大型客户', '行业大客户及其他大型客户', '中小型客户', '主要IT方案提供商', '综合需求聚焦的IT方案提供商']);
    await expect(announcer(page)).toContainText('客户群 中型企业 已放到第 1 列，共 6 列');
    await shortcut(page, 'Control+z');
    await expect.poll(names).toEqual(['未分配', '超大型客户', '行业大客户及其他大型客户', '中型企业', '中小型客户', '主要IT方案提供商', '综合需求聚焦的IT方案提供商']);
  });

  test('dragging to the edge of a long column scrolls it, and the card lands once where it was dropped', async ({ page, host }) => {
    const many = Array.from({ length: 120 }, (_, i) => ({ name: `客户 ${String(i + 1).padStart(3, '0')}`, industry: '零售', region: '华东', revenue: i + 1 }));
    await openBoard(page, host, many);
    const list = column(page, '未分配').getByRole('listbox');
    const first = card(page, '未分配', '客户 001');
    const a = (await first.boundingBox())!;
    const l = (await list.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 8, { steps: 3 });
    await page.mouse.move(l.x + l.width / 2, l.y + l.height - 12, { steps: 10 });
    await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(600);
    await page.mouse.move(l.x + l.width / 2, l.y + l.height / 2, { steps: 5 });
    await page.mouse.up();
    const moved = card(page, '未分配', '客户 001');
    await expect(moved).toHaveCount(1);
    expect(Number(await moved.getAttribute('aria-posinset'))).toBeGreaterThan(8);
    await expect(moved).toHaveAttribute('aria-setsize', '120');
    await expect(column(page, '未分配')).toContainText('120 家客户');
  });

  test('suggest segments shows the moves by segment and applies the accepted ones as one undo step', async ({ page, host }) => {
    await openBoard(page, host);
    await page.getByRole('button', { name: '建议分群' }).click();
    const dialog = page.getByRole('dialog', { name: '建议分群' });
    // Template rules: ≥ 1,000 integrated; 300–1,000 key; 50–300 mid; ≤ 50 SMB (before the SI rule).
    await expect(dialog).toContainText('6 家未分配客户中，有 5 家有建议的客户群。');
    await expect(dialog).toContainText('1 家不符合任何规则，留在未分配。');
    const groups = dialog.getByRole('list', { name: '按客户群列出的建议移动' });
    await expect(groups.getByRole('checkbox')).toHaveCount(4);
    // The two IT-provider segments get nothing, and the dialog says why, naming the rule.
    const empty = dialog.getByRole('region', { name: '2 个客户群没有得到建议' });
    await expect(empty.getByRole('listitem').filter({ hasText: '主要IT方案提供商' })).toContainText('符合规则的 1 家客户已建议给排在前面的“中型企业”');
    await expect(empty.getByRole('listitem').filter({ hasText: '综合需求聚焦的IT方案提供商' })).toContainText('行业“软件”与 6 家未分配客户都不符');
    // Untick the mid segment's group (成都泰恒汽车 120 and 北京鑫宏集成 60).
    await groups.getByRole('checkbox', { name: /中型企业/ }).uncheck();
    await groups.getByRole('button', { name: '显示客户' }).first().click();
    await expect(dialog.getByRole('list', { name: '建议移到 超大型客户 的客户' })).toContainText('深圳华信电子');
    await dialog.getByRole('button', { name: '移动 3 家客户' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(column(page, '超大型客户')).toContainText('1 家客户');
    await expect(column(page, '行业大客户及其他大型客户')).toContainText('1 家客户');
    await expect(column(page, '中小型客户')).toContainText('1 家客户');
    await expect(column(page, '中型企业')).toContainText('0 家客户');
    await expect(column(page, '未分配')).toContainText('3 家客户');
    await shortcut(page, 'Control+z');
    await expect(column(page, '未分配')).toContainText('6 家客户');
    await expect(column(page, '超大型客户')).toContainText('0 家客户');
  });

  test('segments are managed from their column: add, rename, recolour, reorder, details, delete with undo', async ({ page, host }) => {
    await openBoard(page, host);
    await page.getByRole('button', { name: '+ 客户群' }).click();
    const rename = page.getByRole('textbox', { name: '新客户群 的新名称' });
    await expect(rename).toBeFocused();
    await rename.fill('重点行业客户');
    await rename.press('Enter');
    const fresh = column(page, '重点行业客户');
    await expect(fresh).toBeVisible();

    // F2 on the title renames in place.
    const title = fresh.getByRole('button', { name: '重点行业客户', exact: true });
    await title.focus();
    await page.keyboard.press('F2');
    await page.getByRole('textbox', { name: '重点行业客户 的新名称' }).fill('行业重点客户');
    await page.keyboard.press('Enter');
    await expect(column(page, '行业重点客户')).toBeVisible();

    // Recolour from the palette: the colour has a name, not only a swatch.
    const segment = column(page, '行业重点客户');
    await segment.getByRole('button', { name: /行业重点客户 的颜色/ }).click();
    await page.getByRole('radiogroup', { name: '行业重点客户 的颜色' }).getByRole('radio', { name: '朱红色' }).click();
    await expect(segment.getByRole('button', { name: '行业重点客户 的颜色: 朱红色' })).toBeVisible();

    // Reorder by keyboard: Space picks the column up, ← twice, Space drops.
    const names = () => page.locator('section[data-column-key]').evaluateAll((els) => els.map((el) => el.querySelector('h3')?.textContent));
    await expect.poll(names).toEqual(['未分配', '超大型客户', '行业大客户及其他大型客户', '中型企业', '中小型客户', '主要IT方案提供商', '综合需求聚焦的IT方案提供商', '行业重点客户']);
    await segment.getByRole('button', { name: '行业重点客户', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(announcer(page)).toContainText('已拿起客户群 行业重点客户，第 7 列，共 7 列');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(announcer(page)).toContainText('行业重点客户 → 第 5 列，共 7 列');
    await page.keyboard.press('Space');
    await expect.poll(names).toEqual(['未分配', '超大型客户', '行业大客户及其他大型客户', '中型企业', '中小型客户', '行业重点客户', '主要IT方案提供商', '综合需求聚焦的IT方案提供商']);

    // Details: Enter on the title; rules say how many Unassigned accounts they would take.
    await segment.getByRole('button', { name: '行业重点客户', exact: true }).focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog', { name: '客户群：行业重点客户' });
    await details.getByRole('textbox', { name: '客户特征' }).fill('重点行业的中大型企业');
    await details.getByRole('textbox', { name: '年营业额下限（¥ M）' }).fill('100');
    const industries = details.getByRole('group', { name: '行业' }).getByRole('combobox', { name: '行业' });
    await industries.fill('汽车');
    await industries.press('Enter');
    await expect(details).toContainText('1 家未分配的客户符合这些规则。');
    await details.getByRole('textbox', { name: '年营业额上限（¥ M）' }).fill('50');
    await expect(details).toContainText('下限大于上限');
    await details.getByRole('button', { name: '保存' }).click();
    await expect(details).toBeVisible(); // refused: nothing saved
    await details.getByRole('textbox', { name: '年营业额上限（¥ M）' }).fill('');
    await details.getByRole('button', { name: '保存' }).click();
    await expect(details).toHaveCount(0);

    // Move an account in, then delete the segment: the account returns to Unassigned; undo.
    await drag(page, card(page, '未分配', '成都泰恒汽车'), segment);
    await expect(segment).toContainText('1 家客户');
    await segment.getByRole('button', { name: '行业重点客户 的更多操作' }).click();
    await page.getByRole('menuitem', { name: '删除客户群' }).click();
    await expect(column(page, '行业重点客户')).toHaveCount(0);
    await expect(column(page, '未分配')).toContainText('6 家客户');
    await expect(page.getByRole('status', { name: '通知' })).toContainText('已删除客户群“行业重点客户”');
    await shortcut(page, 'Control+z');
    await expect(card(page, '行业重点客户', '成都泰恒汽车')).toBeVisible();
  });

  test('the account editor refuses bad numbers with a message and saves good ones; double-click adds a card', async ({ page, host }) => {
    await openBoard(page, host);
    await card(page, '未分配', '杭州瑞安医药').click();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: '客户' });
    const revenue = editor.getByRole('textbox', { name: '年营业额（¥ M）' });
    await revenue.fill('一千万');
    await editor.getByRole('button', { name: '保存' }).click();
    await expect(editor.getByRole('alert')).toContainText('请输入不小于 0 的数字');
    await expect(revenue).toHaveAttribute('aria-invalid', 'true');
    await revenue.fill('2,000');
    await editor.getByRole('textbox', { name: '员工人数（人）' }).fill('1500');
    await editor.getByRole('button', { name: '保存' }).click();
    await expect(editor).toHaveCount(0);
    await expect(card(page, '未分配', '杭州瑞安医药')).toContainText('¥ 2,000 M');
    await expect(column(page, '未分配')).toContainText('¥ 3,930 M');
    await expect(column(page, '未分配')).not.toContainText('营业额未知');

    // Double-click empty space of a column: a new card there, its editor open with the name selected.
    const smb = column(page, '中小型客户');
    await smb.scrollIntoViewIfNeeded();
    const list = (await smb.getByRole('listbox').boundingBox())!;
    await page.mouse.dblclick(list.x + list.width / 2, list.y + list.height - 40);
    const created = page.getByRole('dialog', { name: '客户' });
    await expect(created.getByRole('textbox', { name: '客户名称' })).toBeFocused();
    await page.keyboard.type('厦门凯德物流');
    await created.getByRole('button', { name: '保存' }).click();
    await expect(card(page, '中小型客户', '厦门凯德物流')).toBeVisible();
  });

  test('search and filters highlight matches and dim the rest without changing the figures', async ({ page, host }) => {
    await openBoard(page, host);
    await card(page, '未分配', '深圳华信电子').click();
    await page.keyboard.press('Control+f');
    const search = page.getByRole('searchbox', { name: '搜索客户' });
    await expect(search).toBeFocused();
    await search.fill('华南');
    await expect(page.getByText('2 家匹配')).toBeVisible();
    await expect(card(page, '未分配', '深圳华信电子')).toHaveClass(/is-match/);
    await expect(card(page, '未分配', '上海远盛快消')).toHaveClass(/is-dim/);
    await expect(column(page, '未分配')).toContainText('6 家客户');
    // Enter jumps to the next match.
    await search.press('Enter');
    await expect(card(page, '未分配', '深圳华信电子')).toBeFocused();
    await search.fill('');
    await page.getByRole('combobox', { name: '行业' }).selectOption({ label: '汽车（1）' });
    await page.getByRole('textbox', { name: '营业额下限（¥ M）' }).fill('200');
    await expect(page.getByText('0 家匹配')).toBeVisible();
    await page.getByRole('textbox', { name: '营业额下限（¥ M）' }).fill('abc');
    await expect(page.getByRole('alert')).toContainText('请输入不小于 0 的数字');
    await expect(page.getByText('0 家匹配')).toBeVisible();
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(card(page, '未分配', '上海远盛快消')).not.toHaveClass(/is-dim/);
  });

  test('in English, columns, figures and move announcements are in English', async ({ page, host }) => {
    await openBoard(page, host);
    // A card's own wording (the board hands it to every card) follows the switch too.
    await expect(card(page, '未分配', '杭州瑞安医药')).toContainText('营业额未知');
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    const unassigned = page.getByRole('region', { name: 'Unassigned', exact: true });
    await expect(unassigned).toContainText('6 accounts');
    await expect(card(page, 'Unassigned', '杭州瑞安医药')).toContainText('Revenue unknown');
    await expect(page.getByRole('figure', { name: 'Revenue share by segment' })).toContainText('Unassigned 100 %');
    await unassigned.getByRole('option', { name: '成都泰恒汽车' }).click();
    await page.keyboard.press('Space');
    const live = page.getByRole('status', { name: 'Move announcements' });
    await expect(live).toContainText('Picked up 成都泰恒汽车 in Unassigned.');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(live).toContainText('成都泰恒汽车 → 超大型客户, position 1 of 1');
    await page.keyboard.press('Escape');
    await expect(live).toContainText('Moving 成都泰恒汽车 was cancelled.');
    await expect(unassigned).toContainText('6 accounts');
    await page.screenshot({ path: test.info().outputPath('segments-en.png') });
  });
});

test.describe('segments board on a touch screen', () => {
  test.use({ hasTouch: true });

  test('press and hold picks a card up; dragging it to a segment moves it', async ({ page, host }) => {
    await openBoard(page, host);
    const to = (await column(page, '中型企业').getByRole('listbox').boundingBox())!;
    const status = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
    await fingerDrag(page, await centreOf(card(page, '未分配', '成都泰恒汽车')), { x: to.x + to.width / 2, y: to.y + 150 }, {
      held: () => status('已拿起 成都泰恒汽车'),
    });
    await expect(card(page, '中型企业', '成都泰恒汽车')).toBeVisible();
    await expect(column(page, '中型企业')).toContainText('1 家客户');
  });
});

test.describe('segments board in two windows', () => {
  test('a move in one window shows in the other (the projector follows the facilitator)', async ({ page, host }) => {
    const workshopId = await openBoard(page, host);
    const projector = await page.context().newPage();
    await projector.goto(`${host.url}#/w/${encodeURIComponent(workshopId)}/segments`);
    await expect(projector.locator('section[data-ready="true"]')).toBeVisible();
    await page.bringToFront(); // the facilitator's window; a background tab gets no animation frames
    await drag(page, card(page, '未分配', '深圳华信电子'), column(page, '超大型客户'));
    await expect(card(projector, '超大型客户', '深圳华信电子')).toBeVisible();
    await expect(column(projector, '超大型客户')).toContainText('¥ 1,240 M');
    await shortcut(page, 'Control+z');
    await expect(card(projector, '未分配', '深圳华信电子')).toBeVisible();
  });
});
