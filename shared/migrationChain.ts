/**
 * A versioned shape and the steps that bring old data up to date. Version 1 is the first shape
 * that shipped; the step with `version: n` turns data of version n − 1 into version n, so a list
 * of steps is numbered 2, 3, 4… with no gaps, and the latest version is 1 + its length.
 *
 * Two chains use it: the records' shapes (shared/records/migrations.ts, run by the library
 * database's migrations and by the workshop-file import alike) and the workshop file's envelope
 * (shared/export/workshopFileMigrations.ts).
 */
export interface MigrationStep<T> {
  /** The version this step produces. */
  version: number;
  /** What changed, in words (shown in logs and in the migration's name). */
  name: string;
  up(data: T): T;
}

/** A gap or repeat in a chain is a programming error, caught at the first use. */
export function checkChain(steps: readonly MigrationStep<unknown>[], what: string): void {
  steps.forEach((s, i) => {
    if (s.version !== i + 2) throw new Error(`${what} migration "${s.name}" has version ${s.version}, expected ${i + 2}`);
  });
}

export function latestVersion(steps: readonly MigrationStep<unknown>[]): number {
  return steps.length + 1;
}

/** Runs every step after `from`, in order. `from` must be a version the chain knows. */
export function runChain<T>(data: T, from: number, steps: readonly MigrationStep<T>[], what: string): T {
  checkChain(steps, what);
  if (!Number.isInteger(from) || from < 1 || from > latestVersion(steps)) {
    throw new Error(`${what} version ${from} is not one this version knows (1–${latestVersion(steps)})`);
  }
  let out = data;
  for (const step of steps) if (step.version > from) out = step.up(out);
  return out;
}
