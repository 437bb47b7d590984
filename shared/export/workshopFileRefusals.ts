import { AppError } from '../errors';

/**
 * Why a workshop file cannot be opened, as data: `reasonKey` and its values reach the renderer,
 * which words them in the user's language (library:openFile.damage.<reasonKey>); `reason` is
 * the same in plain English for logs and for a host without translations. Never a zod dump, and
 * never the offending value itself (it may be megabytes long).
 */
export type Damage =
  | { reasonKey: 'empty' }
  | { reasonKey: 'truncated' }
  | { reasonKey: 'syntax'; line: number; column: number }
  | { reasonKey: 'unreadable' }
  | { reasonKey: 'version'; field: string }
  | { reasonKey: 'forbiddenKey'; key: string }
  | { reasonKey: 'migration'; version: string }
  | { reasonKey: 'header'; field: string }
  | { reasonKey: 'noRecords' }
  | { reasonKey: 'recordType'; index: number; recordType: string; count: number; atLeast?: 1 }
  | { reasonKey: 'record'; index: number; recordType: string; recordName: string; field: string; count: number; atLeast?: 1 }
  | { reasonKey: 'duplicateId'; id: string; count: number }
  | { reasonKey: 'reference'; index: number; recordType: string; recordName: string; field: string; expected: string; count: number }
  | { reasonKey: 'settings'; found: number };

/** Record kinds in words (the renderer has its own, translated). */
const KINDS: Record<string, string> = {
  agendaItem: 'agenda item',
  segment: 'segment',
  account: 'account',
  motion: 'coverage motion',
  scenario: 'coverage plan',
  coverage: 'coverage entry',
  offering: 'offering',
  route: 'route',
  placement: 'route placement',
  cellRule: 'cell rule',
  stage: 'sales stage',
  settings: 'settings record',
};
const kind = (type: string) => {
  const word = KINDS[type] ?? 'record';
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
};
/** `atLeast`: the check stopped counting (a file of a million broken records would take minutes). */
const more = (count: number, atLeast?: 1) =>
  count > 1 ? ` (and ${atLeast ? 'at least ' : ''}${count - 1} more problem${count > 2 ? 's' : ''})` : '';
const named = (name: string) => (name ? ` “${name}”` : '');

export function damageText(d: Damage): string {
  switch (d.reasonKey) {
    case 'empty':
      return 'the file is empty';
    case 'truncated':
      return 'the file ends too early; it may have been cut off while it was copied or saved';
    case 'syntax':
      return `the text is broken at line ${d.line}, column ${d.column}; it may have been edited by hand`;
    case 'unreadable':
      return 'its contents are not a workshop; the file may have been overwritten';
    case 'version':
      return `its version number (${d.field}) is missing or not a whole number`;
    case 'forbiddenKey':
      return `it contains a field named “${d.key}”, which Salesmap never writes`;
    case 'migration':
      return `it could not be brought up to date from file format ${d.version}`;
    case 'header':
      return `the workshop's ${d.field} is missing or not valid`;
    case 'noRecords':
      return 'the list of records is missing';
    case 'recordType':
      return `record ${d.index} is of an unknown kind (${d.recordType || 'none'})${more(d.count, d.atLeast)}`;
    case 'record':
      return `record ${d.index} (${kind(d.recordType)}${named(d.recordName)}) has a value that is missing or not valid in ${d.field}${more(d.count, d.atLeast)}`;
    case 'duplicateId':
      return `two records have the same id (${d.id})${more(d.count)}`;
    case 'reference':
      return `record ${d.index} (${kind(d.recordType)}${named(d.recordName)}) refers in ${d.field} to ${kind(d.expected)} that is not in the file${more(d.count)}`;
    case 'settings':
      return `a workshop has exactly one settings record; this file has ${d.found}`;
  }
}

export function damaged(file: string, d: Damage): AppError {
  const reason = damageText(d);
  return new AppError('damaged_workshop_file', `${file} is damaged and cannot be opened: ${reason}`, { file, reason, ...d });
}

export function notWorkshopFile(file: string): AppError {
  return new AppError('not_workshop_file', `${file} is not a Salesmap workshop file`, { file });
}

/** `version` as messages show it: "<formatVersion>.<schemaVersion>". */
export function futureWorkshopFile(file: string, version: string, latest: string): AppError {
  return new AppError(
    'future_workshop_file',
    `${file} was saved by a newer version of Salesmap (file format ${version}; this version reads up to ${latest})`,
    { file, version, latest },
  );
}
