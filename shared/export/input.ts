import { sortByOrder, type Ordered } from '../order';
import { RECORD_TYPES, SETTINGS_ID, type AnyRecord, type RecordOf, type RecordType, type Settings } from '../records';
import type { Language, WorkshopInfo } from '../workshop';

/**
 * Looks a string up in the translations, in a fixed language: "segments:units.money" with its
 * values. Exports speak the workshop's language, whatever the interface language is.
 */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Every record of a workshop by type, ordered types in board order. */
export type RecordLists = { [T in RecordType]: RecordOf<T>[] };

/**
 * What every export (slides, sheets, CSV tables, the report view) is built from: the workshop's
 * records as they are now, in one language, at one moment. The figures come from shared/calc,
 * exactly as on the boards.
 */
export interface ExportInput {
  workshop: WorkshopInfo;
  language: Language;
  /** When the export was made: the date on the title slide, the footer and the file name. */
  at: Date;
  records: RecordLists;
  settings: Settings | null;
  t: Translate;
}

/** Groups records by type; those with an order key are sorted by it (accounts: within columns too). */
export function recordLists(records: Iterable<AnyRecord>): RecordLists {
  const out = Object.fromEntries(RECORD_TYPES.map((t) => [t, [] as AnyRecord[]])) as Record<RecordType, AnyRecord[]>;
  for (const r of records) (out[r.type] ??= []).push(r);
  for (const type of Object.keys(out) as RecordType[]) {
    const list = out[type];
    if (list.length > 0 && 'order' in list[0]!) out[type] = sortByOrder(list as unknown as Ordered[]) as unknown as AnyRecord[];
  }
  return out as unknown as RecordLists;
}

export function exportInput(opts: {
  workshop: WorkshopInfo;
  records: Iterable<AnyRecord>;
  at: Date;
  t: Translate;
}): ExportInput {
  const records = recordLists(opts.records);
  return {
    workshop: opts.workshop,
    language: opts.workshop.language,
    at: opts.at,
    records,
    settings: records.settings.find((s) => s.id === SETTINGS_ID) ?? null,
    t: opts.t,
  };
}
