import type { CommitResult } from '../../../shared/api';
import { listenToChanges } from '../harness/events';
import { startHost } from '../harness/host';
import { moveGenerator } from '../harness/moves';
import { seededLibrary } from '../harness/seed';
import { median, round, summarize, type Summary } from '../harness/stats';
import type { BenchContext, BenchRow, BenchSuite } from '../types';

/**
 * Item 1 as a window sees it: the same card moves sent to the built browser host
 * (POST /api/dispatch) and timed until the change event arrives on the host's event stream
 * (GET /api/events), so the transport (HTTP, JSON both ways, a second process) is included.
 * Electron's IPC is a similar hop. Informational: the bar applies to the service round trip.
 */

async function measureSize(ctx: BenchContext, size: number): Promise<BenchRow[]> {
  const commands = ctx.quick ? 500 : 2_000;
  const warmup = ctx.quick ? 100 : 300;
  const lib = await seededLibrary(ctx.tmpDir, size);
  const host = await startHost(lib.dir);
  const stream = await listenToChanges(host.origin, host.token, lib.workshopId);
  const next = moveGenerator(lib, 2000 + size);
  const send = async (): Promise<number> => {
    const command = next();
    const t0 = performance.now();
    const res = await fetch(`${host.origin}/api/dispatch`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': host.token },
      body: JSON.stringify({ workshopId: lib.workshopId, command }),
    });
    const envelope = (await res.json()) as { ok: true; value: CommitResult } | { ok: false; error: { code: string; message: string } };
    if (!envelope.ok) throw new Error(`dispatch failed: ${envelope.error.code}: ${envelope.error.message}`);
    return (await stream.arrival(envelope.value.version)) - t0;
  };
  const runs: Summary[] = [];
  try {
    for (let i = 0; i < warmup; i++) await send();
    for (let run = 0; run < ctx.runs; run++) {
      const latencies: number[] = [];
      for (let i = 0; i < commands; i++) latencies.push(await send());
      runs.push(summarize(latencies));
      ctx.log(`${size} accounts, run ${run + 1}/${ctx.runs}: p50 ${round(runs.at(-1)!.p50, 2)} ms, p99 ${round(runs.at(-1)!.p99, 2)} ms`);
    }
  } finally {
    stream.close();
    await host.stop();
  }
  const details = { runs: ctx.runs, commandsPerRun: commands, warmup, command: 'account.move (one card, another column)' };
  return [
    {
      id: `hostRoundTrip.p50.${size}`,
      label: 'Round trip via the browser host p50 (POST → event stream)',
      size,
      value: median(runs.map((r) => r.p50)),
      unit: 'ms',
      target: null,
      details,
    },
    {
      id: `hostRoundTrip.p99.${size}`,
      label: 'Round trip via the browser host p99 (POST → event stream)',
      size,
      value: median(runs.map((r) => r.p99)),
      unit: 'ms',
      target: null,
      details: { ...details, perRun: runs.map((r) => round(r.p99, 2)).join(' / ') },
    },
  ];
}

export const suite: BenchSuite = {
  name: 'hostRoundTrip',
  async run(ctx) {
    const rows: BenchRow[] = [];
    for (const size of ctx.sizes) rows.push(...(await measureSize(ctx, size)));
    return rows;
  },
};
