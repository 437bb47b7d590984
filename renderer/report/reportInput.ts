import { useMemo } from 'react';
import { exportInput, type ExportInput, type Translate } from '../../shared/export/input';
import type { AnyRecord } from '../../shared/records';
import type { Language } from '../../shared/workshop';
import { i18next } from '../i18n';
import { useWorkshop, type RecordsByType } from '../state/workshopStore';

/**
 * Strings in the workshop's language ("namespace:key"), whatever the interface speaks: the report
 * says what the deck and the workbook say (the service binds the same files the same way).
 */
export function translatorFor(language: Language): Translate {
  const t = i18next.getFixedT(language);
  return (key, values) => t(key, values) as string;
}

function* allRecords(records: RecordsByType): Generator<AnyRecord> {
  for (const map of Object.values(records) as ReadonlyMap<string, AnyRecord>[]) yield* map.values();
}

/**
 * The open workshop as the exports see it (ExportInput: records by type, ordered as on the boards,
 * the workshop's language), rebuilt when the records change, so the report follows every window.
 */
export function useReportInput(at: Date): ExportInput | null {
  const workshop = useWorkshop((s) => s.workshop);
  const records = useWorkshop((s) => s.records);
  return useMemo(
    () => (workshop ? exportInput({ workshop, records: allRecords(records), at, t: translatorFor(workshop.language) }) : null),
    [workshop, records, at],
  );
}
