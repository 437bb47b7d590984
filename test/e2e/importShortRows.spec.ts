import type { Page } from '@playwright/test';
import { createWorkshop, expect, test, type Host } from './fixtures';

/**
 * Issue 13, item 7: a line of a customer list with fewer cells than its header is reported in the
 * check step ("1 of 8 columns", with its name) and skipped unless the user chooses to import it.
 */
async function accountNames(host: Host, page: Page): Promise<string[]> {
  const workshopId = decodeURIComponent(/#\/w\/([^/]+)/.exec(page.url())![1]!);
  const res = await fetch(`http://127.0.0.1:${host.port}/api/openWorkshop`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': host.token },
    body: JSON.stringify({ workshopId }),
  });
  const body = (await res.json()) as { value: { records: { type: string; name?: string }[] } };
  return body.value.records.flatMap((r) => (r.type === 'account' ? [r.name!] : [])).sort();
}

const LIST = Buffer.from(
  [
    'Account,Industry,Region,City,Revenue (CNY M),Employees,Potential (CNY M),Notes',
    'Shenzhen Huaxin Electronics,Electronics,South,Shenzhen,1240,800,300,key account',
    'Guangzhou Hengda Group',
    'Shanghai Xintai Auto Parts,Automotive,East,Shanghai,350,120,80,',
  ].join('\r\n'),
  'utf8',
);

test.use({ locale: 'en-US' });

test('a short row is reported in the check step and imported only when chosen', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkshop(page, { name: 'Haige Logistics', client: 'Haige', language: 'en' });
  await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Segments' }).click();
  await page.getByRole('button', { name: 'Import customer list' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import customer list' });
  await dialog.getByLabel('Customer list file').setInputFiles({ name: 'accounts.csv', mimeType: 'text/csv', buffer: LIST });
  await dialog.getByRole('button', { name: 'Next: check' }).click();

  await expect(dialog.getByText('2 customers will be imported into Unassigned')).toBeVisible();
  await expect(dialog.getByText('1 row will be skipped')).toBeVisible();
  const report = dialog.getByRole('table', { name: 'Validation report' });
  await expect(report.getByRole('row')).toHaveCount(2);
  await expect(report.getByRole('row').nth(1)).toContainText(/3\s*Guangzhou Hengda Group\s*Account\s*Guangzhou Hengda Group\s*✕?\s*Skipped\s*1 of 8 columns/);
  await page.screenshot({ path: test.info().outputPath('short-row-check.png') });

  const choice = dialog.getByRole('checkbox', { name: /Import the 1 row that has fewer cells than the header anyway/ });
  await choice.check();
  await expect(dialog.getByText('3 customers will be imported into Unassigned')).toBeVisible();
  await expect(report.getByRole('row').nth(1)).toContainText(/Note\s*1 of 8 columns/);
  await choice.uncheck();
  await dialog.getByRole('button', { name: 'Import 2 customers' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => accountNames(host, page)).toEqual(['Shanghai Xintai Auto Parts', 'Shenzhen Huaxin Electronics']);
});
