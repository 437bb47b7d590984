import fs from 'node:fs';
import path from 'node:path';
import type { ApiMethod, ApiOutputs } from '../../../shared/api';
import { detectMapping, prepareImport } from '../../../shared/import';
import { createService, type Service } from '../../../electron/service/service';
import { generateAccounts, toCsv, toXlsx } from '../generate';
import type { BenchContext, BenchRow, BenchSuite } from '../types';

/**
 * Issue 3 / issue 6 item 4: a 10,000-row customer list, from the file's bytes to the committed
 * import, through the real service on a real SQLite file: readTable (decode, parse, find the
 * header) → detectMapping + prepareImport (what the dialog runs) → dispatch(account.import)
 * (one transaction, one undo step). Target < 3 s each, median of ctx.runs; each run imports
 * into a fresh workshop so every run does the same work.
 */
const SIZE = 10_000;
const TARGET_MS = 3_000;

interface Case {
  id: string;
  label: string;
  fileName: string;
  bytes: () => Promise<Buffer>;
}

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

async function importOnce(service: Service, fileName: string, bytes: Buffer, run: number) {
  const { id: workshopId } = await call(service, 'createWorkshop', { name: `bench ${run}`, client: '', language: 'zh-CN', templateId: 'sales-transformation' });
  const t0 = performance.now();
  const table = await call(service, 'readTable', { fileName, dataBase64: bytes.toString('base64') });
  const t1 = performance.now();
  const plan = prepareImport(table, detectMapping(table), { usdRate: 7.2 });
  const t2 = performance.now();
  const commit = await call(service, 'dispatch', { workshopId, command: { type: 'account.import', accounts: plan.accounts } });
  const t3 = performance.now();
  // A fast import that imports the wrong thing is no result.
  if (plan.accounts.length !== SIZE || commit.diff.added.length !== SIZE) {
    throw new Error(`${fileName}: imported ${commit.diff.added.length} of ${SIZE} rows (${plan.problems.length} problems)`);
  }
  await call(service, 'deleteWorkshop', { workshopId });
  return { total: t3 - t0, read: t1 - t0, prepare: t2 - t1, commit: t3 - t2 };
}

export const suite: BenchSuite = {
  name: 'import',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const rows = generateAccounts(SIZE);
    const cases: Case[] = [
      { id: `import.csv.utf8.${SIZE}`, label: 'Import CSV, UTF-8 with BOM (Excel "CSV UTF-8"), bytes → committed', fileName: '客户名单.csv', bytes: async () => toCsv(rows, 'utf-8-bom') },
      { id: `import.csv.gb18030.${SIZE}`, label: 'Import CSV, GB18030 (Excel "CSV" on Chinese Windows), bytes → committed', fileName: '客户名单.csv', bytes: async () => toCsv(rows, 'gb18030') },
      { id: `import.xlsx.${SIZE}`, label: 'Import XLSX workbook, bytes → committed', fileName: '客户名单.xlsx', bytes: () => toXlsx(rows) },
    ];
    const dataDir = fs.mkdtempSync(path.join(ctx.tmpDir, 'import-bench-'));
    const service = await createService({ dataDir, host: 'web', appVersion: 'bench' });
    const out: BenchRow[] = [];
    try {
      for (const c of cases) {
        const bytes = await c.bytes();
        const runs: Awaited<ReturnType<typeof importOnce>>[] = [];
        for (let run = 0; run < Math.max(1, ctx.runs); run++) runs.push(await importOnce(service, c.fileName, bytes, run));
        const totals = runs.map((r) => r.total);
        const value = round(median(totals));
        ctx.log(`${c.id}: ${value} ms (read ${round(median(runs.map((r) => r.read)))}, prepare ${round(median(runs.map((r) => r.prepare)))}, commit ${round(median(runs.map((r) => r.commit)))})`);
        out.push({
          id: c.id,
          label: c.label,
          size: SIZE,
          value,
          unit: 'ms',
          target: { op: '<', value: TARGET_MS },
          details: {
            runs: runs.length,
            p50: value,
            min: round(Math.min(...totals)),
            max: round(Math.max(...totals)),
            readMs: round(median(runs.map((r) => r.read))),
            prepareMs: round(median(runs.map((r) => r.prepare))),
            commitMs: round(median(runs.map((r) => r.commit))),
            fileBytes: bytes.length,
          },
        });
      }
    } finally {
      service.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    return out;
  },
};
