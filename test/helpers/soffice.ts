import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir } from './tempDir';

const run = promisify(execFile);

/**
 * LibreOffice as the real reader of the files Salesmap writes: convert a PPTX or XLSX headlessly
 * (`soffice --headless --convert-to`) and look at what came out (pdfinfo, pdftotext, pdftoppm from
 * poppler-utils). CI installs both (.ci/run); where they are missing the tests that need them are
 * skipped and say why (`missing`).
 *
 * Each test process gets its own LibreOffice profile: two soffice processes on one profile
 * collide (the second exits at once, converting nothing). The profile says "always recalculate"
 * for OOXML files, so a spreadsheet's formulas are computed by LibreOffice, not read from the
 * cached values the file carries (LibreOffice 7.4 does not recalculate by default).
 */

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Why the real-reader tests cannot run here, or null when they can. */
export const missing: string | null = !has('soffice')
  ? 'LibreOffice (soffice) is not installed: apt-get install --no-install-recommends libreoffice-impress libreoffice-calc'
  : !has('pdfinfo') || !has('pdftoppm') || !has('pdftotext')
    ? 'poppler-utils (pdfinfo, pdftotext, pdftoppm) is not installed: apt-get install poppler-utils'
    : null;

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: { dir: string; cleanup: () => void } | null = null;

function profileDir(): string {
  if (!profile) {
    profile = makeTempDir('salesmap-soffice-profile-');
    fs.mkdirSync(path.join(profile.dir, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile.dir, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
    process.once('exit', () => profile?.cleanup());
  }
  return profile.dir;
}

/** A first start builds the profile and can take a while on a busy machine; a conversion is seconds. */
const TIMEOUT_MS = 180_000;

/**
 * Converts `file` to `format` ("pdf", "csv", …) into `outDir` and returns the written file's path.
 * Throws with LibreOffice's own output when nothing was written.
 */
export async function convert(file: string, format: string, outDir: string): Promise<string> {
  const args = [`-env:UserInstallation=file://${profileDir()}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file];
  const { stdout, stderr } = await run('soffice', args, { timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
  const out = path.join(outDir, `${path.parse(file).name}.${format.split(':')[0]}`);
  if (!fs.existsSync(out)) throw new Error(`soffice wrote no ${format} for ${file}:\n${stdout}\n${stderr}`);
  return out;
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
