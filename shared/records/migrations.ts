import { latestVersion, runChain, type MigrationStep } from '../migrationChain';
import { v2PlanAssumptions } from './steps/v2PlanAssumptions';
import { v3RoleKinds } from './steps/v3RoleKinds';

/**
 * The records' shapes have a version of their own (the schemaVersion a workshop file carries),
 * and one list of steps that bring a whole workshop's records from one shape to the next.
 *
 * When a record's shape changes (issue 11 moves coverage assumptions from motions into plans),
 * the change is written ONCE, here, as the next step, and both places that hold old records run
 * that same function:
 * - the library database: a migration in electron/store/migrations made with
 *   `recordsMigration(<db version>, recordStep(<records version>))` rewrites every workshop's
 *   rows (and clears its undo history, whose diffs hold the old shapes);
 * - a workshop file from an older Salesmap: shared/export/workshopFileRead.ts runs the steps
 *   after the file's schemaVersion before parsing the records with the current zod schemas.
 *
 * A step sees one workshop's records at a time, as plain JSON of the previous shape (never the
 * current types: they describe the new shape), and may change, add, split or drop records — a
 * step that moves a field from motions into plans needs all of them at once. It must be pure and
 * deterministic (no clock, no random ids), so the database and a file migrate alike.
 *
 * Version 1 is the shape that shipped with the first workshop file. Version 2 (issue 11) moves
 * the coverage assumptions from motions into plans: steps/v2PlanAssumptions.ts. Version 3
 * (issues 11/12) gives role records the kind coverage's role mix counts: steps/v3RoleKinds.ts.
 *
 * What is NOT a shape change: a new optional field whose absence means what the old records meant
 * (a stage's `questions`, issue 12: an old stage parses unchanged and simply has no guiding
 * questions) and a new record type (opportunities, roles, reviews: old workshops have none). Both
 * parse with the current schemas as they are, so no step rewrites them and no undo history is
 * cleared. A new required field, a renamed, moved or re-typed one, or a changed meaning is one.
 */
export interface LooseRecord {
  readonly id: string;
  readonly type: string;
  readonly [field: string]: unknown;
}

export type RecordMigration = MigrationStep<LooseRecord[]>;

export const RECORD_MIGRATIONS: readonly RecordMigration[] = [v2PlanAssumptions, v3RoleKinds];

export const RECORDS_SCHEMA_VERSION = latestVersion(RECORD_MIGRATIONS);

/** The step that produces records version `version` (for a database migration to wrap). */
export function recordStep(version: number, steps: readonly RecordMigration[] = RECORD_MIGRATIONS): RecordMigration {
  const step = steps.find((s) => s.version === version);
  if (!step) throw new Error(`No records migration produces version ${version}`);
  return step;
}

/** One workshop's records brought from version `from` to the latest of `steps`. */
export function migrateRecords(records: LooseRecord[], from: number, steps: readonly RecordMigration[] = RECORD_MIGRATIONS): LooseRecord[] {
  return runChain(records, from, steps, 'records');
}
