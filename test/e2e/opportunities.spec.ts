import type { Page } from '@playwright/test';
import { centreOf, createWorkshop, expect, fingerDrag, pickUpWithSpace, test, type Host } from './fixtures';
import { callApi, workshopIdOf } from './filledWorkshop';

/**
 * The opportunity practice board in Chromium against the real browser host: the room puts one of
 * the client's opportunities on an imported account, moves it along the stages by mouse and
 * keyboard, sees the weighted pipeline follow, is refused a probability above the stage's bound,
 * assesses it (go / no-go), undoes, and finds it all after a reload.
 */

const ACCOUNTS = [
  { name: '深圳华信电子', industry: '电子制造', region: '华南', city: '深圳', revenue: 1240 },
  { name: '上海远盛快消', industry: '快消品', region: '华东', city: '上海', revenue: 480 },
];

async function openBoard(page: Page, host: Host): Promise<void> {
  await page.goto(host.url);
  await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
  await callApi(page, host, 'dispatch', { workshopId: workshopIdOf(page), command: { type: 'account.import', accounts: ACCOUNTS } });
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '商机演练' }).click();
  await expect(page.getByRole('heading', { name: '商机演练', level: 2 })).toBeVisible();
}

const column = (page: Page, stage: string) => page.getByRole('region', { name: stage, exact: true });
const card = (page: Page, stage: string, name: string) => column(page, stage).getByRole('button', { name, exact: true });
const weighted = (page: Page) => page.getByTestId('pipeline-weighted');

/** Ctrl+Z, spaced as a person's presses (the app ignores a repeat within 150 ms). */
async function undo(page: Page) {
  await page.waitForTimeout(200);
  await page.keyboard.press('Control+z');
}

test.describe('opportunity practice board', () => {
  test('create on an imported account, drag by mouse and keyboard, pipeline follows, bound refused, assessment, undo, reload', async ({ page, host }) => {
    await openBoard(page, host);
    await page.getByRole('button', { name: '+ 商机', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /新建商机/ });
    await dialog.getByLabel('商机', { exact: true }).fill('华南区域仓配一体化项目');
    await dialog.getByRole('combobox', { name: '客户', exact: true }).selectOption({ label: '深圳华信电子' });
    await dialog.getByLabel('金额（百万）').fill('120');
    await dialog.getByLabel('负责人', { exact: true }).fill('王经理');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();

    const name = '华南区域仓配一体化项目';
    await expect(card(page, '识别商机', name)).toContainText('深圳华信电子');
    // 120 × 10 % = 12.
    await expect(weighted(page)).toHaveText('¥ 12 M');

    // Mouse: to 确认商机. The stage's outcome is not checked, so moving forward asks first.
    const from = await centreOf(card(page, '识别商机', name));
    const to = await centreOf(column(page, '确认商机'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y + 5, { steps: 3 });
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await expect(column(page, '确认商机')).toHaveClass(/is-over/);
    await page.mouse.up();
    const confirm = page.getByRole('dialog', { name: '成果未确认，仍要前移吗？' });
    await expect(confirm).toContainText('理解客户的业务和需求');
    await confirm.getByRole('button', { name: '仍然移到确认商机' }).click();
    await expect(card(page, '确认商机', name)).toBeVisible();
    await expect(weighted(page)).toHaveText('¥ 30 M'); // 120 × 25 %

    // Keyboard: Space picks it up, → to 制定方案, Space drops; announced by name.
    await card(page, '确认商机', name).focus();
    await pickUpWithSpace(page);
    await expect(card(page, '确认商机', name)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: `已拿起确认商机中的${name}` })).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('status').filter({ hasText: `${name}位于制定方案上方` })).toBeAttached();
    await page.keyboard.press('Space');
    await page.getByRole('dialog', { name: '成果未确认，仍要前移吗？' }).getByRole('button', { name: '仍然移到制定方案' }).click();
    await expect(card(page, '制定方案', name)).toBeVisible();
    await expect(weighted(page)).toHaveText('¥ 60 M'); // 120 × 50 %
    await expect(page.getByRole('table', { name: '按客户群' })).toContainText('¥ 60 M');

    // A probability above the stage's bound is refused, naming the bound; nothing changes.
    await card(page, '制定方案', name).press('Enter');
    const edit = page.getByRole('dialog', { name: `商机：${name}` });
    await edit.getByLabel('赢单概率（%）').fill('80');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText(/赢单概率最多 50 %（该阶段的上限），不能是 80 %/)).toBeVisible();
    await expect(weighted(page)).toHaveText('¥ 60 M');

    // The assessment: every criterion scored → the recommendation on the card; a low score caps the probability.
    await edit.getByLabel('赢单概率（%）').fill('50');
    const scores = edit.getByRole('spinbutton', { name: /满分/ });
    const n = await scores.count();
    expect(n).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < n; i++) await scores.nth(i).fill('2');
    await expect(edit.getByRole('status')).toContainText('放弃');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect(edit).toBeHidden();
    await expect(card(page, '制定方案', name)).toContainText('放弃');
    await expect(weighted(page)).toHaveText('¥ 12 M'); // capped at 10 % by the 0-point band
    await page.screenshot({ path: 'test-results/opportunities-board.png', fullPage: true });

    // Undo the assessment: the recommendation goes, the probability comes back.
    await undo(page);
    await expect(card(page, '制定方案', name)).not.toContainText('放弃');
    await expect(weighted(page)).toHaveText('¥ 60 M');

    await page.reload();
    await expect(card(page, '制定方案', name)).toContainText('深圳华信电子');
    await expect(weighted(page)).toHaveText('¥ 60 M');
  });

  test('keyboard: a stage is one Tab stop; ↑ ↓ Home End between its cards, ← → across stages; Enter opens, Space still picks up, Delete hands the focus on', async ({ page, host }) => {
    await openBoard(page, host);
    const workshopId = workshopIdOf(page);
    const snapshot = await callApi<{ records: Array<{ type: string; id: string }> }>(page, host, 'openWorkshop', { workshopId });
    const accountId = snapshot.records.find((r) => r.type === 'account')!.id;
    for (let i = 1; i <= 8; i++) {
      const stageId = i <= 6 ? 'stage-identify' : 'stage-validate';
      await callApi(page, host, 'dispatch', { workshopId, command: { type: 'opportunity.add', stageId, values: { name: `项目 ${i}`, accountId, value: 10, owner: '', nextAction: '' } } });
    }
    await expect(card(page, '识别商机', '项目 6')).toBeVisible();
    await expect(card(page, '确认商机', '项目 8')).toBeVisible();

    // Tab from before the stages: one stop in 识别商机 (its first card), then its add button.
    await page.getByRole('button', { name: '在识别商机添加商机' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(card(page, '识别商机', '项目 1')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator(':focus')).not.toHaveClass(/opp-card/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '在识别商机添加商机' })).toBeFocused();

    await card(page, '识别商机', '项目 1').focus();
    await page.keyboard.press('ArrowDown');
    await expect(card(page, '识别商机', '项目 2')).toBeFocused();
    await page.keyboard.press('End');
    await expect(card(page, '识别商机', '项目 6')).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect(card(page, '确认商机', '项目 8')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(card(page, '识别商机', '项目 2')).toBeFocused();

    // Enter opens the focused card; Esc gives the focus back to it.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: '商机：项目 2' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(card(page, '识别商机', '项目 2')).toBeFocused();

    // Space still picks it up and → carries it (the arrows are the drag's, not the focus's); Esc puts it back.
    await pickUpWithSpace(page);
    await expect(card(page, '识别商机', '项目 2')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('status').filter({ hasText: '项目 2位于确认商机上方' })).toBeAttached();
    await page.keyboard.press('Escape');
    await expect(card(page, '识别商机', '项目 2')).not.toHaveAttribute('aria-pressed', 'true');
    await expect(card(page, '识别商机', '项目 2')).toBeFocused();

    // Delete removes it (undoable): the card after it has the focus.
    await page.keyboard.press('Delete');
    await expect(card(page, '识别商机', '项目 2')).toHaveCount(0);
    await expect(card(page, '识别商机', '项目 3')).toBeFocused();
  });

  test('the assessment’s thresholds are the room’s: a stricter “pursue” changes the card, undo puts it back', async ({ page, host }) => {
    await openBoard(page, host);
    await page.getByRole('button', { name: '+ 商机', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /新建商机/ });
    await dialog.getByLabel('商机', { exact: true }).fill('冷链运输外包');
    await dialog.getByLabel('金额（百万）').fill('40');
    // 20 + 20 + 15 + 10 of the template's 100 points = 65: pursue from 60.
    for (const [criterion, points] of [['真实需求', '20'], ['预算', '20'], ['时间', '15'], ['能否赢', '10']] as const) {
      await dialog.getByRole('spinbutton', { name: new RegExp(`^${criterion}，满分`) }).fill(points);
    }
    await expect(dialog.getByRole('status')).toContainText('65/100 分（65 %）：全力争取');
    await dialog.getByRole('button', { name: '保存' }).click();
    const opp = card(page, '识别商机', '冷链运输外包');
    await expect(opp).toContainText('全力争取 · 65 分');

    await page.getByRole('button', { name: '评估设置' }).click();
    const settings = page.getByRole('dialog', { name: '商机评估：评估项与门槛' });
    await settings.getByLabel('全力争取的起点（得分 %）').fill('70');
    await settings.getByLabel('全力争取的起点（得分 %）').press('Enter');
    await settings.getByRole('button', { name: '关闭' }).click();
    await expect(opp).toContainText('进一步确认 · 65 分');
    await undo(page);
    await expect(opp).toContainText('全力争取 · 65 分');

    // Delete on a focused card removes it, undoably (no confirm dialog), as everywhere.
    await opp.focus();
    await page.keyboard.press('Delete');
    await expect(opp).toHaveCount(0);
    await expect(page.getByText('已删除“冷链运输外包”')).toBeVisible();
    await expect(weighted(page)).toHaveText('¥ 0 M');
    await undo(page);
    await expect(opp).toContainText('全力争取 · 65 分');
    await expect(weighted(page)).toHaveText('¥ 4 M'); // 40 × 10 %
  });

  test('the day’s frame: boards grouped under the three questions; the weekly review cadence with its standard reports and the roles', async ({ page, host }) => {
    await openBoard(page, host);
    const nav = page.getByRole('navigation', { name: '看板' });
    await expect(nav.getByRole('list', { name: '怎么卖（销售方法论）' }).getByRole('link')).toHaveText(['销售方法', '商机演练', '例会节奏']);
    await expect(nav.getByRole('list', { name: '谁来卖（市场通路）' }).getByRole('link')).toHaveText(['覆盖模式', '市场通路']);
    await nav.getByRole('link', { name: '例会节奏' }).click();
    const reviews = page.getByRole('list', { name: '每周销售业绩回顾例会' });
    await expect(reviews.getByRole('listitem')).toHaveCount(5);
    const vp = reviews.getByRole('listitem', { name: '第 4 天 副总裁回顾' });
    // The standard report shows live pipeline figures: the template's target of ¥ 150 M, nothing in the pipeline yet.
    await expect(vp).toContainText('距目标缺口');
    await expect(vp).toContainText('¥ 150 M');
    await vp.getByRole('checkbox', { name: '30 天内预计签单' }).check();
    await expect(vp.getByRole('checkbox', { name: '30 天内预计签单' })).toBeChecked();
    await vp.getByLabel('时长（分钟）').fill('120');
    await vp.getByLabel('时长（分钟）').press('Enter');
    const roles = page.getByRole('region', { name: '销售角色' });
    await expect(roles.getByRole('textbox', { name: '猎手的名称' })).toHaveValue('猎手');
    await page.screenshot({ path: 'test-results/cadence-board.png', fullPage: true });
    await page.reload();
    await expect(page.getByRole('list', { name: '每周销售业绩回顾例会' }).getByRole('listitem', { name: '第 4 天 副总裁回顾' }).getByLabel('时长（分钟）')).toHaveValue('120');
  });

  test('the opportunity plan grows with the stages and the account plan holds the relationship map and whitespace; both stay after a reload', async ({ page, host }) => {
    await openBoard(page, host);
    await page.getByRole('button', { name: '+ 商机', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /新建商机/ });
    await dialog.getByLabel('商机', { exact: true }).fill('电商大促干线运输');
    await dialog.getByRole('combobox', { name: '客户', exact: true }).selectOption({ label: '上海远盛快消' });
    await dialog.getByRole('button', { name: '保存' }).click();
    await card(page, '识别商机', '电商大促干线运输').click();
    const edit = page.getByRole('dialog', { name: '商机：电商大促干线运输' });
    await edit.getByRole('button', { name: '商机计划' }).click();
    const plan = page.getByRole('dialog', { name: '商机计划：电商大促干线运输' });
    // Only the stages reached so far: 识别商机 with its guiding questions.
    await expect(plan.getByRole('group', { name: '识别商机' })).toContainText('客户的业务痛点是什么');
    await expect(plan.getByRole('group', { name: '确认商机' })).toHaveCount(0);
    await plan.getByLabel('识别商机阶段的回答').fill('双十一期间干线运力不足，现有承运商准时率 85 %。');
    await plan.getByRole('button', { name: '+ 竞争对手' }).click();
    await plan.getByRole('group', { name: '竞争对手 1' }).getByRole('textbox', { name: '竞争对手', exact: true }).fill('德邦物流');
    await plan.getByRole('button', { name: '保存' }).click();
    await expect(plan).toBeHidden();
    await edit.getByRole('button', { name: '客户计划' }).click();
    const account = page.getByRole('dialog', { name: '客户计划：上海远盛快消' });
    await account.getByLabel('业务现状').fill('华东最大的快消分销商之一，正在整合区域仓库。');
    await account.getByRole('group', { name: '集成解决方案和咨询项目' }).getByRole('combobox', { name: '现状' }).selectOption({ label: '已销售' });
    await account.getByRole('button', { name: '保存' }).click();
    await expect(account).toBeHidden();
    await edit.getByRole('button', { name: '取消' }).click();

    await page.reload();
    await card(page, '识别商机', '电商大促干线运输').click();
    await page.getByRole('dialog', { name: '商机：电商大促干线运输' }).getByRole('button', { name: '商机计划' }).click();
    await expect(page.getByRole('dialog', { name: '商机计划：电商大促干线运输' }).getByLabel('识别商机阶段的回答')).toHaveValue(/运力不足/);
    await expect(page.getByRole('dialog', { name: '商机计划：电商大促干线运输' }).getByRole('textbox', { name: '竞争对手', exact: true })).toHaveValue('德邦物流');
    await page.screenshot({ path: 'test-results/opportunity-plan.png' });
  });

  test('on a touch screen: press and hold a card, a finger carries it to the next stage', async ({ page, host }) => {
    await openBoard(page, host);
    await page.getByRole('button', { name: '+ 商机', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /新建商机/ });
    await dialog.getByLabel('商机', { exact: true }).fill('零部件入厂物流');
    await dialog.getByLabel('金额（百万）').fill('60');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(weighted(page)).toHaveText('¥ 6 M');
    const from = await centreOf(card(page, '识别商机', '零部件入厂物流'));
    const to = await centreOf(column(page, '确认商机'));
    await fingerDrag(page, from, to, {
      held: () => expect(card(page, '识别商机', '零部件入厂物流')).toHaveAttribute('aria-pressed', 'true'),
      over: () => expect(column(page, '确认商机')).toHaveClass(/is-over/),
    });
    await page.getByRole('dialog', { name: '成果未确认，仍要前移吗？' }).getByRole('button', { name: '仍然移到确认商机' }).click();
    await expect(card(page, '确认商机', '零部件入厂物流')).toBeVisible();
    await expect(weighted(page)).toHaveText('¥ 15 M'); // 60 × 25 %
  });
});
