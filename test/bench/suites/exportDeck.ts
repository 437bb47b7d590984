import fs from 'node:fs';
import path from 'node:path';
import { fillWorkshop } from '../../helpers/filledWorkshop';
import { median } from '../harness/stats';
import { openService } from '../harness/seed';
import type { BenchContext, BenchRow, BenchSuite } from '../types';

/**
 * Issue 9: the PowerPoint deck of a workshop with every board filled (accounts sorted into the
 * segments, two coverage plans, routes with gaps and conflicts, answered route questions, the
 * funnel) through the real service: exportPptx from the records to the finished file, as the
 * renderer asks for it (base64 in the envelope). Bar: < 2 s at 10,000 accounts. Every size of
 * ctx.sizes is measured (growth), the file's size recorded; a warm-up export is not counted.
 */
const TARGET_SIZE = 10_000;
const TARGET_MS = 2_000;
const round = (n: number) => Math.round(n * 10) / 10;

export const suite: BenchSuite = {
  name: 'exportDeck',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const dir = fs.mkdtempSync(path.join(ctx.tmpDir, 'export-deck-'));
    const { service, ok } = await openService(dir);
    const out: BenchRow[] = [];
    try {
      const sizes = [...new Set(ctx.sizes)].sort((a, b) => a - b);
      for (const [i, size] of sizes.entries()) {
        const { id: workshopId } = await ok('createWorkshop', { name: `Deck bench · ${size}`, client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
        await fillWorkshop(ok, workshopId, size);
        if (i === 0) await ok('exportPptx', { workshopId }); // warm-up: module loading, JIT
        const times: number[] = [];
        let bytes = 0;
        for (let run = 0; run < Math.max(1, ctx.runs); run++) {
          const t0 = performance.now();
          const file = await ok('exportPptx', { workshopId });
          times.push(performance.now() - t0);
          bytes = file.bytes;
        }
        const value = round(median(times));
        ctx.log(`export.pptx.${size}: ${value} ms, ${(bytes / 1e6).toFixed(2)} MB`);
        out.push({
          id: `export.pptx.${size}`,
          label: 'Export PowerPoint deck, every board filled: records → finished .pptx',
          size,
          value,
          unit: 'ms',
          target: size === TARGET_SIZE ? { op: '<', value: TARGET_MS } : null,
          details: { runs: times.length, p50: value, min: round(Math.min(...times)), max: round(Math.max(...times)), fileBytes: bytes },
        });
        out.push({ id: `export.pptx.bytes.${size}`, label: 'PowerPoint deck file size', size, value: Math.round(bytes / 1e4) / 100, unit: 'MB', target: null });
        await ok('deleteWorkshop', { workshopId });
      }
    } finally {
      service.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return out;
  },
};
