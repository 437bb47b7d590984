import fs from 'node:fs';
import type { Database } from 'better-sqlite3';

/** Quiet time after the last commit before the WAL is copied into the library file. */
export const CHECKPOINT_IDLE_MS = 250;
/** A WAL larger than this is checkpointed right after the commit that grew it, idle or not. */
export const CHECKPOINT_MAX_WAL_BYTES = 16 * 1024 * 1024;
/** A service that is never quiet still checkpoints this long after the first commit it has not. */
export const CHECKPOINT_MAX_DELAY_MS = 2_000;

export interface Checkpointer {
  /** A commit landed: checkpoint once the service has been quiet (or now, if the WAL is large). */
  committed(): void;
  /** Checkpoint now (before a backup or an export reads the whole file); cancels a pending one. */
  now(): void;
  /** No more checkpoints (the library is closing; SQLite checkpoints on close itself). */
  stop(): void;
}

/**
 * Moves SQLite's WAL checkpoint out of the requests. With the automatic checkpoint, every
 * 1,000th page a commit copies the WAL into the main file and fsyncs it inside a user's request
 * (the round trip's tail). Here it runs when nobody waits: a debounced timer after the last
 * commit, after the reply and the broadcast have gone out. PASSIVE never blocks a writer; the
 * commit itself stays synchronous=FULL in the WAL, so nothing acknowledged is at risk meanwhile.
 * The WAL stays bounded: past `maxWalBytes` (openLibrary's journal_size_limit trims the file back
 * to it) or `maxDelayMs` after the first commit not yet checkpointed, the next turn of the event
 * loop checkpoints, quiet or not.
 */
export function createCheckpointer(
  db: Database,
  walFile: string,
  {
    idleMs = CHECKPOINT_IDLE_MS,
    maxWalBytes = CHECKPOINT_MAX_WAL_BYTES,
    maxDelayMs = CHECKPOINT_MAX_DELAY_MS,
  }: { idleMs?: number; maxWalBytes?: number; maxDelayMs?: number } = {},
): Checkpointer {
  let timer: NodeJS.Timeout | null = null;
  let immediate: NodeJS.Immediate | null = null;
  let stopped = false;
  /** performance.now() of the first commit since the last checkpoint; null when none waits. */
  let pendingSince: number | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    if (immediate) clearImmediate(immediate);
    timer = null;
    immediate = null;
  };
  const checkpoint = () => {
    cancel();
    pendingSince = null;
    if (stopped || !db.open) return;
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (e) {
      // A failed checkpoint loses nothing (the WAL keeps every commit); the next one retries.
      console.error('[salesmap] the WAL checkpoint failed:', e);
    }
  };
  const walBytes = () => {
    try {
      return fs.statSync(walFile).size;
    } catch {
      return 0;
    }
  };
  return {
    committed() {
      if (stopped) return;
      pendingSince ??= performance.now();
      if (timer) clearTimeout(timer);
      timer = setTimeout(checkpoint, idleMs);
      timer.unref();
      // setImmediate: after this turn's replies and events are handed to the sockets.
      const overdue = performance.now() - pendingSince >= maxDelayMs;
      if (!immediate && (overdue || walBytes() > maxWalBytes)) immediate = setImmediate(checkpoint);
    },
    now: checkpoint,
    stop() {
      cancel();
      stopped = true;
    },
  };
}
