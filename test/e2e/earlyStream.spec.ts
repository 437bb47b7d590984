import type { Request } from '@playwright/test';
import { createWorkshop, expect, test } from './fixtures';
import { callApi, workshopIdOf } from './filledWorkshop';

/**
 * A window opened straight onto a workshop (a reload, a link, a projector tab) reads the
 * workshop's snapshot and opens the event stream. A change committed by another window between
 * the two must still reach the screen, at once, not with the next change someone happens to make.
 */

test('a change committed while a window opens (after its snapshot, before its event stream) is on its screen without another change', async ({ page, host, context }) => {
  await page.goto(host.url);
  await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '客户分群' }).click();
  await expect(page.getByRole('region', { name: '超大型客户', exact: true })).toBeVisible();
  const workshopId = workshopIdOf(page);
  const snapshot = await callApi<{ records: { type: string; id: string; name?: string }[] }>(page, host, 'openWorkshop', { workshopId });
  const segment = snapshot.records.find((r) => r.type === 'segment' && r.name === '超大型客户')!;

  // Window B, opened on the board's address. Its stream is held at the door; meanwhile (once any
  // snapshot B asked for has been answered) another window renames the segment.
  const windowB = await context.newPage();
  const snapshotAnswered: Promise<unknown>[] = [];
  windowB.on('request', (r: Request) => {
    if (r.url().endsWith('/api/openWorkshop')) snapshotAnswered.push(r.response());
  });
  let renamed = false;
  await windowB.route('**/api/events?*', async (route) => {
    if (!renamed) {
      renamed = true;
      await Promise.all(snapshotAnswered);
      await callApi(page, host, 'dispatch', { workshopId, command: { type: 'segment.update', id: segment.id, patch: { name: '集团客户' } } });
    }
    await route.continue();
  });
  await windowB.goto(page.url());
  // (A longer wait than the default: the window loads the whole app on a shared machine.)
  await expect(windowB.getByRole('region', { name: '集团客户', exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(windowB.getByRole('region', { name: '超大型客户', exact: true })).toHaveCount(0);
  expect(renamed).toBe(true);
  await windowB.close();
});

test('a window whose event stream does not open still shows the board (the snapshot is read after a short wait), not "Loading…" forever', async ({ page, host, context }) => {
  await page.goto(host.url);
  await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
  await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '客户分群' }).click();
  await expect(page.getByRole('region', { name: '超大型客户', exact: true })).toBeVisible();
  // Window B's event stream is held and never answered (a proxy or a connection that hangs).
  const windowB = await context.newPage();
  await windowB.route('**/api/events?*', () => new Promise<void>(() => undefined));
  await windowB.goto(page.url());
  await expect(windowB.getByRole('region', { name: '超大型客户', exact: true })).toBeVisible({ timeout: 15_000 });
  await windowB.close();
});
