import type { Page } from '@playwright/test';
import { createWorkshop, expect, test } from './fixtures';

/**
 * Two windows on one workshop (the facilitator's laptop and a group's second window, both on the
 * real browser host): an edit dialog left open in window A must not put back, on Save, what window
 * B changed meanwhile. A sends only the fields its user changed.
 */

async function openWorkshopBoard(page: Page, url: string, board: '客户分群' | '市场通路'): Promise<void> {
  await page.goto(url);
  await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: board }).click();
}

test.describe('edit dialogs and a second window', () => {
  test('segment details: B renames the segment while A edits its pain points; after A saves, both changes stand', async ({ page, host, context }) => {
    await openWorkshopBoard(page, host.url, '客户分群');
    const windowB = await context.newPage();
    await windowB.goto(page.url());
    await expect(windowB.getByRole('region', { name: '超大型客户', exact: true })).toBeVisible();

    // A opens the segment's details.
    await page.bringToFront();
    await page.getByRole('button', { name: '超大型客户 的更多操作' }).click();
    await page.getByRole('menuitem', { name: '编辑详情和规则…' }).click();
    await expect(page.getByRole('dialog', { name: '客户群：超大型客户' })).toBeVisible();
    // (Its title follows the record; its fields keep what they showed when it opened.)
    const dialogA = page.getByRole('dialog', { name: /^客户群：/ });
    await expect(dialogA.getByLabel('客户群名称')).toHaveValue('超大型客户');

    // Meanwhile B renames it in place (F2).
    await windowB.bringToFront();
    await windowB.getByRole('region', { name: '超大型客户', exact: true }).getByRole('button', { name: '超大型客户', exact: true }).focus();
    await windowB.keyboard.press('F2');
    await windowB.getByRole('textbox', { name: '超大型客户 的新名称' }).fill('集团客户');
    await windowB.keyboard.press('Enter');
    await expect(windowB.getByRole('region', { name: '集团客户', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: '集团客户', exact: true })).toBeVisible();

    // A, still showing the name it opened with, writes the pain points and saves.
    await page.bringToFront();
    await expect(dialogA.getByLabel('客户群名称')).toHaveValue('超大型客户');
    await dialogA.getByLabel('痛点').fill('需要一个对接窗口');
    await dialogA.getByRole('button', { name: '保存' }).click();
    await expect(dialogA).toBeHidden();

    // Both windows keep B's name, and A's pain points are saved.
    await expect(page.getByRole('region', { name: '集团客户', exact: true })).toBeVisible();
    await expect(windowB.getByRole('region', { name: '集团客户', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: '超大型客户', exact: true })).toHaveCount(0);
    await windowB.bringToFront();
    await windowB.getByRole('button', { name: '集团客户 的更多操作' }).click();
    await windowB.getByRole('menuitem', { name: '编辑详情和规则…' }).click();
    const dialogB = windowB.getByRole('dialog', { name: '客户群：集团客户' });
    await expect(dialogB.getByLabel('痛点')).toHaveValue('需要一个对接窗口');
    await expect(dialogB.getByLabel('客户群名称')).toHaveValue('集团客户');

    await dialogB.getByRole('button', { name: '取消' }).click();
    await windowB.close();
  });

  test('route card: two windows answer two different questions of one route; both answers are kept', async ({ page, host, context }) => {
    await openWorkshopBoard(page, host.url, '市场通路');
    const palette = page.getByRole('list', { name: '可放置的通路' });
    const windowB = await context.newPage();
    await windowB.goto(page.url());
    const paletteB = windowB.getByRole('list', { name: '可放置的通路' });
    await expect(paletteB).toBeVisible();

    // A opens route 1's card.
    await page.bringToFront();
    await palette.getByRole('button', { name: '1 服务通路' }).click();
    const cardA = page.getByRole('dialog', { name: '通路 1 服务通路' });
    await expect(cardA.getByLabel('产品/解决方案的目标客户群？')).toBeVisible();

    // B answers question 2 of the same route and saves.
    await windowB.bringToFront();
    await paletteB.getByRole('button', { name: '1 服务通路' }).click();
    const cardB = windowB.getByRole('dialog', { name: '通路 1 服务通路' });
    await cardB.getByLabel('这类客户如何购买？').fill('集团统一招标，多年框架协议');
    await cardB.getByRole('button', { name: '保存' }).click();
    await expect(cardB).toBeHidden();

    // A answers question 1 and saves: its card still shows question 2 empty, and must not send it.
    await page.bringToFront();
    await cardA.getByLabel('产品/解决方案的目标客户群？').fill('超大型集团客户');
    await cardA.getByRole('button', { name: '保存' }).click();
    await expect(cardA).toBeHidden();

    for (const w of [page, windowB]) {
      await w.bringToFront();
      await w.getByRole('list', { name: '可放置的通路' }).getByRole('button', { name: '1 服务通路' }).click();
      const card = w.getByRole('dialog', { name: '通路 1 服务通路' });
      await expect(card.getByLabel('产品/解决方案的目标客户群？')).toHaveValue('超大型集团客户');
      await expect(card.getByLabel('这类客户如何购买？')).toHaveValue('集团统一招标，多年框架协议');
      await card.getByRole('button', { name: '取消' }).click();
    }
    await windowB.close();
  });
});
