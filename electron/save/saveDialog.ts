import path from 'node:path';
import { AppError } from '../../shared/errors';
import { safeFileStem } from '../../shared/export/fileName';
import { EXTENSIONS } from '../../shared/export/formats';
import { REPORT_EXTENSION } from '../../shared/export/save';
import type { Language } from '../../shared/workshop';

/**
 * The pure half of saving in the desktop app (electron/exportWindow.ts is the Electron half): what
 * the native save dialog offers, and which path is written. Kept apart so it is tested without
 * Electron.
 */

/** Every file type the app saves, with its name in the dialog's type list. */
const FILE_TYPES: Record<string, { 'zh-CN': string; en: string }> = {
  [EXTENSIONS.pptx]: { 'zh-CN': 'PowerPoint 演示文稿', en: 'PowerPoint presentation' },
  [EXTENSIONS.xlsx]: { 'zh-CN': 'Excel 工作簿', en: 'Excel workbook' },
  [EXTENSIONS.csv]: { 'zh-CN': 'CSV（逗号分隔）', en: 'CSV (comma-separated)' },
  [EXTENSIONS.salesmap]: { 'zh-CN': 'Salesmap 研讨会文件', en: 'Salesmap workshop file' },
  [REPORT_EXTENSION]: { 'zh-CN': 'PDF 报告', en: 'PDF report' },
};

const TITLES = { 'zh-CN': '导出', en: 'Export' };
const SAVE_LABELS = { 'zh-CN': '保存', en: 'Save' };

/** The extension of a file name, lower-cased, as the app knows it ('' when it is none of ours). */
export function knownExtension(fileName: string): string {
  const ext = (/\.[^.\\/]+$/.exec(fileName)?.[0] ?? '').toLowerCase();
  return ext in FILE_TYPES ? ext : '';
}

/** Linux and macOS allow 255 bytes of UTF-8 in a file name; a Chinese character takes 3. */
const MAX_NAME_BYTES = 250;
const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * The stem made safe (shared/export/fileName.ts) and fitting Linux and macOS too: a long Chinese
 * workshop name (120 characters are 360 bytes) is shortened before its date, which is kept, as is
 * the table a CSV holds ("… 2026-12-03 客户").
 */
function fittedStem(stem: string, ext: string): string {
  const dated = / \d{4}-\d{2}-\d{2}( .*)?$/.exec(stem);
  const tail = dated ? ` ${safeFileStem(dated[0], '')}`.trimEnd() : '';
  const head = [...safeFileStem(dated ? stem.slice(0, dated.index) : stem)];
  while (head.length > 1 && utf8Bytes(head.join('').trimEnd() + tail + ext) > MAX_NAME_BYTES) head.pop();
  return head.join('').trimEnd() + tail;
}

/**
 * The default name the dialog proposes. The renderer sends the name the service made, but the
 * main process trusts no renderer input: the stem is made safe again (no reserved characters,
 * separators or device names, trimmed length) and the extension must be one of the app's (or
 * `expected`).
 */
export function safeDefaultName(fileName: string, expected?: string): string {
  const ext = knownExtension(fileName);
  if (!ext || (expected !== undefined && ext !== expected)) {
    throw new AppError('bad_request', `Not a file type Salesmap saves: ${fileName}`, { field: 'fileName' });
  }
  return `${fittedStem(fileName.slice(0, -ext.length), ext)}${ext}`;
}

export interface SaveDialogSpec {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: Array<{ name: string; extensions: string[] }>;
  properties: Array<'createDirectory' | 'showOverwriteConfirmation'>;
}

/** The native save dialog for a file named `fileName` (already safe), opening in `folder`. */
export function saveDialogOptions(fileName: string, language: Language, folder: string): SaveDialogSpec {
  const ext = knownExtension(fileName);
  const type = FILE_TYPES[ext];
  if (!type) throw new AppError('bad_request', `Not a file type Salesmap saves: ${fileName}`, { field: 'fileName' });
  return {
    title: TITLES[language],
    defaultPath: path.join(folder, fileName),
    buttonLabel: SAVE_LABELS[language],
    filters: [{ name: type[language], extensions: [ext.slice(1)] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * The path to write, from what the dialog returned: absolute only, and with the file's extension
 * (a Linux dialog returns the name as typed, so "报告" must become "报告.pdf" to open on a double click).
 */
export function chosenPath(chosen: string, ext: string): string {
  if (!path.isAbsolute(chosen)) throw new AppError('bad_request', `The save dialog returned a relative path: ${chosen}`, { field: 'path' });
  const resolved = path.resolve(chosen);
  return path.extname(resolved).toLowerCase() === ext ? resolved : `${resolved}${ext}`;
}

/**
 * How the report view becomes a PDF: A4 landscape as the report's @page rule says (the CSS page
 * size wins, so the print stylesheet is the one place the paper is set), with backgrounds so the
 * segment and route colours print.
 */
export const REPORT_PDF_OPTIONS = {
  landscape: true,
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
} as const;
