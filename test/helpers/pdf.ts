import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Looking at the PDFs LibreOffice (test/helpers/soffice.ts) or Chromium wrote, with poppler-utils:
 * page count (pdfinfo), a page's text (pdftotext), a page as a picture (pdftoppm).
 */
function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Why the PDF checks cannot run here, or null when they can. */
export function popplerMissing(): string | null {
  return has('pdfinfo') && has('pdftoppm') && has('pdftotext') ? null : 'poppler-utils (pdfinfo, pdftotext, pdftoppm) is not installed: apt-get install poppler-utils';
}

/** Pages of a PDF (pdfinfo). */
export async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const m = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!m) throw new Error(`pdfinfo found no page count in ${pdf}:\n${stdout}`);
  return Number(m[1]);
}

/** The text of one PDF page (pdftotext keeps the reading order of each line). */
export async function pdfText(pdf: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** Renders one PDF page to a PNG (pdftoppm) and returns its path. */
export async function pdfPagePng(pdf: string, page: number, outPrefix: string, dpi = 60): Promise<string> {
  await run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-png', '-singlefile', pdf, outPrefix]);
  return `${outPrefix}.png`;
}
