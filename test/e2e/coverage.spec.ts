import type { Locator, Page } from '@playwright/test';
import { centreOf, createWorkshop, expect, fingerDrag, pickUpWithSpace, test, type Host } from './fixtures';
import { breaksAtSeparator, nameLines } from './roomAudit';

/**
 * The coverage board in the real renderer against the real service (browser host, SQLite in a
 * temp folder), in Chromium. Accounts are put into segments through the service's own commands,
 * the way the segments board does it; the page follows the broadcast like any second window.
 */

type Seed = Record<string, { count: number; revenue: number }>;

async function api(page: Page, host: Host, method: string, args: unknown) {
  const res = await page.request.post(`http://127.0.0.1:${host.port}/api/${method}`, {
    headers: { 'X-Salesmap-Token': host.token, 'Content-Type': 'application/json' },
    data: args,
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value as { diff: { added: { id: string }[] } };
}

/** Creates a workshop from the template through the UI, seeds accounts, opens the coverage board. */
async function openCoverage(page: Page, host: Host, opts: { language: 'zh-CN' | 'en'; seed: Seed }): Promise<string> {
  await page.goto(host.url);
  await createWorkshop(page, { name: opts.language === 'en' ? 'Haige workshop' : '海格物流研讨会', language: opts.language });
  const workshopId = decodeURIComponent(/#\/w\/([^/]+)/.exec(page.url())![1]!);
  for (const [segmentId, { count, revenue }] of Object.entries(opts.seed)) {
    const imported = await api(page, host, 'dispatch', {
      workshopId,
      command: { type: 'account.import', accounts: Array.from({ length: count }, (_, i) => ({ name: `客户 ${segmentId} ${i + 1}`, revenue })) },
    });
    await api(page, host, 'dispatch', {
      workshopId,
      command: { type: 'account.move', ids: imported.diff.added.map((r) => r.id), segmentId, index: 0 },
    });
  }
  const zh = opts.language === 'zh-CN';
  await page.getByRole('navigation', { name: zh ? '看板' : 'Boards' }).getByRole('link', { name: zh ? '覆盖模式' : 'Coverage' }).click();
  await expect(page.getByRole('heading', { name: zh ? '客户覆盖模式' : 'Coverage models' })).toBeVisible();
  return workshopId;
}

/** Drags with the mouse in small steps, as a person would (dnd-kit starts after 4 px). */
async function mouseDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  // A drop settles (its overlay animates back) before the next drag can start.
  await expect(page.locator('.cov-cell.is-accepting')).toHaveCount(0);
  // Keep clear of the board's edges, where dnd-kit scrolls the board under the pointer.
  await to.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 5, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** A placement chip's name ("… 覆盖：主要，100%，6 人"), not the empty cell's + button. */
const PLACED = /覆盖：|covered by/;

const people = (n: number, zh = true) => new RegExp(zh ? `(^|\\D)${n}\\s人` : `(^|\\D)${n}\\speople`);

test.describe('coverage board', () => {
  test('a chip pressed right after the previous drop is picked up, and a drag selects no text', async ({ page, host }) => {
    await openCoverage(page, host, { language: 'zh-CN', seed: { 'seg-smb': { count: 30, revenue: 20 }, 'seg-mid': { count: 20, revenue: 100 } } });
    const matrix = page.getByRole('table', { name: /覆盖方案“方案 A”/ });
    const phone = matrix.getByRole('cell', { name: '中小型客户 专属电话覆盖' });
    const web = matrix.getByRole('cell', { name: '中型企业 网上销售' });
    // The second press follows the first drop at once, as a quick facilitator's hand does.
    await mouseDrag(page, page.getByRole('button', { name: '中小型客户，30 家客户' }), phone);
    await mouseDrag(page, page.getByRole('button', { name: '中型企业，20 家客户' }), web);
    await expect(phone.getByRole('button', { name: PLACED })).toBeVisible();
    await expect(web.getByRole('button', { name: PLACED })).toBeVisible();
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
  });

  test('drag a segment into a motion with the mouse: people appear; capacity changes totals; undo', async ({ page, host }) => {
    await openCoverage(page, host, { language: 'zh-CN', seed: { 'seg-smb': { count: 1800, revenue: 20 } } });
    const matrix = page.getByRole('table', { name: /覆盖方案“方案 A”/ });
    const row = matrix.getByRole('row', { name: /中小型客户/ });
    const total = matrix.getByRole('cell', { name: '中小型客户 客户群合计' });
    await expect(total).toContainText('未覆盖');

    await mouseDrag(page, page.getByRole('button', { name: '中小型客户，1,800 家客户' }), matrix.getByRole('cell', { name: '中小型客户 专属电话覆盖' }));

    const cell = matrix.getByRole('cell', { name: '中小型客户 专属电话覆盖' });
    await expect(cell.getByRole('button', { name: /中小型客户 由 专属电话覆盖 覆盖：主要，100%/ })).toBeVisible();
    await expect(cell).toContainText(people(6)); // 1,800 accounts ÷ 300 per person
    await expect(total).not.toContainText('未覆盖');
    const planPeople = matrix.getByRole('cell', { name: '所需人数 客户群合计' });
    await expect(planPeople).toContainText(people(6));
    await expect(matrix.getByRole('cell', { name: '年成本 客户群合计' })).toContainText('¥ 1.5 M');

    // What-if: fewer accounts per person → more people and cost, everywhere at once.
    const capacity = page.getByRole('textbox', { name: '每人覆盖客户数 · 专属电话覆盖' });
    await capacity.fill('200');
    await capacity.press('Enter');
    await expect(cell).toContainText(people(9));
    await expect(planPeople).toContainText(people(9));
    await expect(page.getByText(/方案合计：9\s人/)).toBeVisible();
    await expect(matrix.getByRole('cell', { name: '年成本 客户群合计' })).toContainText('¥ 2.3 M');
    await expect(page.getByRole('figure', { name: '各覆盖模式的人数与成本' }).getByRole('row', { name: /专属电话覆盖/ })).toContainText(people(9));

    // Undo (Ctrl+Z, app-wide): the capacity, then the placement.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect(capacity).toHaveValue('300');
    await expect(planPeople).toContainText(people(6));
    await page.keyboard.press('Control+z');
    await expect(cell.getByRole('button', { name: PLACED })).toHaveCount(0);
    await expect(total).toContainText('未覆盖');
    await expect(row).toBeVisible();
  });

  test('keyboard only: Space picks a segment up, arrows choose the motion, Space drops; announced in Chinese', async ({ page, host }) => {
    await openCoverage(page, host, { language: 'zh-CN', seed: { 'seg-integrated': { count: 8, revenue: 1500 } } });
    const chip = page.getByRole('button', { name: '超大型客户，8 家客户' });
    await chip.focus();
    await pickUpWithSpace(page);
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: '已拿起超大型客户' })).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('status').filter({ hasText: '超大型客户由专属客户主管/总监覆盖（主要）' })).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('status').filter({ hasText: '超大型客户由行业团队覆盖（主要）' })).toBeAttached();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('status').filter({ hasText: '超大型客户由专属客户主管/总监覆盖（主要）' })).toBeAttached();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').filter({ hasText: '已放下：超大型客户由专属客户主管/总监覆盖（主要）' })).toBeAttached();

    const cell = page.getByRole('cell', { name: '超大型客户 专属客户主管/总监' });
    const placed = cell.getByRole('button', { name: /超大型客户 由 专属客户主管\/总监 覆盖：主要，100%/ });
    await expect(placed).toBeVisible();
    await expect(cell).toContainText(people(2)); // 8 accounts ÷ 5 per executive, rounded up

    // Esc cancels a pick-up: nothing changes.
    await chip.focus();
    await pickUpWithSpace(page);
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('status').filter({ hasText: '已取消移动超大型客户' })).toBeAttached();
    await expect(page.getByRole('cell', { name: '超大型客户 行业团队' }).getByRole('button', { name: PLACED })).toHaveCount(0);

    // Delete on a focused placement removes it, with an undo toast.
    await placed.focus();
    await page.keyboard.press('Delete');
    await expect(cell.getByRole('button', { name: PLACED })).toHaveCount(0);
    await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
    await expect(cell.getByRole('button', { name: /超大型客户 由 专属客户主管\/总监 覆盖/ })).toBeVisible();
  });

  test('keyboard without dragging: Enter on a segment opens “Cover with…”; shares over 100 % are explained and refused', async ({ page, host }) => {
    await openCoverage(page, host, { language: 'zh-CN', seed: { 'seg-key': { count: 41, revenue: 500 } } });
    const chip = page.getByRole('button', { name: '行业大客户及其他大型客户，41 家客户' });
    await chip.focus();
    await page.keyboard.press('Enter');
    let dialog = page.getByRole('dialog', { name: '为行业大客户及其他大型客户选择覆盖模式' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox', { name: '覆盖模式' }).selectOption({ label: '行业团队' });
    await dialog.getByLabel('覆盖该客户群客户的比例（%）').fill('70');
    await dialog.getByLabel('覆盖该客户群客户的比例（%）').press('Enter');
    await expect(dialog).toBeHidden();
    const industry = page.getByRole('cell', { name: '行业大客户及其他大型客户 行业团队' });
    await expect(industry.getByRole('button', { name: /覆盖：主要，70%/ })).toBeVisible();
    await expect(industry).toContainText(people(1)); // 28.7 accounts ÷ 40

    // The row's "Cover with…" button: the second motion becomes an overlay with what is left.
    await page.getByRole('button', { name: '为行业大客户及其他大型客户选择覆盖模式…' }).click();
    dialog = page.getByRole('dialog', { name: '为行业大客户及其他大型客户选择覆盖模式' });
    await dialog.getByRole('combobox', { name: '覆盖模式' }).selectOption({ label: '区域销售代表（面对面）' });
    const share = dialog.getByLabel('覆盖该客户群客户的比例（%）');
    await expect(share).toHaveValue('30');
    await expect(dialog.getByRole('radio', { name: /叠加/ })).toBeChecked();
    await share.fill('45');
    await expect(dialog.getByRole('alert')).toHaveText(/“行业大客户及其他大型客户”的覆盖比例合计将为 115%，最多只能为 100%/);
    await expect(dialog.getByRole('button', { name: '覆盖' })).toBeDisabled();
    await share.fill('30');
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByRole('button', { name: '覆盖' }).click();
    const territory = page.getByRole('cell', { name: '行业大客户及其他大型客户 区域销售代表（面对面）' });
    await expect(territory.getByRole('button', { name: /覆盖：叠加，30%/ })).toBeVisible();
    // A transaction motion on a relationship-driven segment is a hint next to it.
    await expect(territory).toContainText('交易推动的模式用于关系型客户群');

    // Editing the overlay's share beyond what is left is refused with the same message.
    await territory.getByRole('button', { name: /覆盖：叠加，30%/ }).press('Enter');
    dialog = page.getByRole('dialog', { name: '行业大客户及其他大型客户 · 区域销售代表（面对面）' });
    await dialog.getByLabel('覆盖该客户群客户的比例（%）').fill('31');
    await expect(dialog.getByRole('alert')).toContainText('合计将为 101%');
    await page.keyboard.press('Escape');
    await expect(territory.getByRole('button', { name: /覆盖：叠加，30%/ })).toBeVisible();

    // Capacity 0 is refused next to the field, in words, and changes nothing.
    const capacity = page.getByRole('textbox', { name: '每人覆盖客户数 · 行业团队' });
    await capacity.fill('0');
    await capacity.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: '“行业团队”的每人覆盖客户数必须大于 0' })).toBeVisible();
    await expect(industry).toContainText(people(1));
    await capacity.press('Escape');
    await expect(capacity).toHaveValue('40');
  });

  test('duplicate the plan as a scenario, change it, compare the two side by side, switch back', async ({ page, host, browser }) => {
    const workshopId = await openCoverage(page, host, { language: 'zh-CN', seed: { 'seg-smb': { count: 1800, revenue: 20 } } });
    await mouseDrag(page, page.getByRole('button', { name: '中小型客户，1,800 家客户' }), page.getByRole('cell', { name: '中小型客户 专属电话覆盖' }));
    await expect(page.getByRole('cell', { name: '中小型客户 专属电话覆盖' })).toContainText(people(6));

    // A second window (the projector) follows every change.
    const projector = await browser.newPage({ locale: 'zh-CN' });
    await projector.goto(`${host.url}#/w/${encodeURIComponent(workshopId)}/coverage`);
    await expect(projector.getByRole('cell', { name: '中小型客户 专属电话覆盖' })).toContainText(people(6));

    await page.getByRole('group', { name: '方案操作' }).getByRole('button', { name: '复制为新方案' }).click();
    const tabs = page.getByRole('tablist', { name: '覆盖方案' });
    await expect(tabs.getByRole('tab', { name: '方案 B' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('table', { name: /覆盖方案“方案 B”/ })).toBeVisible();
    await expect(projector.getByRole('table', { name: /覆盖方案“方案 B”/ })).toBeVisible();

    // Plan B: SMB online instead of on the phone.
    const phoneB = page.getByRole('cell', { name: '中小型客户 专属电话覆盖' });
    await mouseDrag(page, phoneB.getByRole('button', { name: PLACED }), page.getByRole('cell', { name: '中小型客户 网上销售' }));
    // Web is a pooled motion: the cell shows its share of the team (1,800 ÷ 10,000), the foot 1 person.
    await expect(page.getByRole('cell', { name: '中小型客户 网上销售' })).toContainText(/0\.18\s人力/);
    await expect(phoneB.getByRole('button', { name: PLACED })).toHaveCount(0);

    const compare = page.getByRole('region', { name: '方案对比' });
    await expect(compare.getByLabel('对比方案')).toHaveValue(/.+/);
    await expect(compare.getByRole('columnheader', { name: '差异（方案 B − 方案 A）' })).toBeVisible();
    const phoneRow = compare.getByRole('row', { name: /专属电话覆盖/ });
    await expect(phoneRow).toContainText(/0\s人/);
    await expect(phoneRow).toContainText(/6\s人/);
    await expect(phoneRow).toContainText('\u22126'); // plan B needs 6 fewer on the phone
    await expect(compare.getByRole('row', { name: /网上销售/ })).toContainText('+1'); // 1,800 accounts online: 1 person
    await expect(compare.getByRole('row', { name: /行业团队/ })).toContainText('±0');
    const totalRow = compare.getByRole('row', { name: /^合计/ });
    await expect(totalRow).toContainText('\u22125'); // 6 people in plan A, 1 in plan B

    await tabs.getByRole('tab', { name: '方案 A' }).click();
    await expect(page.getByRole('cell', { name: '中小型客户 专属电话覆盖' })).toContainText(people(6));
    await expect(projector.getByRole('table', { name: /覆盖方案“方案 A”/ })).toBeVisible();
    await projector.close();
  });

  test('dropping a second motion on a segment asks for its share; nothing is placed until the room says', async ({ page, host }) => {
    const workshopId = await openCoverage(page, host, { language: 'zh-CN', seed: { 'seg-key': { count: 41, revenue: 500 } } });
    // The segment's first motion, as another window would place it: 100 % on the industry team.
    await api(page, host, 'dispatch', { workshopId, command: { type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-key', motionId: 'motion-industry' } });
    const chip = page.getByRole('button', { name: '行业大客户及其他大型客户，41 家客户' });
    const industry = page.getByRole('cell', { name: '行业大客户及其他大型客户 行业团队' });
    const territory = page.getByRole('cell', { name: '行业大客户及其他大型客户 区域销售代表（面对面）' });
    await expect(industry.getByRole('button', { name: PLACED })).toContainText('100%');

    // The second drop: a prompt for the share, never a silent 0 % overlay.
    await mouseDrag(page, chip, territory);
    const prompt = page.getByRole('dialog', { name: '行业大客户及其他大型客户 · 区域销售代表（面对面）：覆盖多少比例？' });
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: '取消' }).click();
    await expect(prompt).toBeHidden();
    await expect(territory.getByRole('button', { name: PLACED })).toHaveCount(0);

    // Clicking the empty cell asks the same.
    await territory.getByRole('button', { name: '用区域销售代表（面对面）覆盖行业大客户及其他大型客户' }).click();
    await expect(prompt).toBeVisible();
    // The segment is already at 100 %: the prompt offers to take the share from the primary.
    const share = prompt.getByLabel('覆盖该客户群客户的比例（%）');
    await expect(share).toHaveValue('50');
    await share.fill('30');
    await expect(prompt.getByRole('checkbox', { name: /从 行业团队 中划出（其保留 70%）/ })).toBeChecked();
    await prompt.getByRole('button', { name: '覆盖' }).click();
    await expect(prompt).toBeHidden();
    await expect(territory.getByRole('button', { name: PLACED })).toContainText('30%');
    await expect(industry.getByRole('button', { name: PLACED })).toContainText('70%');
    // One undo takes back both: the overlay and the primary's 30 %.
    await page.getByRole('button', { name: /^撤销/ }).first().click();
    await expect(territory.getByRole('button', { name: PLACED })).toHaveCount(0);
    await expect(industry.getByRole('button', { name: PLACED })).toContainText('100%');
  });

  test('a capacity changed in plan B leaves plan A as it was; the comparison shows the assumption', async ({ page, host }) => {
    await openCoverage(page, host, { language: 'zh-CN', seed: { 'seg-smb': { count: 1800, revenue: 20 } } });
    await mouseDrag(page, page.getByRole('button', { name: '中小型客户，1,800 家客户' }), page.getByRole('cell', { name: '中小型客户 专属电话覆盖' }));
    const foot = page.getByRole('cell', { name: '所需人数 专属电话覆盖' });
    await expect(foot).toContainText(people(6)); // 1,800 ÷ 300
    await page.getByRole('group', { name: '方案操作' }).getByRole('button', { name: '复制为新方案' }).click();
    const tabs = page.getByRole('tablist', { name: '覆盖方案' });
    await expect(tabs.getByRole('tab', { name: '方案 B' })).toHaveAttribute('aria-selected', 'true');

    const capacity = page.getByRole('textbox', { name: '每人覆盖客户数 · 专属电话覆盖' });
    await capacity.fill('400');
    await capacity.press('Enter');
    await expect(foot).toContainText(people(5)); // 1,800 ÷ 400 = 4.5 → 5
    const compare = page.getByRole('region', { name: '方案对比' });
    const assumption = compare.getByRole('row', { name: /专属电话覆盖 · 每人覆盖客户数/ });
    await expect(assumption).toContainText('300');
    await expect(assumption).toContainText('400');
    await expect(compare.getByRole('row', { name: /^专属电话覆盖/ }).first()).toContainText('\u22121');

    await tabs.getByRole('tab', { name: '方案 A' }).click();
    await expect(page.getByRole('textbox', { name: '每人覆盖客户数 · 专属电话覆盖' })).toHaveValue('300');
    await expect(foot).toContainText(people(6));
    await page.screenshot({ path: test.info().outputPath('plan-assumptions.png'), fullPage: true });
  });

  test('in English: a keyboard drop is announced in English and the figures read in English', async ({ page, host }) => {
    await page.addInitScript(() => localStorage.setItem('salesmap.language', 'en'));
    await openCoverage(page, host, { language: 'en', seed: { 'seg-mid': { count: 320, revenue: 120 } } });
    const chip = page.getByRole('button', { name: 'Medium business, 320 accounts' });
    await chip.focus();
    await pickUpWithSpace(page);
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('status').filter({ hasText: 'Medium business covered by Dedicated client executive as Primary' })).toBeAttached();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').filter({ hasText: 'Dropped: Medium business covered by Dedicated client executive' })).toBeAttached();
    const cell = page.getByRole('cell', { name: 'Medium business Dedicated client executive', exact: true });
    await expect(cell).toContainText(people(64, false)); // 320 ÷ 5
    // Dedicated executives on a ¥ 120 M segment: below the ¥ 700 M threshold, said next to it.
    // Tested per account (issue 11): every one of the 320 is below it.
    await expect(cell).toContainText('320 of 320 accounts below ¥ 700 M');
    await expect(page.getByRole('cell', { name: 'Medium business Segment total', exact: true })).toContainText(people(64, false));
    // The motion's role mix in the English role names, full for screen readers.
    const mix = page.getByRole('columnheader', { name: 'Dedicated client executive' }).locator('.mix-tag');
    await expect(mix.locator('[aria-hidden="true"]')).toHaveText('Hunter 20 · Farmer 70 · Coach 10 %');
    await expect(mix.locator('.sr-only')).toHaveText('Hunter 20 %, Farmer 70 %, Coach 10 %');
  });

  test('motions: add, edit, reorder, delete with undo; a segment records its owner and principles', async ({ page, host }) => {
    await openCoverage(page, host, { language: 'zh-CN', seed: { 'seg-key': { count: 41, revenue: 500 } } });
    const headers = page.getByRole('table', { name: /覆盖方案/ }).getByRole('row').first().getByRole('columnheader');
    await page.getByRole('button', { name: '+ 覆盖模式' }).click();
    const dialog = page.getByRole('dialog', { name: '覆盖模式' });
    await expect(dialog.getByLabel('名称')).toHaveValue('新覆盖模式');
    await dialog.getByLabel('名称').fill('大客户经理');
    await dialog.getByRole('radio', { name: '关系推动' }).check();
    const capacity = dialog.getByLabel('每人覆盖客户数');
    await capacity.fill('0');
    await expect(dialog.getByRole('alert')).toContainText('“大客户经理”的每人覆盖客户数必须大于 0');
    await expect(dialog.getByRole('button', { name: '保存' })).toBeDisabled();
    await capacity.fill('20');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(headers).toHaveText([/主要覆盖模式/, /专属客户主管/, /行业团队/, /区域销售代表/, /专属电话覆盖/, /网上销售/, /合作伙伴覆盖/, /大客户经理/, /客户群合计/]);

    await page.getByRole('button', { name: '将大客户经理左移' }).click();
    await expect(headers.nth(6)).toHaveText(/大客户经理/);
    await expect(headers.nth(7)).toHaveText(/合作伙伴覆盖/);

    // Covering with it uses its capacity: 41 accounts ÷ 20 = 3 people.
    await page.getByRole('button', { name: '行业大客户及其他大型客户，41 家客户' }).press('Enter');
    const cover = page.getByRole('dialog', { name: '为行业大客户及其他大型客户选择覆盖模式' });
    await cover.getByRole('combobox', { name: '覆盖模式' }).selectOption({ label: '大客户经理' });
    await cover.getByRole('button', { name: '覆盖' }).click();
    await expect(page.getByRole('cell', { name: '行业大客户及其他大型客户 大客户经理' })).toContainText(people(3));

    await page.getByRole('button', { name: '编辑覆盖模式 大客户经理' }).click();
    await page.getByRole('dialog', { name: '覆盖模式' }).getByRole('button', { name: '删除覆盖模式' }).click();
    await expect(page.getByRole('button', { name: '编辑覆盖模式 大客户经理' })).toHaveCount(0);
    await expect(page.getByRole('cell', { name: '行业大客户及其他大型客户 客户群合计' })).toContainText('未覆盖');
    await page.getByRole('status').filter({ hasText: '已删除覆盖模式“大客户经理”' }).getByRole('button', { name: '撤销' }).click();
    await expect(page.getByRole('cell', { name: '行业大客户及其他大型客户 大客户经理' })).toContainText(people(3));

    // Owner and coverage principles are the segment's, recorded here.
    await page.getByRole('button', { name: '行业大客户及其他大型客户的负责人与覆盖原则' }).click();
    const seg = page.getByRole('dialog', { name: '行业大客户及其他大型客户：负责人与覆盖原则' });
    await seg.getByLabel('负责人（每个客户只有一个负责人）').fill('李总');
    await seg.getByLabel('覆盖原则').fill('明确客户归属；区域负责人同时负责销售和市场。');
    await seg.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('rowheader', { name: '行业大客户及其他大型客户' })).toContainText('负责人：李总');
  });

  test('the motion header’s role mix uses the room’s role names, short when long, full in its tooltip; on the projector it shows whole at 24 px', async ({ page, host }) => {
    const workshopId = await openCoverage(page, host, { language: 'zh-CN', seed: { 'seg-key': { count: 41, revenue: 500 } } });
    const header = page.getByRole('columnheader', { name: '专属客户主管/总监' });
    const tag = header.locator('.mix-tag');
    // The template's roles by their names (not fixed abbreviations), the roles with a share only.
    await expect(header.locator('.motion-tags')).toContainText('猎手 20 · 农夫 70 · 辅导员 10%');
    await expect(tag.locator('[aria-hidden="true"]')).toHaveText('猎手 20 · 农夫 70 · 辅导员 10%');
    // The room renames its hunter and farmer on the cadence board: the tag follows, shortened.
    await api(page, host, 'dispatch', { workshopId, command: { type: 'role.update', id: 'role-hunter', patch: { name: '新客户经理' } } });
    await api(page, host, 'dispatch', { workshopId, command: { type: 'role.update', id: 'role-farmer', patch: { name: 'BD' } } });
    await expect(tag.locator('[aria-hidden="true"]')).toHaveText('新客户 20 · BD 70 · 辅导员 10%');
    await expect(tag).toHaveAttribute('title', '新客户经理 20%，BD 70%，辅导员 10%');
    await expect(tag.locator('.sr-only')).toHaveText('新客户经理 20%，BD 70%，辅导员 10%');
    await expect(page.getByRole('columnheader', { name: '专属电话覆盖' }).locator('.mix-tag [aria-hidden="true"]')).toHaveText('新客户 50 · BD 50%');

    // Present mode at 1920 × 1080: every motion shows its mix, whole inside its header, at 24 px.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.keyboard.press('F5');
    await expect(page.locator('.workshop.presenting')).toBeVisible();
    const tags = page.locator('.board-area thead .mix-tag');
    await expect(tags).toHaveCount(6);
    for (const t of await tags.all()) {
      await expect(t).toBeVisible();
      const fit = await t.evaluate((el) => {
        const cell = el.closest('th')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return { px: parseFloat(getComputedStyle(el).fontSize), inside: box.left >= cell.left && box.right <= cell.right + 0.5 && box.bottom <= cell.bottom + 0.5 };
      });
      expect(fit.px).toBeGreaterThanOrEqual(24);
      expect(fit.inside, 'the mix inside its header').toBe(true);
    }
    await page.screenshot({ path: test.info().outputPath('present-coverage-role-names.png') });

    // The motions' names wrap at their own separators only: "专属客户主管/" · "总监", never
    // "专属客户主" · "管/总监"; whole inside their headers, at 1920 × 1080 and at 1280 × 720.
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const names = await nameLines(page.locator('.board-area thead .motion-name'));
      expect(names.map((n) => n.name)).toContain('专属客户主管/总监');
      for (const { name, lines } of names) {
        for (let i = 0; i + 1 < lines.length; i++) expect(breaksAtSeparator(lines[i]!, lines[i + 1]!), `${size.width}: “${name}” laid out as ${lines.join(' / ')}`).toBe(true);
      }
      for (const head of await page.locator('.board-area thead .motion-head').all()) {
        const inside = await head.evaluate((th) => {
          const cell = th.getBoundingClientRect();
          const name = th.querySelector('.motion-name')!.getBoundingClientRect();
          return name.left >= cell.left - 0.5 && name.right <= cell.right + 0.5;
        });
        expect(inside, `${size.width}: the motion's name inside its header`).toBe(true);
      }
      await page.screenshot({ path: test.info().outputPath(`present-coverage-names-${size.width}.png`) });
    }

    // Roles of several titles: short as their first title ("专属客户", never "专属客"); two that
    // would read the same keep their full names, which wrap at their "/" only and stay inside
    // the header (at 1280 × 720, the narrowest).
    await api(page, host, 'dispatch', { workshopId, command: { type: 'role.update', id: 'role-hunter', patch: { name: '专属客户主管/总监' } } });
    await expect(tag.locator('[aria-hidden="true"]')).toHaveText('专属客户 20 · BD 70 · 辅导员 10%');
    await api(page, host, 'dispatch', { workshopId, command: { type: 'role.update', id: 'role-farmer', patch: { name: '专属客户主管/顾问' } } });
    await expect(tag.locator('[aria-hidden="true"]')).toHaveText('专属客户主管/总监 20 · 专属客户主管/顾问 70 · 辅导员 10%');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const [mix] = await nameLines(tag.locator('[aria-hidden="true"]'));
    for (let i = 0; i + 1 < mix!.lines.length; i++) expect(breaksAtSeparator(mix!.lines[i]!, mix!.lines[i + 1]!), `the mix laid out as ${mix!.lines.join(' / ')}`).toBe(true);
    const inside = await tag.evaluate((el) => {
      const cell = el.closest('th')!.getBoundingClientRect();
      return [...el.querySelectorAll('.mix-part')].every((p) => p.getBoundingClientRect().right <= cell.right + 0.5);
    });
    expect(inside, 'every role of the mix inside its header').toBe(true);
    await page.screenshot({ path: test.info().outputPath('present-coverage-long-roles-1280.png') });
  });

  test('a workshop without segments says what to do next', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '空白研讨会', language: 'zh-CN', blank: true });
    await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '覆盖模式' }).click();
    await expect(page.getByText('还没有客户群。请先划分客户群，每个客户群会成为这里的一行。')).toBeVisible();
    await page.getByRole('link', { name: '前往客户分群看板' }).click();
    await expect(page).toHaveURL(/\/segments$/);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true });

    test('a long press picks a segment up and a finger drags it into a motion', async ({ page, host }) => {
      await openCoverage(page, host, { language: 'zh-CN', seed: { 'seg-isv': { count: 60, revenue: 90 } } });
      const target = page.getByRole('cell', { name: '综合需求聚焦的IT方案提供商 合作伙伴覆盖' });
      await target.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
      const status = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
      await fingerDrag(page, await centreOf(page.getByRole('button', { name: '综合需求聚焦的IT方案提供商，60 家客户' })), await centreOf(target), {
        held: () => status('已拿起综合需求聚焦的IT方案提供商'),
        over: () => status('综合需求聚焦的IT方案提供商由合作伙伴覆盖'),
      });
      await expect(target.getByRole('button', { name: /综合需求聚焦的IT方案提供商 由 合作伙伴覆盖 覆盖：主要，100%/ })).toBeVisible();
      // Partners are pooled: the cell uses 60 ÷ 500 of a partner manager; the motion rounds up to 1.
      await expect(target).toContainText(/0\.12\s人力/);
      await expect(page.getByRole('cell', { name: '所需人数 合作伙伴覆盖' })).toContainText(people(1));
    });
  });
});
