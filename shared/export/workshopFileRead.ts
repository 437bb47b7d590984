import type { z } from 'zod';
import { referenceIssues, type ReferenceIssue } from '../integrity';
import { latestVersion, runChain } from '../migrationChain';
import { anyRecordSchema, type AnyRecord } from '../records';
import { migrateRecords, RECORD_MIGRATIONS, type LooseRecord, type RecordMigration } from '../records/migrations';
import { EXTENSIONS } from './formats';
import { WORKSHOP_FILE_FORMAT, workshopFileSchema, type WorkshopHeader } from './workshopFile';
import { FORMAT_MIGRATIONS, type EnvelopeJson, type FormatMigration } from './workshopFileMigrations';
import { damaged, futureWorkshopFile, notWorkshopFile, type Damage } from './workshopFileRefusals';

/** The two migration lists a file is read with (tests pass their own). */
export interface WorkshopFileChain {
  formats: readonly FormatMigration[];
  records: readonly RecordMigration[];
}

export const CURRENT_CHAIN: WorkshopFileChain = { formats: FORMAT_MIGRATIONS, records: RECORD_MIGRATIONS };

export interface OpenedWorkshopFile {
  workshop: WorkshopHeader;
  /** Every record, valid by the current schemas, pointing only at each other. */
  records: AnyRecord[];
  exportedAt: string;
  /** The file's version ("1.1") when it was older and has been migrated; null when current. */
  migratedFrom: string | null;
}

/** Keys that could reach an object's prototype in code that copies keys about; Salesmap never writes them. */
const FORBIDDEN_KEYS = ['__proto__'];

/**
 * Reads the text of a file someone picked as a workshop, or refuses it with the reason:
 * - not_workshop_file: a picture, a spreadsheet, JSON of another shape;
 * - future_workshop_file: written by a newer Salesmap (its format or its records' version);
 * - damaged_workshop_file: ours but cut off, edited into broken JSON, with a record that fails
 *   its schema, two records with one id, or a record pointing at one that is not there.
 * An older file is migrated first (the envelope, then the records) and then checked as a new one.
 * Pure: nothing is written here, so a refusal leaves everything as it was.
 */
export function readWorkshopFile(fileName: string, text: string, chain: WorkshopFileChain = CURRENT_CHAIN): OpenedWorkshopFile {
  const body = text.replace(/^\uFEFF/, '');
  // A file that bears our name but not our contents is a damaged workshop file, not a stranger.
  const named = fileName.toLowerCase().endsWith(EXTENSIONS.salesmap);
  const foreign = (reasonKey: 'empty' | 'unreadable') => (named ? damaged(fileName, { reasonKey }) : notWorkshopFile(fileName));
  if (body.trim() === '') throw foreign('empty');

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw looksLikeWorkshopFile(body) ? damaged(fileName, syntaxDamage(body, e)) : foreign('unreadable');
  }
  if (!isObject(json) || json.format !== WORKSHOP_FILE_FORMAT) throw foreign('unreadable');

  const latestFormat = latestVersion(chain.formats);
  const latestRecords = latestVersion(chain.records);
  const latest = `${latestFormat}.${latestRecords}`;
  const versionOf = (e: EnvelopeJson) => `${String(e.formatVersion)}${isVersion(e.schemaVersion) ? `.${e.schemaVersion}` : ''}`;
  if (!isVersion(json.formatVersion)) throw damaged(fileName, { reasonKey: 'version', field: 'formatVersion' });
  // Newer first: a newer envelope may keep anything anywhere, so nothing else is judged.
  if (json.formatVersion > latestFormat) throw futureWorkshopFile(fileName, versionOf(json), latest);
  const forbidden = mayHideKey(body) ? forbiddenKeyIn(json) : null;
  if (forbidden) throw damaged(fileName, { reasonKey: 'forbiddenKey', key: forbidden });

  const written = versionOf(json);
  let envelope: EnvelopeJson;
  try {
    envelope = runChain<EnvelopeJson>(json, json.formatVersion, chain.formats, 'workshop file');
  } catch {
    throw damaged(fileName, { reasonKey: 'migration', version: written });
  }
  if (!isVersion(envelope.schemaVersion)) throw damaged(fileName, { reasonKey: 'version', field: 'schemaVersion' });
  if (envelope.schemaVersion > latestRecords) throw futureWorkshopFile(fileName, written, latest);

  const parsed = workshopFileSchema.safeParse(envelope);
  if (!parsed.success) throw damaged(fileName, headerDamage(parsed.error));
  let raw: unknown[];
  try {
    raw = migrateRecords(parsed.data.records as LooseRecord[], parsed.data.schemaVersion, chain.records);
  } catch {
    throw damaged(fileName, { reasonKey: 'migration', version: written });
  }

  const records = validRecords(fileName, raw);
  const issues = referenceIssues(records);
  if (issues.length > 0) throw damaged(fileName, referenceDamage(issues, records));
  return {
    workshop: parsed.data.workshop,
    records,
    exportedAt: parsed.data.exportedAt,
    migratedFrom: written === latest ? null : written,
  };
}

/** Our files begin with the format's name; a cut-off or hand-broken one still does. */
function looksLikeWorkshopFile(body: string): boolean {
  return /^\s*\{/.test(body) && new RegExp(`"format"\\s*:\\s*"${WORKSHOP_FILE_FORMAT}"`).test(body.slice(0, 4000));
}

function isObject(v: unknown): v is EnvelopeJson {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isVersion(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1;
}

/** JSON.parse says where it stopped ("… in JSON at position 123"); at the very end, the file was cut off. */
function syntaxDamage(body: string, e: unknown): Damage {
  const message = e instanceof Error ? e.message : '';
  const at = /position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : body.length;
  if (/end of JSON input/i.test(message) || position >= body.trimEnd().length) return { reasonKey: 'truncated' };
  const before = body.slice(0, position);
  const line = before.split('\n').length;
  return { reasonKey: 'syntax', line, column: position - before.lastIndexOf('\n') };
}

/**
 * Whether the text could hold a forbidden key at all: spelled out, or with an escaped letter
 * ("\u005f_proto__"). Salesmap's own files have neither (JSON.stringify writes Chinese as it is),
 * so the walk below is skipped for them: it costs a tenth of a 10,000-account import.
 */
function mayHideKey(body: string): boolean {
  return body.includes('\\u') || FORBIDDEN_KEYS.some((k) => body.includes(k));
}

/** Walks the parsed file without recursion (a hostile file may nest a million levels). */
function forbiddenKeyIn(root: unknown): string | null {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.includes(key)) return key;
      const child = (v as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return null;
}

/** The last named part of a zod path: "workshop.name" → "name", "rules.industries.3" → "industries". */
function fieldOf(path: readonly PropertyKey[]): string {
  return [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
}

function headerDamage(error: z.ZodError): Damage {
  const path = error.issues[0]?.path ?? [];
  if (path[0] === 'records') return { reasonKey: 'noRecords' };
  return { reasonKey: 'header', field: fieldOf(path) || 'format' };
}

/** A short, safe label for a record in a message: its name or title, cut to 40 characters. */
function labelOf(raw: unknown, key: 'name' | 'type'): string {
  if (!isObject(raw)) return '';
  const v = key === 'name' ? (raw.name ?? raw.title) : raw.type;
  return typeof v === 'string' ? [...v.slice(0, 200).trim()].slice(0, 40).join('') : '';
}

/** Enough to say how bad a file is; checking a million broken records would take minutes. */
export const MAX_COUNTED_PROBLEMS = 1000;

type RecordDamage = Extract<Damage, { reasonKey: 'record' | 'recordType' }>;

function validRecords(fileName: string, raw: readonly unknown[]): AnyRecord[] {
  const records: AnyRecord[] = [];
  let first: RecordDamage | null = null;
  let count = 0;
  for (let i = 0; i < raw.length; i++) {
    const item = raw[i];
    const r = anyRecordSchema.safeParse(item);
    if (r.success) {
      records.push(r.data);
      continue;
    }
    count += 1;
    if (!first) {
      const issue = r.error.issues[0];
      const unknownKind = !isObject(item) || (issue?.path.length === 1 && issue.path[0] === 'type');
      first = unknownKind
        ? { reasonKey: 'recordType', index: i + 1, recordType: labelOf(item, 'type'), count: 0 }
        : { reasonKey: 'record', index: i + 1, recordType: labelOf(item, 'type'), recordName: labelOf(item, 'name'), field: fieldOf(issue?.path ?? []), count: 0 };
    }
    if (count === MAX_COUNTED_PROBLEMS && i < raw.length - 1) throw damaged(fileName, { ...first, count, atLeast: 1 });
  }
  if (first) throw damaged(fileName, { ...first, count });
  return records;
}

function referenceDamage(issues: ReferenceIssue[], records: readonly AnyRecord[]): Damage {
  const count = issues.length;
  const issue = issues[0]!;
  switch (issue.kind) {
    case 'duplicateId':
      return { reasonKey: 'duplicateId', id: [...issue.id].slice(0, 40).join(''), count };
    case 'missingTarget':
      return {
        reasonKey: 'reference',
        index: records.indexOf(issue.from) + 1,
        recordType: issue.from.type,
        recordName: labelOf(issue.from, 'name'),
        field: issue.field,
        expected: issue.expected,
        count,
      };
    case 'settingsCount':
      return { reasonKey: 'settings', found: issue.found };
  }
}

/**
 * A timer still running when the file was written would, opened days later, show days overrun:
 * the workshop arrives with it paused at the time it showed when the file was written.
 */
export function pauseTimerAt(records: readonly AnyRecord[], exportedAt: string): AnyRecord[] {
  const at = Date.parse(exportedAt);
  return records.map((r) => {
    if (r.type !== 'settings' || r.timer.runningSince === null) return r;
    const elapsed = r.timer.elapsed + Math.max(0, at - r.timer.runningSince);
    return { ...r, timer: { ...r.timer, runningSince: null, elapsed } };
  });
}
