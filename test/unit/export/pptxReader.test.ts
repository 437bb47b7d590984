import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillWorkshop } from '../../helpers/filledWorkshop';
import { readPptx } from '../../helpers/pptxRead';
import { startTestService } from '../../helpers/service';
import { pdfPagePng, pdfPages, pdfText, popplerMissing } from '../../helpers/pdf';
import { convertWith, sofficeMissing } from '../../helpers/soffice';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * The deck opened by a real reader: LibreOffice Impress converts it to PDF headlessly. One
 * conversion for the file (LibreOffice is slow to start), then the PDF is read: as many pages as
 * the deck has slides, the Chinese text still there, pages that render. The rendered pages are
 * kept in the temp folder while the test runs (SALESMAP_KEEP_PAGES=dir keeps them for a look).
 */
const missing = sofficeMissing() ?? popplerMissing();
if (missing) console.log(`[pptx reader] skipped: ${missing}`);

const temp = makeTempDir('salesmap-pptx-reader-');
afterAll(() => temp.cleanup());

describe.skipIf(missing !== null)('the deck in LibreOffice', () => {
  it('converts to a PDF with a page per slide, Chinese text intact, pages that render', async () => {
    const t = await startTestService();
    try {
      const w = await t.ok('createWorkshop', { name: '海格物流 · 销售转型研讨会', client: '海格物流集团', language: 'zh-CN', templateId: 'sales-transformation' });
      await fillWorkshop((m, a) => t.ok(m, a), w.id, 800);
      const file = await t.ok('exportPptx', { workshopId: w.id });
      const bytes = Buffer.from(file.dataBase64, 'base64');
      const deck = readPptx(bytes);
      // The file's own name, Chinese and all, as the user would save it.
      const pptx = path.join(temp.dir, file.fileName);
      fs.writeFileSync(pptx, bytes);

      const pdf = convertWith(pptx, 'pdf', { outDir: temp.dir }).find((f) => f.endsWith('.pdf'))!;
      expect(await pdfPages(pdf)).toBe(deck.slides.length);

      const cover = await pdfText(pdf, 1);
      expect(cover).toContain('海格物流 · 销售转型研讨会');
      expect(cover).toContain('客户：海格物流集团');
      const overview = deck.slides.find((s) => s.title === '客户群及其关键数据')!.index;
      const text = await pdfText(pdf, overview);
      expect(text).toContain('客户群及其关键数据');
      expect(text).toContain('超大型客户');
      expect(text).toContain('各客户群营业额占比');

      const keep = process.env.SALESMAP_KEEP_PAGES;
      for (const page of [overview, deck.slides.find((s) => s.title.startsWith('覆盖矩阵'))!.index]) {
        const png = await pdfPagePng(pdf, page, path.join(keep ?? temp.dir, `slide-${page}`), 80);
        const header = fs.readFileSync(png).subarray(0, 24);
        expect(header.subarray(1, 4).toString()).toBe('PNG');
        // 13.33 × 7.5 in at 80 dpi: the page is the slide, 16:9.
        expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([1067, 600]);
      }
    } finally {
      t.close();
    }
  }, 300_000);
});
