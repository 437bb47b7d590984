import type { Service } from '../../../electron/service/service';
import { fillBoards } from '../../helpers/filledWorkshop';
import { openService, seededLibrary, type ServiceCall } from '../harness/seed';
import { median, round } from '../harness/stats';
import type { BenchContext, BenchRow, BenchSuite } from '../types';
import { sizesUpTo } from '../harness/options';

/**
 * Issue 9: the files a workshop leaves the room as, from a workshop with 10,000 accounts and every
 * board filled (the seeded library's accounts sorted into the template's segments, then coverage
 * in two plans, routes with gaps and a conflict, an edited funnel: fillBoards, the same filling
 * the export tests use). Each format is one measure: the service call from the request to the
 * finished file (snapshot, every sheet or slide, packing, base64), as the user waits for it.
 * Bar: < 2 s at 10,000 accounts; the file size is recorded beside it.
 *
 * To add a format, add one entry to MEASURES (a key, a label and the service call that makes the
 * file); the seeding, warm-up, runs and rows are shared.
 */
const TARGET_SIZE = 10_000;
const TARGET_MS = 2_000;

export interface ExportMeasure {
  /** Row id part: "export.<key>.<size>". */
  key: string;
  label: string;
  /** Makes the file once; returns its size in bytes. */
  make(ok: ServiceCall, workshopId: string): Promise<number>;
}

export const MEASURES: ExportMeasure[] = [
  {
    key: 'pptx',
    label: 'Export the PowerPoint deck (every board, native shapes and charts): request → file',
    make: async (ok, workshopId) => (await ok('exportPptx', { workshopId })).bytes,
  },
  {
    key: 'xlsx',
    label: 'Export the XLSX workbook (every board, live formulas): request → file',
    make: async (ok, workshopId) => (await ok('exportXlsx', { workshopId })).bytes,
  },
];

/** A service on a copy of the seeded library with every board filled, ready to export. */
export async function filledWorkshop(ctx: BenchContext, size: number): Promise<{ service: Service; ok: ServiceCall; workshopId: string }> {
  const library = await seededLibrary(ctx.tmpDir, size);
  const { service, ok } = await openService(library.dir);
  await fillBoards(ok, library.workshopId);
  return { service, ok, workshopId: library.workshopId };
}

export const suite: BenchSuite = {
  name: 'export',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const out: BenchRow[] = [];
    // Every size (growth); the bar is at 10,000 accounts.
    for (const size of [...new Set(sizesUpTo(ctx.sizes))].sort((a, b) => a - b)) {
      const { service, ok, workshopId } = await filledWorkshop(ctx, size);
      try {
        for (const m of MEASURES) {
          await m.make(ok, workshopId); // warm-up: module loading and first-use compilation are not the user's wait
          const times: number[] = [];
          let bytes = 0;
          for (let run = 0; run < Math.max(1, ctx.runs); run++) {
            const t0 = performance.now();
            bytes = await m.make(ok, workshopId);
            times.push(performance.now() - t0);
          }
          const value = round(median(times));
          ctx.log(`export.${m.key}.${size}: ${value} ms, ${round(bytes / 2 ** 20)} MB`);
          out.push({
            id: `export.${m.key}.${size}`,
            label: m.label,
            size,
            value,
            unit: 'ms',
            target: size === TARGET_SIZE ? { op: '<', value: TARGET_MS } : null,
            details: { runs: times.length, p50: value, min: round(Math.min(...times)), max: round(Math.max(...times)), fileBytes: bytes },
          });
          out.push({ id: `export.${m.key}.bytes.${size}`, label: `${m.label.split(':')[0]}: file size`, size, value: round(bytes / 2 ** 20), unit: 'MB', target: null });
        }
      } finally {
        service.close();
      }
    }
    return out;
  },
};
