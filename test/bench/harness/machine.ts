import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import BetterSqlite3 from 'better-sqlite3';

export interface MachineFacts {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string | null;
  betterSqlite3: string;
  sqlite: string;
  /** The commit measured (with "+changes" when the worktree is dirty). */
  commit: string | null;
  /** Where temp libraries live (their disk decides fsync cost under synchronous=FULL). */
  tmpDir: string;
  /**
   * 1-minute load average when the run started and ended. Above the CPU count, other work was
   * competing for the CPUs and every number is inflated by it.
   */
  load: { start: number; end: number };
}

/** The 1-minute load average, rounded. */
export function loadNow(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return null;
  }
}

export function machineFacts(tmpDir: string, chromium: string | null, loadAtStart: number): MachineFacts {
  const require = createRequire(import.meta.url);
  const db = new BetterSqlite3(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  return {
    date: new Date().toISOString(),
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    betterSqlite3: (require('better-sqlite3/package.json') as { version: string }).version,
    sqlite,
    commit: gitCommit(),
    tmpDir,
    load: { start: loadAtStart, end: loadNow() },
  };
}
