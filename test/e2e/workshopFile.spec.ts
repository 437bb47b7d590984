import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createWorkshop, expect, test, type Host } from './fixtures';

/**
 * The library's "Open workshop file…" in the browser host: a .salesmap file downloaded from the
 * Export menu is picked through the system's file chooser and opens as a new workshop whose
 * boards show the same figures; a damaged file is explained, in the user's language, and adds
 * nothing.
 */
async function api<T>(page: Page, host: Host, method: string, args: unknown): Promise<T> {
  const res = await page.request.post(`http://127.0.0.1:${host.port}/api/${method}`, {
    headers: { 'X-Salesmap-Token': host.token, 'Content-Type': 'application/json' },
    data: args,
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value as T;
}

const openedId = (page: Page) => decodeURIComponent(/#\/w\/([^/]+)/.exec(page.url())![1]!);

/** A workshop with accounts in three segments and coverage in two plans, through the service's commands. */
async function seed(page: Page, host: Host, workshopId: string): Promise<void> {
  const run = (command: unknown) => api<{ diff: { added: { id: string }[] } }>(page, host, 'dispatch', { workshopId, command });
  const seeds: Array<[string, number, number]> = [['seg-integrated', 4, 2400], ['seg-key', 41, 520], ['seg-smb', 180, 12.5]];
  for (const [segmentId, count, revenue] of seeds) {
    const imported = await run({ type: 'account.import', accounts: Array.from({ length: count }, (_, i) => ({ name: `客户 ${segmentId} ${i + 1}`, revenue: revenue + i })) });
    await run({ type: 'account.move', ids: imported.diff.added.map((r) => r.id), segmentId, index: 0 });
  }
  await run({ type: 'account.import', accounts: [{ name: '未分配的深圳客户', revenue: 8 }] });
  await run({ type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-integrated', motionId: 'motion-dedicated' });
  await run({ type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-key', motionId: 'motion-industry' });
  await run({ type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-smb', motionId: 'motion-phone' });
  await run({ type: 'scenario.add', id: 'scenario-b', name: '方案 B' });
  await run({ type: 'coverage.place', scenarioId: 'scenario-b', segmentId: 'seg-smb', motionId: 'motion-web' });
  await run({ type: 'coverage.place', scenarioId: 'scenario-b', segmentId: 'seg-key', motionId: 'motion-partner' });
  await run({ type: 'scenario.activate', id: 'scenario-a' });
}

/** Writes the workshop's .salesmap file, under the name the service gave it, into a temp folder. */
async function saveWorkshopFile(page: Page, host: Host, workshopId: string, change?: (text: string) => string): Promise<string> {
  const file = await api<{ fileName: string; dataBase64: string }>(page, host, 'exportWorkshopFile', { workshopId });
  const dir = test.info().outputPath('files');
  fs.mkdirSync(dir, { recursive: true });
  const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
  const target = path.join(dir, change ? file.fileName.replace('.salesmap', ' 截断.salesmap') : file.fileName);
  fs.writeFileSync(target, change ? change(text) : text);
  return target;
}

/** Saves the workshop file the way the consultant does: Export ▸ Workshop file, a download. */
async function downloadWorkshopFile(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出', exact: true }).click();
  await page.getByRole('menu', { name: '导出' }).getByRole('menuitem', { name: '研讨会文件（.salesmap）' }).click();
  const file = path.join(test.info().outputPath('files'), (await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}

/** What the segments and coverage boards show: each column's figures, each plan's totals. */
async function boardFigures(page: Page, workshopId: string) {
  await page.goto(`${page.url().split('#')[0]}#/w/${encodeURIComponent(workshopId)}/segments`);
  const headers = page.locator('.seg-col-header');
  await expect(headers.first()).toContainText('家客户');
  const segments = await headers.allInnerTexts();
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '覆盖模式' }).click();
  const plans: string[] = [];
  for (const plan of ['方案 A', '方案 B']) {
    await page.getByRole('tablist', { name: '覆盖方案' }).getByRole('tab', { name: plan }).click();
    const table = page.getByRole('table', { name: new RegExp(`覆盖方案“${plan}”`) });
    await expect(table).toBeVisible();
    plans.push(await table.locator('tfoot').innerText());
  }
  return { segments, plans };
}

test.describe('workshop file', () => {
  test('a .salesmap file opens from the library as a new workshop whose boards show the same figures', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '海格物流研讨会', client: '海格物流' });
    const workshopId = openedId(page);
    await seed(page, host, workshopId);
    const before = await boardFigures(page, workshopId);
    const file = await downloadWorkshopFile(page);
    expect(path.basename(file)).toMatch(/^海格物流研讨会 \d{4}-\d{2}-\d{2}\.salesmap$/);
    expect(before.segments.join(' ')).toContain('41 家客户');
    expect(before.plans[0]).toMatch(/\d+\s人/);
    expect(before.plans[0]).not.toBe(before.plans[1]);

    await page.goto(host.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开研讨会文件…' }).click();
    await (await chooser).setFiles(file);

    await expect(page.getByRole('heading', { name: '海格物流研讨会 (2)' })).toBeVisible();
    await expect(page.getByRole('status', { name: '通知' })).toContainText(`已从“${path.basename(file)}”打开“海格物流研讨会 (2)”`);
    await page.screenshot({ path: test.info().outputPath('opened.png') });
    const copyId = openedId(page);
    expect(copyId).not.toBe(workshopId);
    expect(await boardFigures(page, copyId)).toEqual(before);

    await page.goto(host.url);
    const table = page.getByRole('table', { name: '研讨会' });
    await expect(table.getByRole('row', { name: /海格物流研讨会/ })).toHaveCount(2);
  });

  test('a damaged file, or one that is no workshop file, is explained in the user’s language and adds nothing', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '海格物流研讨会' });
    const workshopId = openedId(page);
    const damaged = await saveWorkshopFile(page, host, workshopId, (text) => text.slice(0, Math.floor(text.length * 0.6)));

    await page.goto(host.url);
    const table = page.getByRole('table', { name: '研讨会' });
    await expect(table.getByRole('row', { name: /海格物流研讨会/ })).toHaveCount(1);
    // The keyboard opens the same chooser: Ctrl+O in the library. The library's key listener is
    // attached just after its first paint; on a busy machine the first press can come before it.
    await expect(async () => {
      const chooser = page.waitForEvent('filechooser', { timeout: 3000 });
      await page.keyboard.press('Control+O');
      await (await chooser).setFiles(damaged);
    }).toPass({ timeout: 20_000 });
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: `无法打开“${path.basename(damaged)}”` })).toBeVisible();
    await expect(alert).toContainText('已损坏，无法打开（文件不完整，可能在复制或保存时被截断）。没有导入任何内容。');
    await page.screenshot({ path: test.info().outputPath('refused.png') });
    await expect(table.getByRole('row', { name: /海格物流研讨会/ })).toHaveCount(1);
    expect(await api<unknown[]>(page, host, 'listWorkshops', {})).toHaveLength(1);
    await alert.getByRole('button', { name: '关闭' }).click();
    await expect(alert).toHaveCount(0);

    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    const png = path.join(path.dirname(damaged), '白板照片.png');
    fs.writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    await page.getByLabel('Workshop file (.salesmap)').setInputFiles(png);
    await expect(page.getByRole('alert')).toContainText('“白板照片.png” is not a Salesmap workshop file (.salesmap). Nothing was imported.');
    expect(await api<unknown[]>(page, host, 'listWorkshops', {})).toHaveLength(1);
  });
});
