import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { WorkshopSnapshot } from '../../../shared/api';
import { applyCommand } from '../../../shared/commands';
import { RecordStore } from '../../../shared/recordStore';
import { applyDiffTo, type Diff } from '../../../shared/diff';
import { sortByOrder } from '../../../shared/order';
import type { Account, Segment } from '../../../shared/records';
import type { Service } from '../../../electron/service/service';
import { HISTORY_LIMIT } from '../../../electron/store/historyRows';
import { generateAccounts } from '../generate';
import { LIBRARY_FILE } from '../../../electron/store';
import { moveGenerator } from '../harness/moves';
import { copyLibrary, okCaller, openService, seededLibrary, toAccountValues, type SeededLibrary } from '../harness/seed';
import { median, round, summarize, type Summary } from '../harness/stats';
import type { BenchContext, BenchRow, BenchSuite } from '../types';

/**
 * Item 1 of the issue: the command round trip (dispatch → pure diff → one SQLite transaction →
 * change event received by a subscriber) in the real service on a real library file, and its
 * write throughput against raw better-sqlite3 writing the same rows in the same run.
 *
 * The command is `account.move` of one card to another column at a random position: what every
 * drag on the segments board sends, and the most frequent change in the room. It is also the
 * dearest everyday command (it reads the target column to place the card).
 */

const ROUND_TRIP_BAR = { op: '<', value: 10 } as const;
const RATIO_BAR = { op: '>=', value: 0.5 } as const;
/** Commands per turn when service and baseline alternate. */
const CHUNK = 500;

/** One record row a commit wrote, as the raw baseline writes it again. */
interface RowWrite {
  id: string;
  type: string;
  data: string;
}

/** What one command made durable: its record rows, and the undo-log entry it pushed. */
interface CommandWrite {
  rows: RowWrite[];
  commandType: string;
  historyJson: string;
}

/** The rows a diff wrote (moves only update); the baselines replay exactly these. */
function writesOf(diff: Diff, commandType: string): CommandWrite {
  if (diff.added.length || diff.removed.length) throw new Error('account.move should only update rows');
  return {
    rows: diff.updated.map(([, after]) => ({ id: after.id, type: after.type, data: JSON.stringify(after) })),
    commandType,
    historyJson: JSON.stringify(diff),
  };
}

interface Pass {
  latencies: number[];
  /** Wall time of the whole pass, ms: throughput = commands / wall. */
  wall: number;
}

/** The service side: n commands, one after another, each timed until its change event arrives. */
async function servicePass(workshopId: string, service: Service, next: () => unknown, n: number) {
  // Filled in by the subscriber, which the service calls inside dispatch, after the commit.
  const last: { at: number; diff: Diff | null; cause: string } = { at: -1, diff: null, cause: '' };
  const unsubscribe = service.subscribe((e) => {
    if (e.kind !== 'change') return;
    last.at = performance.now();
    last.diff = e.diff;
    last.cause = e.cause;
  });
  const latencies: number[] = new Array<number>(n);
  const writes: CommandWrite[] = new Array<CommandWrite>(n);
  try {
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const command = next();
      last.at = -1;
      last.diff = null;
      const t0 = performance.now();
      const r = await service.call('dispatch', { workshopId, command });
      if (!r.ok) throw new Error(`dispatch failed: ${r.error.code}: ${r.error.message}`);
      if (last.at < 0 || !last.diff) throw new Error('dispatch committed but no change event arrived');
      latencies[i] = last.at - t0;
      writes[i] = writesOf(last.diff, last.cause);
    }
    return { pass: { latencies, wall: performance.now() - start } satisfies Pass, writes };
  } finally {
    unsubscribe();
  }
}

/**
 * The baselines: plain better-sqlite3 on a copy of the same library (same schema, indexes and
 * rows), the same pragmas as the service (WAL, synchronous=FULL, foreign_keys=ON), prepared
 * statements and one IMMEDIATE transaction per command; the rows arrive already serialized.
 * - records only: one UPDATE per record row — the floor of any durable write.
 * - every row the service writes: the record rows, plus the undo-log row and the workshop's
 *   version that the service's durability promise (undo survives a restart, versions order the
 *   broadcasts) puts on disk with each change. The ratio compares against this one:
 *   "raw prepared-statement writes of the same rows".
 */
function openBaseline(dir: string, workshopId: string, full: boolean) {
  const db = new BetterSqlite3(path.join(dir, LIBRARY_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const update = db.prepare('UPDATE records SET type = ?, data = ? WHERE workshop_id = ? AND id = ?');
  const insertHistory = db.prepare(
    'INSERT INTO history (workshop_id, seq, command_type, diff, undone, created_at) VALUES (?, ?, ?, ?, 0, ?)',
  );
  const bump = db.prepare('UPDATE workshops SET version = version + 1, updated_at = ? WHERE id = ?');
  let seq = (db.prepare('SELECT COALESCE(MAX(seq), 0) AS s FROM history WHERE workshop_id = ?').get(workshopId) as { s: number }).s;
  const commit = db.transaction((w: CommandWrite) => {
    for (const r of w.rows) update.run(r.type, r.data, workshopId, r.id);
    if (full) {
      const at = new Date().toISOString();
      insertHistory.run(workshopId, ++seq, w.commandType, w.historyJson, at);
      bump.run(at, workshopId);
    }
  });
  return {
    pass(writes: CommandWrite[]): Pass {
      const latencies: number[] = new Array<number>(writes.length);
      const start = performance.now();
      for (let i = 0; i < writes.length; i++) {
        const t0 = performance.now();
        commit.immediate(writes[i]!);
        latencies[i] = performance.now() - t0;
      }
      return { latencies, wall: performance.now() - start };
    },
    close: () => db.close(),
  };
}

/**
 * Where the time goes: the pure command alone (validate, read the target column, place the card,
 * check the written record), on the workshop as the service pass left it, without SQLite. The
 * same function the renderer runs for an optimistic drop.
 */
function pureCommandPass(lib: SeededLibrary, snapshot: WorkshopSnapshot, n: number, warmup: number): Summary {
  // The service's own cache type (indexed by record type), so this measures what the service runs.
  const records = new RecordStore(snapshot.records);
  const accounts = snapshot.records.filter((r): r is Account => r.type === 'account');
  const next = moveGenerator({ ...lib, accounts: accounts.map((a) => ({ id: a.id, name: a.name, segmentId: a.segmentId })) }, 3000 + n);
  const ctx = { newId: randomUUID, now: Date.now };
  const latencies: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    const command = next();
    const t0 = performance.now();
    const { diff } = applyCommand(records, command, ctx);
    const t = performance.now() - t0;
    applyDiffTo(records, diff);
    if (i >= warmup) latencies.push(t);
  }
  return summarize(latencies);
}

/**
 * JIT-compiles the change path on a small second workshop, so the big workshop's first commands
 * (the after-import row) are not timed on cold code.
 */
async function warmUpElsewhere(service: Service, n: number): Promise<void> {
  const ok = okCaller(service);
  const w = await ok('createWorkshop', { name: 'Warm-up', client: '', language: 'zh-CN', templateId: 'sales-transformation' });
  await ok('dispatch', { workshopId: w.id, command: { type: 'account.import', accounts: generateAccounts(200, 7).map(toAccountValues) } });
  const snapshot = await ok('openWorkshop', { workshopId: w.id });
  const segmentIds = sortByOrder(snapshot.records.filter((r): r is Segment => r.type === 'segment')).map((s) => s.id);
  const accounts = snapshot.records.filter((r): r is Account => r.type === 'account').map((a) => ({ id: a.id, name: a.name, segmentId: a.segmentId }));
  await servicePass(w.id, service, moveGenerator({ dir: '', workshopId: w.id, segmentIds, accounts }, 11), n);
}

interface RunResult {
  service: Summary;
  raw: Summary;
  serviceOps: number;
  rawOps: number;
  /** Against the record rows only. */
  ratio: number;
  fullOps: number;
  /** Against every row the service writes (the ratio). */
  fullRatio: number;
}

async function measureSize(ctx: BenchContext, size: number): Promise<BenchRow[]> {
  // 3,000 per run × 5 runs: a p99 from 3,000 samples (the 30th slowest), and 50,000 accounts fit
  // in the full run's ~15 minutes.
  const commands = ctx.quick ? 1_000 : 3_000;
  const warmup = ctx.quick ? 200 : 500;
  const lib = await seededLibrary(ctx.tmpDir, size);
  const rawLib = copyLibrary(lib, `${lib.dir}-raw`);
  const fullLib = copyLibrary(lib, `${lib.dir}-full`);
  const { service } = await openService(lib.dir);
  const baseline = openBaseline(rawLib.dir, lib.workshopId, false);
  const fullBaseline = openBaseline(fullLib.dir, lib.workshopId, true);
  const next = moveGenerator(lib, 1000 + size);
  const runs: RunResult[] = [];
  let pure: Summary | undefined;
  let afterImport: Summary | undefined;
  try {
    await warmUpElsewhere(service, warmup);
    // The board opens the workshop before anyone drags: that loads the service's cache.
    await okCaller(service)('openWorkshop', { workshopId: lib.workshopId });
    // Right after the import: the import and the sorting into segments are the newest undo
    // steps (megabytes of diff) until HISTORY_LIMIT later changes push them out. Timed on its
    // own; it also warms the workshop up for the steady runs below. The baseline writes the same
    // rows untimed, to stay in step.
    const fresh = await servicePass(lib.workshopId, service, next, HISTORY_LIMIT);
    afterImport = summarize(fresh.pass.latencies);
    baseline.pass(fresh.writes);
    fullBaseline.pass(fresh.writes);
    ctx.log(`${size} accounts, first ${HISTORY_LIMIT} commands after the import: p50 ${round(afterImport.p50, 2)} ms, p99 ${round(afterImport.p99, 2)} ms`);
    for (let run = 0; run < ctx.runs; run++) {
      // Service and baseline take turns in chunks, so both are sampled over the same minutes and
      // drift on the machine (page cache, checkpoints, other processes) falls on both alike.
      const svc: Pass = { latencies: [], wall: 0 };
      const raw: Pass = { latencies: [], wall: 0 };
      let fullWall = 0;
      for (let done = 0; done < commands; done += CHUNK) {
        const s = await servicePass(lib.workshopId, service, next, Math.min(CHUNK, commands - done));
        const b = baseline.pass(s.writes);
        fullWall += fullBaseline.pass(s.writes).wall;
        svc.latencies.push(...s.pass.latencies);
        svc.wall += s.pass.wall;
        raw.latencies.push(...b.latencies);
        raw.wall += b.wall;
      }
      const serviceOps = (commands / svc.wall) * 1000;
      const rawOps = (commands / raw.wall) * 1000;
      const fullOps = (commands / fullWall) * 1000;
      const result = {
        service: summarize(svc.latencies),
        raw: summarize(raw.latencies),
        serviceOps,
        rawOps,
        ratio: serviceOps / rawOps,
        fullOps,
        fullRatio: serviceOps / fullOps,
      };
      runs.push(result);
      ctx.log(
        `${size} accounts, run ${run + 1}/${ctx.runs}: p50 ${round(result.service.p50, 2)} ms, p99 ${round(result.service.p99, 2)} ms ` +
          `(raw commit p99 ${round(result.raw.p99, 2)} ms); ${Math.round(serviceOps)} vs raw ${Math.round(rawOps)} / ${Math.round(fullOps)} commands/s, ` +
          `ratio ${round(result.ratio, 2)} (records only) / ${round(result.fullRatio, 2)} (every row)`,
      );
    }
    const snapshot = await service.call('openWorkshop', { workshopId: lib.workshopId });
    if (!snapshot.ok) throw new Error(`openWorkshop failed: ${snapshot.error.message}`);
    pure = pureCommandPass(lib, snapshot.value as WorkshopSnapshot, commands, warmup);
    ctx.log(`${size} accounts, pure command alone: p50 ${round(pure.p50, 2)} ms, p99 ${round(pure.p99, 2)} ms`);
  } finally {
    baseline.close();
    fullBaseline.close();
    service.close();
  }
  const med = (pick: (r: RunResult) => number) => median(runs.map(pick));
  const common = { runs: ctx.runs, commandsPerRun: commands, warmup, command: 'account.move (one card, another column)' };
  return [
    {
      id: `roundTrip.p50.${size}`,
      label: 'Command round trip p50 (dispatch → commit → event)',
      size,
      value: med((r) => r.service.p50),
      unit: 'ms',
      target: null,
      details: { ...common, rawCommitP50: round(med((r) => r.raw.p50)), p90: round(med((r) => r.service.p90)) },
    },
    {
      id: `roundTrip.p99.${size}`,
      label: 'Command round trip p99 (dispatch → commit → event)',
      size,
      value: med((r) => r.service.p99),
      unit: 'ms',
      target: ROUND_TRIP_BAR,
      details: {
        ...common,
        rawCommitP99: round(med((r) => r.raw.p99)),
        max: round(med((r) => r.service.max)),
        perRun: runs.map((r) => round(r.service.p99, 2)).join(' / '),
      },
    },
    {
      id: `roundTrip.afterImport.p99.${size}`,
      label: `Command round trip p99, first ${HISTORY_LIMIT} commands after the import`,
      size,
      value: afterImport?.p99 ?? Number.NaN,
      unit: 'ms',
      target: ROUND_TRIP_BAR,
      details: { commands: HISTORY_LIMIT, p50: round(afterImport?.p50 ?? Number.NaN), max: round(afterImport?.max ?? Number.NaN), command: common.command },
    },
    {
      id: `roundTrip.pureCommand.${size}`,
      label: 'Pure command alone p50 (account.move → diff, no SQLite)',
      size,
      value: pure?.p50 ?? Number.NaN,
      unit: 'ms',
      target: null,
      details: { commands, warmup, p99: round(pure?.p99 ?? Number.NaN) },
    },
    {
      id: `roundTrip.throughput.${size}`,
      label: 'Service write throughput (commands/s, one transaction each)',
      size,
      value: med((r) => r.serviceOps),
      unit: 'ops/s',
      target: null,
      details: { ...common, rawOpsPerSecond: Math.round(med((r) => r.rawOps)) },
    },
    {
      id: `roundTrip.writeRatio.${size}`,
      label: 'Service ÷ raw better-sqlite3 writing the same rows (records, undo log, version; same pragmas)',
      size,
      value: med((r) => r.fullRatio),
      unit: 'ratio',
      target: RATIO_BAR,
      details: { ...common, rawOpsPerSecond: Math.round(med((r) => r.fullOps)), perRun: runs.map((r) => round(r.fullRatio, 3)).join(' / ') },
    },
    {
      id: `roundTrip.writeRatioRecordsOnly.${size}`,
      label: 'Service ÷ raw better-sqlite3 writing the record rows only (the write floor)',
      size,
      value: med((r) => r.ratio),
      unit: 'ratio',
      target: null,
      details: { ...common, perRun: runs.map((r) => round(r.ratio, 3)).join(' / ') },
    },
  ];
}

export const suite: BenchSuite = {
  name: 'roundTrip',
  async run(ctx) {
    const rows: BenchRow[] = [];
    for (const size of ctx.sizes) rows.push(...(await measureSize(ctx, size)));
    return rows;
  },
};
