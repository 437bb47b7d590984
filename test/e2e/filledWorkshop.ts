import type { Page } from '@playwright/test';
import { generateAccounts, toCsv } from '../bench/generate';
import { boardDecisions } from '../helpers/boardDecisions';
import { createWorkshop, expect, type Host } from './fixtures';

/** One API call of the browser host, as another window would make it; fails loudly. */
export async function callApi<T = unknown>(page: Page, host: Host, method: string, args: unknown): Promise<T> {
  const res = await page.request.post(`http://127.0.0.1:${host.port}/api/${method}`, {
    headers: { 'X-Salesmap-Token': host.token, 'Content-Type': 'application/json' },
    data: args,
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value as T;
}

export function workshopIdOf(page: Page): string {
  return decodeURIComponent(/#\/w\/([^/]+)/.exec(page.url())![1]!);
}

/** Applies `boardDecisions()` to a workshop through the browser host, in order. */
export async function decideEveryBoard(page: Page, host: Host, workshopId: string, language: 'zh-CN' | 'en' = 'zh-CN'): Promise<void> {
  for (const command of boardDecisions(language)) await callApi(page, host, 'dispatch', { workshopId, command });
}

/**
 * A workshop as it leaves the room: created from the zh-CN template in the UI, its client's
 * customer list (`accounts` rows, as Excel's "CSV UTF-8" writes it) imported through the import
 * dialog, sorted by "Suggest segments", and every board decided. Returns the workshop id; the page
 * is on the segments board.
 */
export async function importedWorkshop(page: Page, host: Host, accounts = 320): Promise<string> {
  await page.goto(host.url);
  await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '客户分群' }).click();

  await page.getByRole('button', { name: '导入客户名单' }).first().click();
  const dialog = page.getByRole('dialog', { name: '导入客户名单' });
  await dialog.getByLabel('客户名单文件').setInputFiles({ name: '客户名单.csv', mimeType: 'text/csv', buffer: toCsv(generateAccounts(accounts)) });
  await dialog.getByRole('button', { name: '下一步：检查' }).click();
  await dialog.getByRole('button', { name: `导入 ${accounts} 个客户` }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: '建议分群' }).click();
  const suggest = page.getByRole('dialog', { name: '建议分群' });
  await suggest.getByRole('button', { name: /^移动 [\d,]+ 家客户$/ }).click();
  await expect(suggest).toBeHidden();

  // The SI and ISV tiers go by industry (the revenue rules come first in the suggestions).
  const workshopId = workshopIdOf(page);
  const snapshot = await callApi<{ records: Array<{ type: string; id: string; industry?: string }> }>(page, host, 'openWorkshop', { workshopId });
  for (const [industry, segmentId] of [['系统集成', 'seg-si'], ['软件', 'seg-isv']] as const) {
    const ids = snapshot.records.filter((r) => r.type === 'account' && r.industry === industry).map((r) => r.id);
    if (ids.length) await callApi(page, host, 'dispatch', { workshopId, command: { type: 'account.move', ids, segmentId, index: 0 } });
  }
  await decideEveryBoard(page, host, workshopId);
  return workshopId;
}

/** Mid-session: the agenda block with the longest title runs, so the top bars say it with the timer. */
export async function runLongestBlock(page: Page, host: Host, workshopId: string): Promise<void> {
  const snapshot = await callApi<{ records: Array<{ type: string; id: string; title?: string }> }>(page, host, 'openWorkshop', { workshopId });
  const longest = snapshot.records.filter((r) => r.type === 'agendaItem').sort((a, b) => b.title!.length - a.title!.length)[0]!;
  await callApi(page, host, 'dispatch', { workshopId, command: { type: 'timer.start', itemId: longest.id } });
}
