import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { createWorkshop, expect, test, type Host } from './fixtures';

/** How many accounts the workshop has, read through the API (the segments board may not show them yet). */
async function accountCount(host: Host, page: Page): Promise<number> {
  const workshopId = decodeURIComponent(/#\/w\/([^/]+)/.exec(page.url())![1]!);
  const res = await fetch(`http://127.0.0.1:${host.port}/api/openWorkshop`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': host.token },
    body: JSON.stringify({ workshopId }),
  });
  const body = (await res.json()) as { ok: boolean; value: { records: { type: string }[] } };
  return body.value.records.filter((r) => r.type === 'account').length;
}

/** What Excel on a Chinese Windows writes for "CSV": GBK bytes, CRLF, quoted thousands. */
const GBK_LIST = iconv.encode(
  [
    '客户名称,行业,区域,城市,年营业额（万元）,员工人数,备注',
    '深圳华信电子有限公司,电子制造,华南,深圳,"124,000",800,重点跟进',
    '广州恒达集团,快消品,华南,广州,abc,200,',
    ',零售,华东,上海,500,10,没有名字',
    '上海鑫泰汽车零部件有限公司,汽车,华东,上海,"35,000",100-499,',
    '北京宏安科技有限公司,软件,华北,北京,"8,800",320,<script>alert(1)</script>',
    '成都瑞达物流有限公司,交通运输,西南,成都,"12,500",1200,"=HYPERLINK(""http://x"",""点击"")"',
  ].join('\r\n'),
  'gbk',
);

test.describe('customer-list import', () => {
  test('imports a GBK CSV with a Chinese name, reports bad rows, and undoes in one step', async ({ page, host }) => {
    let alerts = 0;
    page.on('dialog', () => void alerts++);
    await page.goto(host.url);
    await createWorkshop(page, { name: '海格物流 · 销售转型研讨会', client: '海格物流', language: 'zh-CN' });
    await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '客户分群' }).click();

    await page.getByRole('button', { name: '导入客户名单' }).first().click();
    const dialog = page.getByRole('dialog', { name: '导入客户名单' });
    await dialog.getByLabel('客户名单文件').setInputFiles({ name: '客户名单.csv', mimeType: 'text/csv', buffer: GBK_LIST });

    // Columns were recognised from the Chinese headers, the unit from "（万元）".
    await expect(dialog.getByRole('combobox', { name: '编码' })).toHaveValue('gb18030');
    await expect(dialog.getByLabel('“客户名称”导入为')).toHaveValue('name');
    await expect(dialog.getByLabel('“年营业额（万元）”导入为')).toHaveValue('revenue');
    await expect(dialog.getByLabel('“年营业额（万元）”的单位')).toHaveValue('CNY-4');
    const preview = dialog.getByRole('table', { name: '导入预览' });
    // 124,000 万元 = ¥ 1,240 M.
    await expect(preview.getByRole('row').nth(1)).toContainText('深圳华信电子有限公司');
    await expect(preview.getByRole('row').nth(1)).toContainText('1,240');

    await dialog.getByRole('button', { name: '下一步：检查' }).click();
    await expect(dialog.getByText('3 个客户将导入到“未分配”')).toBeVisible();
    await expect(dialog.getByText('3 行将跳过')).toBeVisible();
    const report = dialog.getByRole('table', { name: '检查报告' });
    await expect(report.getByRole('row')).toHaveCount(4); // header + 3 problems
    // Each problem names its customer (or the row's first cell when it has no name).
    await expect(report.getByRole('row').nth(1)).toContainText(/3\s*广州恒达集团\s*年营业额（万元）\s*abc.*“abc”不是数字（年营业额）/);
    await expect(report.getByRole('row').nth(2)).toContainText(/4\s*零售\s*客户名称.*缺少客户名称/);
    await expect(report.getByRole('row').nth(3)).toContainText(/5\s*上海鑫泰汽车零部件有限公司\s*员工人数\s*100-499.*是范围或估计值/);

    // The employee column is ranges: import the customers without it instead of skipping them.
    await dialog.getByRole('button', { name: '不导入“员工人数”' }).click();
    await expect(dialog.getByText('4 个客户将导入到“未分配”')).toBeVisible();
    await expect(report.getByRole('row')).toHaveCount(3);

    // One bad revenue cell need not drop the customer: import it with the revenue blank.
    await report.getByRole('button', { name: '导入第 3 行（广州恒达集团），年营业额留空' }).click();
    await expect(dialog.getByText('5 个客户将导入到“未分配”')).toBeVisible();
    await expect(report.getByRole('row').nth(1)).toContainText('将导入，年营业额留空');
    await report.getByRole('button', { name: '第 3 行（广州恒达集团）改回跳过' }).click();
    await expect(dialog.getByText('4 个客户将导入到“未分配”')).toBeVisible();
    await report.getByRole('button', { name: '导入第 3 行（广州恒达集团），年营业额留空' }).click();

    await dialog.getByRole('button', { name: '导入 5 个客户' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').getByText('已导入 5 个客户，跳过 1 行')).toBeVisible();
    expect(await accountCount(host, page)).toBe(5);

    // Text that looks like HTML or a formula was stored as text and never ran.
    expect(alerts).toBe(0);

    // The whole import is one undo step.
    await page.keyboard.press('Control+z');
    await expect.poll(() => accountCount(host, page)).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => accountCount(host, page)).toBe(5);
  });

  test('a malformed file gets a clear message in English and changes nothing', async ({ page, host }) => {
    await page.addInitScript(() => localStorage.setItem('salesmap.language', 'en'));
    await page.goto(host.url);
    await createWorkshop(page, { name: 'Haige Logistics', language: 'en' });
    await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Segments' }).click();
    await page.getByRole('button', { name: 'Import customer list' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import customer list' });
    const file = dialog.getByLabel('Customer list file');

    // Closing the system's file picker without a choice leaves the dialog open.
    await file.dispatchEvent('cancel', { bubbles: true });
    await expect(dialog).toBeVisible();

    await file.setInputFiles({ name: 'old list.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]) });
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('old list.xls could not be imported');
    await expect(alert).toContainText('old Excel 97–2003 workbook (.xls)');
    await expect(alert).toContainText('Nothing was imported.');

    await file.setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Notes\nAcme,ok\n"Beta,unclosed\nGamma,x\n') });
    await expect(alert).toContainText('Row 3 has a quote (") that is never closed');
    expect(await accountCount(host, page)).toBe(0);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await accountCount(host, page)).toBe(0);
  });

  test('imports an XLSX with a merged title row and dollar amounts, by keyboard', async ({ page, host }) => {
    await page.addInitScript(() => localStorage.setItem('salesmap.language', 'en'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Accounts');
    ws.getCell('A1').value = 'Key accounts 2024';
    ws.mergeCells('A1:D1');
    ws.addRow(['Account Name', 'Industry', 'Revenue ($M)', 'Headcount']);
    ws.addRow(['Acme Corp', 'Retail', 12.5, 1500]);
    ws.addRow(['Globex', 'Software', 3, 240]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());

    await page.goto(host.url);
    // Listening early: file-chooser interception must be on before the button opens one.
    const chooser = page.waitForEvent('filechooser');
    await createWorkshop(page, { name: 'Haige Logistics', language: 'en' });
    await page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Segments' }).click();
    await page.getByRole('button', { name: 'Import customer list' }).first().press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Import customer list' });
    await expect(dialog).toBeVisible();
    // The file button has the focus: Enter opens the system's file chooser.
    await expect(dialog.getByRole('button', { name: 'Choose a file…' })).toBeFocused();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: 'accounts.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });

    await expect(dialog.getByRole('combobox', { name: 'Column names are in' })).toHaveValue('2');
    await expect(dialog.getByLabel('Unit of “Revenue ($M)”')).toHaveValue('USD-6');
    const rate = dialog.getByLabel('Exchange rate: US$ 1 = ¥');
    await rate.fill('7');
    const preview = dialog.getByRole('table', { name: 'Preview of the import' });
    await expect(preview.getByRole('row').nth(1)).toContainText('Acme Corp');
    await expect(preview.getByRole('row').nth(1)).toContainText('87.5'); // $12.5 M × 7 = ¥ 87.5 M

    await dialog.getByRole('button', { name: 'Next: check' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('No problems found.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Import 2 customers' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').getByText('Imported 2 customers')).toBeVisible();
    expect(await accountCount(host, page)).toBe(2);
    // Focus is back on the button, so Ctrl+Z undoes the import from here.
    await expect(page.getByRole('button', { name: 'Import customer list' }).first()).toBeFocused();
  });

  test('a wrong guess is corrected on the columns step: the encoding of a Big5 list, and the header row', async ({ page, host }) => {
    await page.goto(host.url);
    await createWorkshop(page, { name: '台灣客戶', language: 'zh-CN' });
    await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '客户分群' }).click();
    await page.getByRole('button', { name: '导入客户名单' }).first().click();
    const dialog = page.getByRole('dialog', { name: '导入客户名单' });
    const big5 = iconv.encode('2024 客戶名單\r\n客戶名稱,行業,城市\r\n台灣積體電路製造股份有限公司,半導體,新竹\r\n統一企業股份有限公司,食品,台南\r\n', 'big5');
    await dialog.getByLabel('客户名单文件').setInputFiles({ name: '客戶名單.csv', mimeType: 'text/csv', buffer: big5 });

    // Big5 is recognised (Excel on a Traditional Chinese Windows), and so is the header row.
    const encoding = dialog.getByRole('combobox', { name: '编码' });
    await expect(encoding).toHaveValue('big5');
    const headerRow = dialog.getByRole('combobox', { name: '列名所在行' });
    await expect(headerRow).toHaveValue('2');
    await expect(dialog.getByLabel('“客戶名稱”导入为')).toHaveValue('name');

    // Read as GBK the names are garbled; back to Big5 they are right again.
    await encoding.selectOption('gb18030');
    await expect(dialog.getByLabel('“客戶名稱”导入为')).toHaveCount(0);
    await encoding.selectOption('big5');
    await expect(dialog.getByLabel('“客戶名稱”导入为')).toHaveValue('name');

    // Another header row: the title line becomes the column names, and the mapping follows.
    await headerRow.selectOption({ label: '第 1 行：2024 客戶名單' });
    await expect(dialog.getByLabel('“2024 客戶名單”导入为')).toBeVisible();
    await headerRow.selectOption('2');
    const preview = dialog.getByRole('table', { name: '导入预览' });
    await expect(preview.getByRole('row').nth(1)).toContainText('台灣積體電路製造股份有限公司');
    await dialog.getByRole('button', { name: '下一步：检查' }).click();
    await dialog.getByRole('button', { name: '导入 2 个客户' }).click();
    await expect(dialog).toBeHidden();
    expect(await accountCount(host, page)).toBe(2);
  });
  test('a long read shows its progress and stops at once on Stop; nothing is imported', async ({ page, host }) => {
    // A national client's list: 50,000 customers in a workbook takes the reader seconds.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('全国客户');
    ws.addRow(['客户名称', '行业', '区域', '年营业额（万元）']);
    for (let i = 0; i < 50_000; i++) ws.addRow([`全国客户${i}物流有限公司`, '物流', '华东', 1000 + i]);
    const big = Buffer.from(await wb.xlsx.writeBuffer());

    await page.goto(host.url);
    await createWorkshop(page, { name: '全国客户研讨会', language: 'zh-CN' });
    await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '客户分群' }).click();
    await page.getByRole('button', { name: '导入客户名单' }).first().click();
    const dialog = page.getByRole('dialog', { name: '导入客户名单' });
    await dialog.getByLabel('客户名单文件').setInputFiles({ name: '全国客户.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: big });

    const progress = dialog.getByRole('progressbar', { name: '正在读取 全国客户.xlsx…' });
    await expect(progress).toBeVisible();
    await dialog.getByRole('button', { name: '停止读取' }).click();
    await expect(dialog.getByText('已停止读取 全国客户.xlsx，没有导入任何内容。')).toBeVisible();
    await expect(progress).toBeHidden();
    // Still on the first step, the keyboard back on the file button; no error shown.
    await expect(dialog.getByRole('button', { name: '选择文件…' })).toBeFocused();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    expect(await accountCount(host, page)).toBe(0);

    // The reader works again at once: a small list goes on to the columns step.
    await dialog.getByLabel('客户名单文件').setInputFiles({ name: '小名单.csv', mimeType: 'text/csv', buffer: Buffer.from('客户名称,行业\r\n甲物流有限公司,物流\r\n', 'utf8') });
    await expect(dialog.getByLabel('“客户名称”导入为')).toHaveValue('name');
  });
});
