import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * LibreOffice as the real reader of the files the app writes (headless `soffice --convert-to`).
 * Every conversion runs in a fresh profile folder: two soffice processes on one profile collide,
 * and a fresh profile is where "always recalculate" can be set. Tests call `sofficeMissing()` and
 * skip with that reason where LibreOffice is not installed (CI installs it).
 */

/** The CSV filter writing every sheet to its own file "<name>-<sheet>.csv", UTF-8, raw values (token 12 = -1: all sheets). */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

export function sofficeBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const bin = found.stdout.trim().split('\n')[0];
  return found.status === 0 && bin ? bin : null;
}

/** Why LibreOffice tests cannot run here, or null when they can. */
export function sofficeMissing(): string | null {
  return sofficeBinary() ? null : 'LibreOffice (soffice) is not installed here; CI installs it (.ci/run)';
}

/**
 * A profile that recalculates every formula of an OOXML file on load (OOXMLRecalcMode = 0,
 * "always"). LibreOffice's default shows the cached results the file carries, so without this a
 * "LibreOffice agrees with our numbers" test would pass for any formula.
 */
function writeProfile(dir: string, recalc: boolean): void {
  fs.mkdirSync(path.join(dir, 'user'), { recursive: true });
  const items = recalc
    ? '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>'
    : '';
  fs.writeFileSync(
    path.join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${items}\n</oor:items>\n`,
  );
}

export interface ConvertOptions {
  /** Recalculate every formula on load instead of showing the file's cached results. */
  recalc?: boolean;
  /** Where the converted files go (default: a new temp folder). */
  outDir?: string;
  timeoutMs?: number;
}

/**
 * Converts one or more files with one soffice run (`target` as for --convert-to: "pdf",
 * CSV_ALL_SHEETS…) and returns the files it wrote. Throws with soffice's output when it fails or
 * writes nothing.
 */
export function convertWith(files: string | string[], target: string, opts: ConvertOptions = {}): string[] {
  const bin = sofficeBinary();
  if (!bin) throw new Error(sofficeMissing()!);
  const list = Array.isArray(files) ? files : [files];
  const outDir = opts.outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'salesmap-soffice-out-'));
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'salesmap-soffice-profile-'));
  writeProfile(profile, opts.recalc ?? false);
  const before = new Set(fs.readdirSync(outDir));
  try {
    const run = spawnSync(bin, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outDir, ...list], {
      encoding: 'utf8',
      timeout: opts.timeoutMs ?? 120_000,
    });
    const written = fs.readdirSync(outDir).filter((f) => !before.has(f)).map((f) => path.join(outDir, f));
    if (run.status !== 0 || written.length === 0) {
      throw new Error(`soffice --convert-to ${target} failed (status ${run.status}${run.error ? `, ${run.error.message}` : ''}):\n${run.stdout}\n${run.stderr}`);
    }
    return written;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The CSV LibreOffice wrote for one sheet of `file` with CSV_ALL_SHEETS. */
export function sheetCsvPath(outDir: string, file: string, sheetName: string): string {
  return path.join(outDir, `${path.basename(file, path.extname(file))}-${sheetName}.csv`);
}
