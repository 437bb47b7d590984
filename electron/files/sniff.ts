import path from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * What a picked file really is, from its first bytes (the name can lie: CRM systems export
 * tab-separated text or HTML named .xls, and people rename files). Refusals name the file and
 * give a `reason` the import dialog words in the user's language.
 */
export type TableFormat = 'xlsx' | 'text';

/** Extensions the file picker offers; anything else is refused before its bytes are read. */
export const TABLE_EXTENSIONS = ['.csv', '.txt', '.tsv', '.xlsx', '.xlsm', '.xls'] as const;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: Excel 97–2003 .xls, and also a password-protected .xlsx. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

export function refuse(fileName: string, reason: string, message: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('import_failed', `${fileName}: ${message}`, { file: fileName, reason, ...params });
}

/** The first bytes as lower-case text, skipping a BOM and white space (for HTML/XML checks). */
function head(bytes: Uint8Array): string {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  return new TextDecoder('utf-8').decode(bytes.subarray(start, start + 512)).trimStart().toLowerCase();
}

export function sniffFormat(fileName: string, bytes: Uint8Array): TableFormat {
  const ext = path.extname(fileName).toLowerCase();
  if (!(TABLE_EXTENSIONS as readonly string[]).includes(ext)) {
    throw refuse(fileName, 'unsupported_type', 'only .csv, .txt and .xlsx files can be imported', { ext: ext || '—' });
  }
  if (bytes.length === 0) throw refuse(fileName, 'empty', 'the file is empty');
  if (startsWith(bytes, OLE2)) {
    throw refuse(
      fileName,
      ext === '.xls' ? 'xls' : 'protected',
      ext === '.xls'
        ? 'this is an Excel 97–2003 workbook (.xls); save it as .xlsx or CSV in Excel, then import that file'
        : 'this workbook is password-protected or in an old format; save it as .xlsx without a password, or as CSV',
    );
  }
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (ext === '.xlsx' || ext === '.xlsm') throw refuse(fileName, 'not_xlsx', 'this is not an Excel workbook (.xlsx)');
  const start = head(bytes);
  if (/^<(!doctype html|html|table|\?xml|workbook|meta)/.test(start)) {
    throw refuse(fileName, 'html', 'this is a web page or XML file with a spreadsheet name; open it in Excel and save it as .xlsx or CSV');
  }
  if (looksBinary(bytes)) throw refuse(fileName, 'binary', 'this file is not a text table');
  return 'text';
}

/** Text has no NUL bytes, except UTF-16, where every other byte of ASCII is zero. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4000);
  let zeros = 0;
  let evenZeros = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      zeros++;
      if (i % 2 === 0) evenZeros++;
    }
  }
  if (zeros === 0) return false;
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // UTF-16: the zeros sit (nearly all) on one side: odd bytes for LE, even for BE. A few CJK
  // characters (U+4E00 一) have a zero byte of their own on the other side.
  const minority = Math.min(evenZeros, zeros - evenZeros);
  const oneSided = minority <= zeros * 0.1;
  return !(utf16Bom || oneSided);
}
