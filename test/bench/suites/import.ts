import fs from 'node:fs';
import path from 'node:path';
import type { ApiMethod, ApiOutputs } from '../../../shared/api';
import { detectMapping, prepareImport } from '../../../shared/import';
import { createService, type Service } from '../../../electron/service/service';
import { generateAccounts, toCsv, toXlsx, type AccountRow } from '../generate';
import type { BenchContext, BenchRow, BenchSuite } from '../types';

/**
 * Issue 3 item 4 / issue 6 item 4: a customer list from the file's bytes to the committed import,
 * through the real service on a real SQLite file:
 *   readTable (base64 as the renderer sends it; decode, parse, find the header)
 *   → detectMapping + prepareImport (what the import dialog runs)
 *   → dispatch(account.import) (one transaction, one undo step).
 * Bar: < 3 s at 10,000 rows for CSV UTF-8, CSV GB18030 and XLSX. Every size of ctx.sizes is
 * measured (growth); each run imports into a fresh workshop so every run does the same work, and
 * a warm-up import per format is not counted.
 */
const TARGET_SIZE = 10_000;
const TARGET_MS = 3_000;

interface Format {
  key: string;
  label: string;
  fileName: string;
  bytes(rows: AccountRow[]): Promise<Buffer>;
}

const FORMATS: Format[] = [
  { key: 'csv.utf8', label: 'Import CSV, UTF-8 with BOM (Excel "CSV UTF-8"): bytes → committed', fileName: '客户名单.csv', bytes: async (rows) => toCsv(rows, 'utf-8-bom') },
  { key: 'csv.gb18030', label: 'Import CSV, GB18030 (Excel "CSV" on a Chinese Windows): bytes → committed', fileName: '客户名单.csv', bytes: async (rows) => toCsv(rows, 'gb18030') },
  { key: 'xlsx', label: 'Import XLSX workbook: bytes → committed', fileName: '客户名单.xlsx', bytes: (rows) => toXlsx(rows) },
];

async function call<M extends ApiMethod>(service: Service, method: M, args: unknown): Promise<ApiOutputs[M]> {
  const r = await service.call(method, args);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
  return r.value as ApiOutputs[M];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (n: number) => Math.round(n * 10) / 10;

interface Timing {
  total: number;
  read: number;
  prepare: number;
  commit: number;
}

async function importOnce(service: Service, fileName: string, bytes: Buffer, expected: number): Promise<Timing> {
  const { id: workshopId } = await call(service, 'createWorkshop', { name: 'import bench', client: '', language: 'zh-CN', templateId: 'sales-transformation' });
  const t0 = performance.now();
  const table = await call(service, 'readTable', { fileName, dataBase64: bytes.toString('base64') });
  const t1 = performance.now();
  const plan = prepareImport(table, detectMapping(table), { usdRate: 7.2 });
  const t2 = performance.now();
  const commit = await call(service, 'dispatch', { workshopId, command: { type: 'account.import', accounts: plan.accounts } });
  const t3 = performance.now();
  // A fast import of the wrong thing is no result: every generated row must arrive.
  if (plan.accounts.length !== expected || commit.diff.added.length !== expected) {
    throw new Error(`${fileName}: imported ${commit.diff.added.length} of ${expected} rows (${plan.problems.length} problems)`);
  }
  await call(service, 'deleteWorkshop', { workshopId });
  return { total: t3 - t0, read: t1 - t0, prepare: t2 - t1, commit: t3 - t2 };
}

export const suite: BenchSuite = {
  name: 'import',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const dataDir = fs.mkdtempSync(path.join(ctx.tmpDir, 'import-bench-'));
    const service = await createService({ dataDir, host: 'web', appVersion: 'bench' });
    const out: BenchRow[] = [];
    try {
      const sizes = [...new Set(ctx.sizes)].sort((a, b) => a - b);
      const warmRows = generateAccounts(Math.min(...sizes, 500));
      for (const f of FORMATS) await importOnce(service, f.fileName, await f.bytes(warmRows), warmRows.length);

      for (const size of sizes) {
        const rows = generateAccounts(size);
        for (const f of FORMATS) {
          const bytes = await f.bytes(rows);
          const runs: Timing[] = [];
          for (let run = 0; run < Math.max(1, ctx.runs); run++) runs.push(await importOnce(service, f.fileName, bytes, size));
          const part = (k: keyof Timing) => round(median(runs.map((r) => r[k])));
          const totals = runs.map((r) => r.total);
          const value = part('total');
          ctx.log(`import.${f.key}.${size}: ${value} ms (read ${part('read')}, prepare ${part('prepare')}, commit ${part('commit')})`);
          out.push({
            id: `import.${f.key}.${size}`,
            label: f.label,
            size,
            value,
            unit: 'ms',
            // The bar is for 10,000 rows; smaller sizes show how the time grows.
            target: size === TARGET_SIZE ? { op: '<', value: TARGET_MS } : null,
            details: {
              runs: runs.length,
              p50: value,
              min: round(Math.min(...totals)),
              max: round(Math.max(...totals)),
              readMs: part('read'),
              prepareMs: part('prepare'),
              commitMs: part('commit'),
              fileBytes: bytes.length,
            },
          });
        }
      }
    } finally {
      service.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    return out;
  },
};
