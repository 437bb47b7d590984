import type { Page } from '@playwright/test';
import { centreOf, createWorkshop, expect, fingerDrag, pickUpWithSpace, test } from './fixtures';

const agenda = (page: Page) => page.getByRole('list', { name: '议程环节' });
const titles = (page: Page) => agenda(page).getByRole('listitem').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

test.describe('agenda board', () => {
  test('add, edit and delete an item; undo and redo; a reload keeps it', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '议程测试' });
    await page.getByRole('button', { name: '+ 添加环节' }).first().click();
    const dialog = page.getByRole('dialog', { name: '议程环节' });
    await dialog.getByLabel('标题').fill('茶歇');
    await dialog.getByLabel('时长（分钟）').fill('20');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(agenda(page).getByRole('listitem', { name: '茶歇' })).toContainText('18:15–18:35');

    await agenda(page).getByRole('listitem', { name: '午餐' }).getByRole('button', { name: '删除午餐' }).click();
    await expect(page.getByRole('status', { name: '通知' })).toContainText('已删除“午餐”');
    await expect(agenda(page).getByRole('listitem', { name: '午餐' })).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(agenda(page).getByRole('listitem', { name: '午餐' })).toBeVisible();
    await page.getByRole('button', { name: /^重做/ }).click();
    await expect(agenda(page).getByRole('listitem', { name: '午餐' })).toHaveCount(0);
    await page.reload();
    await expect(agenda(page).getByRole('listitem', { name: '茶歇' })).toBeVisible();
    await expect(agenda(page).getByRole('listitem', { name: '午餐' })).toHaveCount(0);
  });

  test('reorder by mouse drag and by keyboard alone', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '拖动测试' });
    await expect(agenda(page).getByRole('listitem')).toHaveCount(10); // the template's 10 blocks (issue 12: opportunities and the cadence in the Q&A's place)
    const before = await titles(page);
    expect(before[0]).toBe('开场：研讨目标与议程');

    // Mouse: drag the last block's handle above the first.
    const handle = page.getByRole('button', { name: '移动总结与下一步' });
    const target = agenda(page).getByRole('listitem', { name: '开场：研讨目标与议程' });
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 5, from.y - 10, { steps: 5 });
    await page.mouse.move(to.x + 20, to.y + 4, { steps: 15 });
    await page.mouse.up();
    await expect.poll(() => titles(page)).toEqual(['总结与下一步', ...before.slice(0, -1)]);

    // Keyboard: focus the handle of 午餐, Space picks up, ArrowUp twice, Space drops.
    const lunch = page.getByRole('button', { name: '移动午餐' });
    await lunch.focus();
    await pickUpWithSpace(page);
    await expect(lunch).toHaveAttribute('aria-pressed', 'true');
    // Each step is announced with the place it reached ("第 N 项"); the next key waits for it, as
    // a screen-reader user would, so a busy machine cannot merge two steps into one.
    const lunchWas = ['总结与下一步', ...before.slice(0, -1)].indexOf('午餐');
    const live = page.locator('[id^="DndLiveRegion"]');
    await page.keyboard.press('ArrowUp');
    await expect(live).toContainText(`第 ${lunchWas} 项`);
    await page.keyboard.press('ArrowUp');
    await expect(live).toContainText(`第 ${lunchWas - 1} 项`);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await titles(page)).indexOf('午餐')).toBe(lunchWas - 2);
    const now = await titles(page);
    // The live region named the item by title, in Chinese.
    await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('午餐');

    await page.reload();
    await expect.poll(async () => (await titles(page)).indexOf('午餐')).toBe(now.indexOf('午餐'));
  });

  test('the timer runs the current block and every window sees it', async ({ page, host, context }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '计时测试' });
    const second = await context.newPage();
    await second.goto(page.url());
    await page.getByRole('button', { name: '开始计时：午餐' }).click();
    await expect(page.getByRole('timer', { name: '议程计时' })).toContainText('午餐');
    await expect(second.getByRole('timer', { name: '议程计时' })).toContainText('午餐');
    await expect(second.getByRole('listitem', { name: '午餐' })).toHaveAttribute('aria-current', 'step');
    await expect(page.getByRole('timer', { name: '议程计时' })).toContainText(/59:5\d/);
  });

  test('a change acknowledged before kill -9 is there after a restart', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '断电测试' });
    const workshopId = decodeURIComponent(/#\/w\/([^/]+)/.exec(page.url())![1]!);
    // 30 changes straight through the API: each reply is the acknowledgement.
    const acknowledged = await page.evaluate(async ({ id, token }) => {
      let version = 0;
      for (let i = 0; i < 30; i++) {
        const res = await fetch('/api/dispatch', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': token },
          body: JSON.stringify({ workshopId: id, command: { type: 'agenda.add', values: { title: `块 ${i + 1}` } } }),
        });
        version = (await res.json()).value.version;
      }
      return version;
    }, { id: workshopId, token: host.token });
    expect(acknowledged).toBe(30);
    await host.restart({ hard: true });
    await page.reload();
    await expect(agenda(page).getByRole('listitem', { name: '块 30' })).toBeVisible();
    await expect(agenda(page).getByRole('listitem')).toHaveCount(40);
  });

  test('present mode: Esc closes a dialog first, a second Esc ends the presentation', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '演示测试' });
    const nav = page.getByRole('navigation', { name: '看板' });
    // The board is read-only while presenting (Enter opens nothing): the dialog opens before F5.
    await agenda(page).getByRole('listitem', { name: '午餐' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: '议程环节' })).toBeVisible();
    await page.keyboard.press('F5');
    await expect(nav).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(nav).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(nav).toBeVisible();
  });
});

test('editing an item keeps what another window changed meanwhile', async ({ page, host, context }) => {
  await page.goto(host.url);
  await createWorkshop(page, { name: '并发编辑' });
  const other = await context.newPage();
  await other.goto(page.url());
  await page.getByRole('button', { name: '编辑午餐' }).click();
  const dialog = page.getByRole('dialog', { name: '议程环节' });
  await dialog.getByLabel('备注').fill('自助餐');
  // Meanwhile, another window renames the block.
  await other.getByRole('button', { name: '编辑午餐' }).click();
  await other.getByRole('dialog').getByLabel('标题').fill('工作午餐');
  await other.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('list', { name: '议程环节' }).getByRole('listitem', { name: '工作午餐' })).toBeVisible();
  await dialog.getByRole('button', { name: '保存' }).click();
  const item = page.getByRole('list', { name: '议程环节' }).getByRole('listitem', { name: '工作午餐' });
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: '编辑工作午餐' }).click();
  await expect(page.getByRole('dialog').getByLabel('备注')).toHaveValue('自助餐');
});

test.describe('agenda board on a touch screen', () => {
  test.use({ hasTouch: true });

  test('press and hold a handle, then a finger moves the block up the agenda', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '触屏测试' });
    await expect(agenda(page).getByRole('listitem')).toHaveCount(10); // the template's 10 blocks (issue 12: opportunities and the cadence in the Q&A's place)
    const before = await titles(page);
    const last = before[before.length - 1]!;
    const status = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
    const first = (await agenda(page).getByRole('listitem', { name: before[0]! }).boundingBox())!;
    const handle = page.getByRole('button', { name: `移动${last}` });
    await fingerDrag(page, await centreOf(handle), { x: first.x + 40, y: first.y + 4 }, {
      held: () => expect(handle).toHaveAttribute('aria-pressed', 'true'),
      over: () => status(`“${last}”现在位于第 1 项`),
    });
    await expect.poll(() => titles(page)).toEqual([last, ...before.slice(0, -1)]);
  });
});
