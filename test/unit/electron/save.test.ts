import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../../../electron/save/atomicWrite';
import { saveEnvelope } from '../../../electron/save/envelope';
import { chosenPath, REPORT_PDF_OPTIONS, safeDefaultName, saveDialogOptions } from '../../../electron/save/saveDialog';
import { makeTempDir } from '../../helpers/tempDir';

/** The pure half of the desktop app's saving (electron/exportSave.ts is the Electron half, which cannot run here). */
describe('saving an export in the desktop app', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('salesmap-save-');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    temp.cleanup();
  });

  it('writes the whole file, replacing an older one, under a long Chinese name', async () => {
    // 244 bytes of UTF-8: a temporary name made from it (".name.random.tmp") would not fit in 255.
    const target = path.join(temp.dir, `${'海格物流研讨会'.repeat(11)}研 2026-12-03.pptx`);
    expect(Buffer.byteLength(path.basename(target))).toBe(250);
    fs.writeFileSync(target, 'old deck');
    const bytes = Buffer.from('PK\u0003\u0004 new deck');
    await writeFileAtomic(target, bytes);
    expect(fs.readFileSync(target)).toEqual(bytes);
    expect(fs.readdirSync(temp.dir)).toEqual([path.basename(target)]);
  });

  it('leaves the old file as it was and no temporary file when the write fails', async () => {
    const target = path.join(temp.dir, 'report.pdf');
    fs.writeFileSync(target, 'the old report');
    // The disk fills up while the bytes are flushed.
    const sync = vi.spyOn(Object.getPrototypeOf(await fsp.open(target, 'r')) as { sync(): Promise<void> }, 'sync');
    sync.mockRejectedValue(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    await expect(writeFileAtomic(target, Buffer.alloc(1024, 1))).rejects.toThrow('ENOSPC');
    expect(fs.readFileSync(target, 'utf8')).toBe('the old report');
    expect(fs.readdirSync(temp.dir)).toEqual(['report.pdf']);
  });

  it('leaves no temporary file when the target cannot be replaced', async () => {
    const target = path.join(temp.dir, 'taken.xlsx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'x');
    await expect(writeFileAtomic(target, Buffer.from('x'))).rejects.toThrow();
    expect(fs.readdirSync(temp.dir)).toEqual(['taken.xlsx']);
    await expect(writeFileAtomic(path.join(temp.dir, 'missing', 'a.csv'), Buffer.from('x'))).rejects.toThrow(/ENOENT/);
  });

  it('proposes a safe default name on every system, and only for the file types Salesmap saves', () => {
    expect(safeDefaultName('海格物流: 研讨会 1/2 2026-12-03.pptx')).toBe('海格物流 研讨会 1 2 2026-12-03.pptx');
    expect(safeDefaultName('CON.xlsx')).toBe('_CON.xlsx');
    expect(safeDefaultName('report .PDF', '.pdf')).toBe('report.pdf');
    expect(safeDefaultName('..\\..\\Windows\\evil.csv')).toBe('.. .. Windows evil.csv');
    // Linux and macOS count bytes: 120 Chinese characters are 360; the name is cut before its date.
    const long = safeDefaultName(`${'研'.repeat(120)} 2026-12-03 客户.csv`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(250);
    expect(long).toMatch(/^研+ 2026-12-03 客户\.csv$/);
    expect(() => safeDefaultName('run.exe')).toThrow(AppError);
    expect(() => safeDefaultName('deck.pptx', '.pdf')).toThrow(/Not a file type/);
  });

  it('offers the dialog in the interface language with the file type and the default folder', () => {
    const zh = saveDialogOptions('研讨会 2026-12-03.salesmap', 'zh-CN', '/home/consultant/Documents');
    expect(zh).toEqual({
      title: '导出',
      buttonLabel: '保存',
      defaultPath: path.join('/home/consultant/Documents', '研讨会 2026-12-03.salesmap'),
      filters: [{ name: 'Salesmap 研讨会文件', extensions: ['salesmap'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    const en = saveDialogOptions('Workshop 2026-12-03.pdf', 'en', '/tmp');
    expect(en.title).toBe('Export');
    expect(en.filters).toEqual([{ name: 'PDF report', extensions: ['pdf'] }]);
  });

  it('writes where the dialog said, with the extension, and never to a relative path', () => {
    expect(chosenPath('/home/c/报告', '.pdf')).toBe('/home/c/报告.pdf');
    expect(chosenPath('/home/c/Deck.PPTX', '.pptx')).toBe('/home/c/Deck.PPTX');
    expect(chosenPath('/home/c/../c/deck.pptx', '.pptx')).toBe('/home/c/deck.pptx');
    expect(() => chosenPath('deck.pptx', '.pptx')).toThrow(AppError);
  });

  it('prints the report on A4 landscape with its colours, the page size taken from the report’s CSS', () => {
    expect(REPORT_PDF_OPTIONS).toEqual({ landscape: true, pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  });

  it('reports a failed save as a failed export with the system’s reason', async () => {
    expect(await saveEnvelope(async () => ({ saved: false }))).toEqual({ ok: true, value: { saved: false } });
    const failed = await saveEnvelope(() => Promise.reject(new Error('EACCES: permission denied, open /x')));
    expect(failed).toEqual({
      ok: false,
      error: { code: 'export_failed', message: 'Saving failed: EACCES: permission denied, open /x', params: { reason: 'EACCES: permission denied, open /x' } },
    });
    const refused = await saveEnvelope(() => Promise.reject(new AppError('bad_request', 'nope', { field: 'fileName' })));
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request', params: { field: 'fileName' } } });
  });
});
