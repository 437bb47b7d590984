import type { MigrationStep } from '../migrationChain';

/**
 * Steps that bring an older workshop file's envelope (the object around the records: its
 * fields, their names, where the records sit) to the current one, numbered as in
 * shared/migrationChain.ts. The records inside are migrated separately, by the records chain
 * (shared/records/migrations.ts), from the file's schemaVersion: a change to a record's shape
 * is a records step, shared with the library database, never a step here.
 *
 * Format 1 is the first that shipped; no older format exists, so the list is empty. The
 * machinery is tested with a test-local list (test/unit/export/workshopFileMigrations.test.ts).
 */
export type EnvelopeJson = Record<string, unknown>;

export type FormatMigration = MigrationStep<EnvelopeJson>;

export const FORMAT_MIGRATIONS: readonly FormatMigration[] = [];
