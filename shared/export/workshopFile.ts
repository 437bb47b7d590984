import { z } from 'zod';
import { latestVersion } from '../migrationChain';
import { nameSchema, RECORD_TYPES, type AnyRecord } from '../records';
import { RECORDS_SCHEMA_VERSION } from '../records/migrations';
import { languageSchema } from '../workshop';
import type { ExportInput } from './input';
import { FORMAT_MIGRATIONS } from './workshopFileMigrations';

/**
 * The .salesmap workshop file: one workshop, as JSON a consultant can open in a text editor.
 *
 *   {
 *     "format": "salesmap-workshop",      what the file is (first, so a glance tells)
 *     "formatVersion": 1,                 the envelope's shape (this object)
 *     "schemaVersion": 1,                 the records' shapes (shared/records/migrations.ts)
 *     "appVersion": "0.1.0",              the Salesmap that wrote it (for people, not for reading)
 *     "exportedAt": "2026-12-03T09:30:00.000Z",
 *     "workshop": { "name", "client", "language", "templateId", "createdAt" },
 *     "records": [ one record per line, every type, as stored ]
 *   }
 *
 * The records are the workshop's records exactly as the library holds them (the same zod
 * schemas), so a file opens again as the same workshop; the undo history is not carried.
 * A file's version reads as "<formatVersion>.<schemaVersion>" ("1.1") in messages.
 */
export const WORKSHOP_FILE_FORMAT = 'salesmap-workshop';

export const WORKSHOP_FILE_VERSION = latestVersion(FORMAT_MIGRATIONS);

export const workshopHeaderSchema = z.object({
  name: nameSchema,
  client: z.string().trim().max(200),
  language: languageSchema,
  templateId: z.string().max(120).nullable(),
  createdAt: z.iso.datetime(),
});
export type WorkshopHeader = z.infer<typeof workshopHeaderSchema>;

/**
 * The envelope as this version reads it (after any migration). Records are checked one by one
 * afterwards, so a refusal can name the record that is wrong.
 */
export const workshopFileSchema = z.object({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(100),
  exportedAt: z.iso.datetime(),
  workshop: workshopHeaderSchema,
  records: z.array(z.unknown()),
});

export interface WorkshopFile extends Omit<z.infer<typeof workshopFileSchema>, 'records'> {
  records: AnyRecord[];
}

/**
 * The file of a workshop as it is now: every record, in a stable order (by type, then board
 * order; records without an order key by id). The id order matters because the store keeps no
 * order of its own for them: a workshop opened from a file writes them in one sweep in key order,
 * one built by hand holds them as they were made, and both must give the same file.
 */
export function workshopFileOf(input: ExportInput, appVersion: string): WorkshopFile {
  const w = input.workshop;
  return {
    format: WORKSHOP_FILE_FORMAT,
    formatVersion: WORKSHOP_FILE_VERSION,
    schemaVersion: RECORDS_SCHEMA_VERSION,
    appVersion,
    exportedAt: input.at.toISOString(),
    workshop: { name: w.name, client: w.client, language: w.language, templateId: w.templateId, createdAt: w.createdAt },
    records: RECORD_TYPES.flatMap((type) => inFileOrder(input.records[type] as AnyRecord[])),
  };
}

function inFileOrder(list: AnyRecord[]): AnyRecord[] {
  if (list.length === 0 || 'order' in list[0]!) return list;
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The file's text: the envelope indented, each record on one line. Measured at 10,000 accounts
 * (test/bench/suites/workshopFile.ts): this is within a few per cent of compact JSON, where
 * indenting every field makes it about 40 % larger; and a text editor shows one
 * record per line, which also keeps a diff of two exports readable.
 */
export function workshopFileText(file: WorkshopFile): string {
  const { records, ...envelope } = file;
  const head = JSON.stringify(envelope, null, 2).replace(/\n}$/, '');
  const lines = records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `${head},\n  "records": [${records.length ? `\n${lines}\n  ` : ''}]\n}\n`;
}
