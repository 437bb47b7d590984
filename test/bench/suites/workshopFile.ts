import { fillBoards } from '../../helpers/filledWorkshop';
import { openService, seededLibrary } from '../harness/seed';
import { median, round } from '../harness/stats';
import type { BenchContext, BenchRow, BenchSuite } from '../types';
import { sizesUpTo } from '../harness/options';

/**
 * Issue 9, the workshop file: a workshop with N accounts sorted into segments and every board
 * filled (coverage in two plans, routes placed, a cell rule, the funnel), through the real
 * service on a real SQLite file.
 *  - Export: `exportWorkshopFile`, records → the file's bytes as base64 (what the host saves).
 *    Bar: < 2 s at 10,000 accounts.
 *  - Import: `importWorkshopFile` with those base64 bytes → decoded, parsed, every record checked
 *    by its schema and every reference, written in one transaction as a new workshop.
 *    Bar: < 2 s at 10,000 accounts.
 *  - The file's size, and what compact JSON and JSON indented throughout would weigh: the
 *    measurement behind the layout (envelope indented, one record per line).
 */
const TARGET_SIZE = 10_000;
const BAR = { op: '<', value: 2_000 } as const;

const MB = (bytes: number) => round(bytes / 1024 / 1024, 2);

export const suite: BenchSuite = {
  name: 'workshopFile',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const out: BenchRow[] = [];
    for (const size of [...new Set(sizesUpTo(ctx.sizes))].sort((a, b) => a - b)) {
      const library = await seededLibrary(ctx.tmpDir, size);
      const { service, ok } = await openService(library.dir);
      try {
        const { workshopId } = library;
        await fillBoards(ok, workshopId);
        const exports: number[] = [];
        const imports: number[] = [];
        let file = await ok('exportWorkshopFile', { workshopId }); // warm-up, not counted
        await ok('importWorkshopFile', { fileName: file.fileName, dataBase64: file.dataBase64 });
        for (let run = 0; run < Math.max(1, ctx.runs); run++) {
          let t0 = performance.now();
          file = await ok('exportWorkshopFile', { workshopId });
          exports.push(performance.now() - t0);
          t0 = performance.now();
          const opened = await ok('importWorkshopFile', { fileName: file.fileName, dataBase64: file.dataBase64 });
          imports.push(performance.now() - t0);
          // A fast import of the wrong thing is no result: every account must arrive.
          const snapshot = await ok('openWorkshop', { workshopId: opened.id });
          const accounts = snapshot.records.filter((r) => r.type === 'account').length;
          if (accounts !== size) throw new Error(`imported ${accounts} of ${size} accounts`);
          await ok('deleteWorkshop', { workshopId: opened.id });
        }
        const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
        const json: unknown = JSON.parse(text);
        const compact = Buffer.byteLength(JSON.stringify(json));
        const indented = Buffer.byteLength(JSON.stringify(json, null, 2));
        const target = size === TARGET_SIZE ? BAR : null;
        const timing = (xs: number[]) => ({ runs: xs.length, p50: round(median(xs), 1), min: round(Math.min(...xs), 1), max: round(Math.max(...xs), 1) });
        ctx.log(`${size}: export ${round(median(exports), 1)} ms, import ${round(median(imports), 1)} ms, ${MB(file.bytes)} MB (compact ${MB(compact)}, indented ${MB(indented)})`);
        out.push(
          { id: `workshopFile.export.${size}`, label: 'Workshop file export (all boards filled): records → .salesmap bytes', size, value: round(median(exports), 1), unit: 'ms', target, details: timing(exports) },
          { id: `workshopFile.import.${size}`, label: 'Workshop file import: bytes → checked → committed as a new workshop', size, value: round(median(imports), 1), unit: 'ms', target, details: timing(imports) },
          {
            id: `workshopFile.bytes.${size}`,
            label: 'Workshop file size (envelope indented, one record per line)',
            size,
            value: MB(file.bytes),
            unit: 'MB',
            target: null,
            details: { bytes: file.bytes, compactBytes: compact, indentedBytes: indented, overCompactPercent: round(((file.bytes - compact) / compact) * 100, 1), indentedOverCompactPercent: round(((indented - compact) / compact) * 100, 1) },
          },
        );
      } finally {
        service.close();
      }
    }
    return out;
  },
};
