import { FIELD_SPECS, type ImportField } from './fields';
import { detectFields } from './headers';
import { parseNumberCell } from './numbers';
import { countUnitInHeader, moneyUnitInHeader, PEOPLE, STORED_MONEY_UNIT, type Unit } from './units';

/** A table as the import reads it (TableData from the service has this shape). */
export interface SourceTable {
  headers: string[];
  rows: string[][];
  /** The file's row number of each row (what Excel shows at the left); defaults to index + 2. */
  rowNumbers?: number[];
  /** How many cells each row had in the file, where the file says (text files); see short_row. */
  cellCounts?: number[];
}

/** What one column of the file becomes. */
export interface ColumnMapping {
  /** null: the column is not imported. */
  field: ImportField | null;
  /** For money and count fields: what the column's plain numbers mean. */
  unit: Unit | null;
  /** Where the unit came from, so the dialog can ask to check a guess. */
  unitFrom: 'header' | 'values' | 'default' | 'user' | null;
}

export type Mapping = ColumnMapping[];

/** How many rows are looked at to guess a unit from the values. */
const SAMPLE_ROWS = 200;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/**
 * The unit of a money column with no unit in its header: ¥ M (the app's unit), unless the values
 * are far too large for millions (a median above ¥ 100,000 M = ¥ 100 B per customer), which
 * means the list is in plain yuan. A guess is marked, so the dialog asks to check it.
 */
function guessMoneyUnit(table: SourceTable, column: number): Pick<ColumnMapping, 'unit' | 'unitFrom'> {
  const values: number[] = [];
  for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
    const cell = parseNumberCell(row[column] ?? '');
    if (cell.kind === 'number' && cell.exp === null) values.push(cell.value);
  }
  if (values.length && median(values) >= 1e5) return { unit: { currency: 'CNY', exp: 0 }, unitFrom: 'values' };
  return { unit: STORED_MONEY_UNIT, unitFrom: 'default' };
}

/** The mapping of one column to a field, with the unit its header names (or a guess). */
export function mapColumn(table: SourceTable, column: number, field: ImportField | null): ColumnMapping {
  if (field === null) return { field: null, unit: null, unitFrom: null };
  const header = table.headers[column] ?? '';
  const kind = FIELD_SPECS[field].kind;
  if (kind === 'money') {
    const unit = moneyUnitInHeader(header);
    return unit ? { field, unit, unitFrom: 'header' } : { field, ...guessMoneyUnit(table, column) };
  }
  if (kind === 'count') {
    const unit = countUnitInHeader(header);
    return unit ? { field, unit, unitFrom: 'header' } : { field, unit: PEOPLE, unitFrom: 'default' };
  }
  return { field, unit: null, unitFrom: null };
}

/** The mapping the dialog starts with: fields from the headers, units from headers or values. */
export function detectMapping(table: SourceTable): Mapping {
  return detectFields(table.headers).map((field, column) => mapColumn(table, column, field));
}

/**
 * Sets one column's field; a field lives in one column only, so a column that had it is
 * released (as choosing a column twice in Excel's import wizard would be a mistake).
 */
export function withField(table: SourceTable, mapping: Mapping, column: number, field: ImportField | null): Mapping {
  return mapping.map((m, i) => {
    if (i === column) return mapColumn(table, i, field);
    if (field !== null && m.field === field) return mapColumn(table, i, null);
    return m;
  });
}

export function withUnit(mapping: Mapping, column: number, unit: Unit): Mapping {
  return mapping.map((m, i) => (i === column && m.field !== null ? { ...m, unit, unitFrom: 'user' as const } : m));
}

export function hasNameColumn(mapping: Mapping): boolean {
  return mapping.some((m) => m.field === 'name');
}
