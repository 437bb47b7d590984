import { describe, expect, it } from 'vitest';
import { exportFileName, localDate, MAX_STEM_BYTES, safeFileStem } from '../../../shared/export/fileName';

const at = new Date(2026, 11, 3, 17, 45);

describe('export file names', () => {
  it('are the workshop name and the local date, in Chinese too', () => {
    expect(exportFileName({ workshopName: '海格物流 销售转型研讨会', at, extension: '.pptx' })).toBe('海格物流 销售转型研讨会 2026-12-03.pptx');
    expect(exportFileName({ workshopName: 'Q4 review', at, extension: '.csv', part: '客户' })).toBe('Q4 review 2026-12-03 客户.csv');
    expect(localDate(new Date(2027, 0, 9))).toBe('2027-01-09');
  });

  it('drop the characters Windows refuses and keep the rest', () => {
    expect(safeFileStem('海格: 研讨会 1/2 <draft>?*|"\\')).toBe('海格 研讨会 1 2 draft');
    expect(safeFileStem('tab\there\u0000nul')).toBe('tab here nul');
  });

  it('never end in a dot or a space, and are never empty', () => {
    expect(safeFileStem('final...  ')).toBe('final');
    expect(safeFileStem('...')).toBe('Salesmap');
    expect(safeFileStem('   ')).toBe('Salesmap');
    expect(safeFileStem('???')).toBe('Salesmap');
  });

  it('never are a reserved device name, with or without an extension', () => {
    for (const name of ['CON', 'con', 'PRN', 'aux', 'NUL', 'COM1', 'lpt9', 'con.txt', 'Nul.tar.gz']) {
      expect(safeFileStem(name)).toBe(`_${name}`);
    }
    expect(safeFileStem('CONTRACT')).toBe('CONTRACT');
    expect(safeFileStem('COM10')).toBe('COM10');
  });

  it('are cut at a character boundary, never inside a Chinese character or an emoji', () => {
    const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
    const long = '研'.repeat(300);
    expect([...safeFileStem(long)]).toHaveLength(MAX_STEM_BYTES / 3);
    const emoji = '😀'.repeat(200);
    const cut = safeFileStem(emoji);
    expect([...cut].every((c) => c === '😀')).toBe(true);
    expect(bytes(cut)).toBeLessThanOrEqual(MAX_STEM_BYTES);
    // Linux and macOS limit a name to 255 bytes: 300 Chinese characters and a Chinese part still fit.
    const name = exportFileName({ workshopName: long, at, extension: '.salesmap', part: '市场通路'.repeat(20) });
    expect(bytes(name)).toBeLessThanOrEqual(255);
    expect(name.endsWith('.salesmap')).toBe(true);
  });
});
