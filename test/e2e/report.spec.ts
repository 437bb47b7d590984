import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createWorkshop, expect, test } from './fixtures';
import { callApi, decideEveryBoard, importedWorkshop, workshopIdOf } from './filledWorkshop';

/**
 * The printed report in the real renderer against the real service, in Chromium: every board,
 * nothing cut, laid out for A4 landscape, in the workshop's language. Chromium's own PDF of the
 * view is opened with poppler (pdfinfo, pdftotext, pdftoppm) as a reader would.
 */

/** The browser's print dialog cannot open headless: count the calls instead. */
async function countPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { prints: number };
    w.prints = 0;
    window.print = () => {
      w.prints += 1;
    };
  });
}
const prints = (page: Page) => page.evaluate(() => (window as unknown as { prints: number }).prints);

/** Elements of the report that cut what they hold (a scroll box, a clip) or stick out of the sheet. */
function cutElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sheet = document.querySelector('article.report')!.getBoundingClientRect();
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('article.report *')) {
      if (el.closest('.sr-only')) continue;
      const style = getComputedStyle(el);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`;
      if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) out.push(`clipped ${name}`);
      if (r.width > 0 && (r.right > sheet.right + 1 || r.left < sheet.left - 1)) out.push(`outside the sheet ${name}`);
    }
    return out;
  });
}

function havePoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const pageText = (pdf: string, n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });

test.describe('the printed report', () => {
  test('shows every board of an imported 320-account workshop, nothing cut, and prints as A4 landscape pages', async ({ page, host }, testInfo) => {
    test.setTimeout(120_000);
    await countPrints(page);
    const workshopId = await importedWorkshop(page, host, 320);
    const snapshot = await callApi<{ records: Array<{ type: string; name?: string }> }>(page, host, 'openWorkshop', { workshopId });
    const accountNames = snapshot.records.filter((r) => r.type === 'account').map((r) => r.name!);
    expect(accountNames).toHaveLength(320);

    // Ctrl+P on a board: the report, printed once it is laid out — never the browser's print of the board.
    await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '覆盖模式' }).click();
    await page.evaluate(() => {
      window.addEventListener('keydown', (e) => {
        if (e.key === 'p') (window as unknown as { printPrevented: boolean }).printPrevented = e.defaultPrevented;
      });
    });
    await page.keyboard.press('Control+p');
    const report = page.getByRole('article', { name: '海格物流 · 销售转型研讨会' });
    await expect(report).toBeVisible();
    await expect(page.locator('.report-view')).toHaveAttribute('data-ready', 'true');
    await expect.poll(() => prints(page)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { printPrevented: boolean }).printPrevented)).toBe(true);
    // The address no longer asks for a print: a reload shows the report without printing again.
    await expect(page).toHaveURL(new RegExp(`#/w/${encodeURIComponent(workshopId)}/report$`));
    // No app chrome in the report.
    await expect(page.getByRole('navigation', { name: '看板' })).toHaveCount(0);

    // Every board, named by its heading, in workshop order.
    const sections = ['议程', '客户分群', '客户覆盖模式', '市场通路', '销售方法论', '商机演练', '每周例会与销售角色'];
    for (const name of sections) await expect(report.getByRole('region', { name })).toBeVisible();
    expect(await report.locator('section').evaluateAll((els) => els.map((e) => e.querySelector('h2')!.textContent))).toEqual(sections);
    await expect(report.getByRole('region', { name: '客户覆盖模式' })).toContainText('方案 B：伙伴覆盖 ISV');
    await expect(report.getByRole('region', { name: '市场通路' })).toContainText('冲突：多条通路，没有协作规则。');

    // Nothing cut: no scroll box or clip anywhere in the report, nothing outside the sheet, every account there.
    expect(await cutElements(page)).toEqual([]);
    const segments = report.getByRole('region', { name: '客户分群' });
    const listed = await segments.locator('table.report-accounts-table tbody th').allTextContents();
    expect([...listed].sort()).toEqual([...accountNames].sort());

    // Pictures of the two widest sections, to look at (attached to the test's results).
    for (const [name, file] of [['客户分群', 'segments.png'], ['客户覆盖模式', 'coverage.png']] as const) {
      const shot = testInfo.outputPath(file);
      // The toolbar stays at the top of the window on screen (and toasts at its foot): in a picture of the whole section they would sit mid-way.
      await report.getByRole('region', { name }).screenshot({ path: shot, style: '.report-toolbar { position: static !important; } .toasts { display: none !important; }' });
      await testInfo.attach(file, { path: shot, contentType: 'image/png' });
    }

    // Chromium's PDF of the view, as the print engine lays it out (the report's @page says A4 landscape).
    const pdf = testInfo.outputPath('report.pdf');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('toolbar', { name: '报告' })).toBeHidden();
    // Back to the page's own media: page.pdf() prints with print CSS unless "screen" is forced.
    await page.emulateMedia({ media: null });
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await testInfo.attach('report.pdf', { path: pdf, contentType: 'application/pdf' });
    if (!havePoppler()) {
      console.log('[report.spec] pdfinfo/pdftotext/pdftoppm (poppler-utils) are not installed: the PDF pages were not read back. CI installs them.');
      return;
    }
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/); // landscape: wider than tall
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(sections.length + 5);
    const texts = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1));
    const firstLine = (t: string) => t.split('\n').find((l) => l.trim() !== '')!.trim();

    // The cover first, then every board starts on a page of its own, in order.
    expect(firstLine(texts[0]!)).toBe('研讨会报告');
    const starts = sections.map((name) => texts.findIndex((t) => firstLine(t) === name));
    expect(starts.every((p) => p > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);

    // A segment's account list runs over several pages, its headers repeated at the top of each.
    const header = /序号\s+客户\s+行业\s+区域\s+城市\s+年营业额\s+员工人数\s+状态/;
    const continued = texts.filter((t) => /^\s*超大型客户 · \d+ 家客户/.test(t.split('\n').find((l) => l.trim() !== '')!));
    expect(continued.length).toBeGreaterThan(1);
    for (const t of continued) expect(t).toMatch(header);
    // Every account made it onto paper.
    const all = texts.join('\n');
    for (const name of accountNames) expect(all).toContain(name);
    // The footer on every page: the workshop, the client, the page number.
    texts.forEach((t, i) => expect(t).toMatch(new RegExp(`海格物流 · 销售转型研讨会 · 海格物流 · \\d{4}年\\d{1,2}月\\d{1,2}日[\\s\\S]*第 ${i + 1} 页，共 ${pages} 页`)));

    // Chinese is drawn with glyphs embedded in the file (Chromium embeds Noto CJK as Type 3 fonts),
    // each mapped back to its character: the text above was read back from those glyphs.
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+$/); // embedded, with Unicode
    expect(texts[0]).toContain('海格物流 · 销售转型研讨会');
    // The pages as pictures, to look at.
    const prefix = testInfo.outputPath('page');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', String(starts[2]! + 2), pdf, prefix]);
    expect(fs.readdirSync(path.dirname(prefix)).filter((f) => f.startsWith('page') && f.endsWith('.png')).length).toBeGreaterThan(3);
  });

  test('speaks the workshop’s language, follows every window, and Esc goes back to the board', async ({ page, host }) => {
    await countPrints(page);
    await page.goto(host.url);
    await createWorkshop(page, { name: 'Haige Logistics workshop', client: 'Haige', language: 'en' });
    const workshopId = workshopIdOf(page);
    const imported = await callApi<{ diff: { added: { id: string }[] } }>(page, host, 'dispatch', {
      workshopId,
      command: { type: 'account.import', accounts: [{ name: 'Acme Freight', revenue: 1200 }, { name: 'Globex Retail', revenue: 80 }] },
    });
    await callApi(page, host, 'dispatch', { workshopId, command: { type: 'account.move', ids: imported.diff.added.map((r) => r.id), segmentId: 'seg-integrated', index: 0 } });
    await decideEveryBoard(page, host, workshopId, 'en');
    await page.getByRole('navigation', { name: '看板' }).getByRole('link', { name: '市场通路' }).click();

    // The Export menu's "PDF report" (by keyboard): the report, printed.
    await page.keyboard.press('Control+e');
    const menu = page.getByRole('menu', { name: '导出' });
    await expect(menu.getByRole('menuitem', { name: 'PowerPoint（.pptx）' })).toBeFocused();
    await menu.getByRole('menuitem', { name: /PDF 报告/ }).focus();
    await page.keyboard.press('Enter');
    const report = page.getByRole('article', { name: 'Haige Logistics workshop' });
    await expect(report).toBeVisible();
    await expect.poll(() => prints(page)).toBe(1);

    // The report in English (the workshop's language); its toolbar in the interface's Chinese.
    for (const name of ['Agenda', 'Customer segments', 'Coverage models', 'Routes to market', 'Sales method']) {
      await expect(report.getByRole('region', { name })).toBeVisible();
    }
    await expect(report).toContainText('Plan B: partners cover ISVs');
    await expect(report).not.toContainText('客户群');
    const toolbar = page.getByRole('toolbar', { name: '报告' });
    await expect(toolbar.getByRole('link', { name: '返回研讨会' })).toBeVisible();

    // Another window renames a plan: the report follows.
    await callApi(page, host, 'dispatch', { workshopId, command: { type: 'scenario.rename', id: 'scenario-b', name: 'Plan B (partners)' } });
    await expect(report).toContainText('Plan B (partners)');

    // The print button prints again; the account lists can be left out of a copy.
    await toolbar.getByRole('button', { name: '打印…' }).click();
    await expect.poll(() => prints(page)).toBe(2);
    await expect(report.locator('table.report-accounts-table')).toHaveCount(1);
    await expect(report).toContainText('Acme Freight');
    await toolbar.getByRole('checkbox', { name: '列出全部客户' }).uncheck();
    await expect(report.locator('table.report-accounts-table')).toHaveCount(0);
    await expect(report).toContainText('The account lists are left out of this copy (2 accounts).');

    await page.keyboard.press('Escape');
    await expect(page.getByRole('grid', { name: '市场通路网格：客户群 × 产品类型' })).toBeVisible();
    await expect(page).toHaveURL(/\/routes$/);
  });
});
