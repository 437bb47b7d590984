import JSZip from 'jszip';

/**
 * The raw XML of a workbook's sheet, for what exceljs's reader does not give back (it drops a
 * cached result of 0 or "") and for checking what a cell really is in the file.
 */
export async function sheetXml(xlsx: Buffer, sheetNumber: number): Promise<string> {
  const zip = await JSZip.loadAsync(xlsx);
  const file = zip.file(`xl/worksheets/sheet${sheetNumber}.xml`);
  if (!file) throw new Error(`No sheet ${sheetNumber} in the workbook`);
  return file.async('string');
}

/** One cell's XML element (<c r="C2" …>…</c>), or null when the cell is not in the file. */
export function cellXml(xml: string, address: string): string | null {
  return new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`).exec(xml)?.[0] ?? null;
}
