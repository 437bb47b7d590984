import { FIELD_SPECS, MAX_EMPLOYEES, MAX_MONEY, type ImportField, type ImportedAccount } from './fields';
import type { Mapping, SourceTable } from './mapping';
import { isExcelError, parseNumberCell, type NumberProblem } from './numbers';
import { cleanLine, cleanText, columnLetter, nameKey } from './text';
import type { Unit } from './units';

/**
 * From a read table and a mapping to the accounts to import and a report of every problem, by
 * row and column, in codes the dialog words in the user's language. Pure: the dialog re-runs it
 * as the user fixes the mapping; the `account.import` command validates the result again.
 */
export type ProblemCode =
  | NumberProblem
  | 'name_missing'
  | 'too_long'
  | 'too_large'
  | 'total_row'
  | 'duplicate_in_file'
  | 'already_on_board'
  | 'rounded'
  | 'short_row';

export interface RowProblem {
  /** The file's row number (as Excel shows it). */
  row: number;
  /** Column index in the table, and its header (or letter, when the header is blank). */
  column: number;
  header: string;
  field: ImportField;
  code: ProblemCode;
  /** The cell as the file has it. */
  value: string;
  /** Which customer the row is: its name cell, or its first non-empty cell when it has none. */
  customer: string;
  /** skip: the row is not imported; warning: it is, and the user should know. */
  severity: 'skip' | 'warning';
  /** The user chose to import this customer with the field left blank (the problem stays listed). */
  blanked?: boolean;
  params?: Record<string, string | number>;
}

export interface PreparedRow {
  row: number;
  /** The values as they will be stored (null fields left out); null when the row has no name. */
  account: ImportedAccount | null;
  skipped: boolean;
}

export interface ImportPlan {
  /** What `account.import` gets: the good rows, in file order. */
  accounts: ImportedAccount[];
  rows: PreparedRow[];
  problems: RowProblem[];
  skippedRows: number;
  /** Rows imported with a warning. */
  warnedRows: number;
}

export interface ImportOptions {
  /** Yuan per US dollar, for columns in $ (the app stores ¥ M). */
  usdRate: number;
  /** nameKey()s of the accounts already on the board. */
  existingNames?: ReadonlySet<string>;
  /** Leave out rows whose customer is already on the board (importing a list twice). */
  skipExisting?: boolean;
  /** Import rows shorter than the header (their missing cells empty) instead of skipping them. */
  importShortRows?: boolean;
  /**
   * Problems to import with the field left blank instead of skipping the customer: keys from
   * `blankKey` (this row's cell) or `blankAllKey` (every row with this problem in this column).
   */
  blank?: ReadonlySet<string>;
}

/** The key that imports one row with one problem cell left blank. */
export const blankKey = (p: Pick<RowProblem, 'row' | 'column'>) => `${p.row}:${p.column}`;
/** The key that imports every row with this problem in this column, the field left blank. */
export const blankAllKey = (p: Pick<RowProblem, 'column' | 'code'>) => `${p.column}:${p.code}`;

/** Whether a problem can be imported as a blank field: any bad value except a missing or bad name. */
export function canBlank(p: Pick<RowProblem, 'field' | 'code'>): boolean {
  return p.field !== 'name' && p.code !== 'short_row';
}

/** A customer list's last line is often a sum; it is not a customer. */
const TOTAL_WORDS = new Set(['合计', '总计', '小计', '汇总', '总和', 'total', 'subtotal', 'grandtotal', 'sum', 'totals']);

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** A number cell in the stored unit (¥ M or people), or the problem with it. */
function convert(
  raw: string,
  field: ImportField,
  unit: Unit | null,
  usdRate: number,
): { value: number | null; problem?: ProblemCode; params?: Record<string, string | number> } {
  const cell = parseNumberCell(raw);
  const kind = FIELD_SPECS[field].kind;
  const max = kind === 'count' ? MAX_EMPLOYEES : MAX_MONEY;
  if (cell.kind === 'blank') return { value: null };
  // "1e400" is a number, only too large for any field: say so, with the field's limit.
  if (cell.kind === 'problem') return { value: null, problem: cell.code, ...(cell.code === 'too_large' ? { params: { max } } : {}) };
  const exp = cell.exp ?? unit?.exp ?? (kind === 'money' ? 6 : 0);
  if (kind === 'count') {
    const people = cell.value * 10 ** exp;
    if (people > MAX_EMPLOYEES) return { value: null, problem: 'too_large', params: { max: MAX_EMPLOYEES } };
    const whole = Math.round(people);
    if (Math.abs(whole - people) > 1e-9) return { value: whole, problem: 'rounded', params: { result: whole } };
    return { value: whole };
  }
  const currency = cell.currency ?? unit?.currency ?? 'CNY';
  const millions = round6(((cell.value * 10 ** exp) / 1e6) * (currency === 'USD' ? usdRate : 1));
  if (millions > MAX_MONEY) return { value: null, problem: 'too_large', params: { max: MAX_MONEY } };
  return { value: millions };
}

/** Columns up to the last named header: trailing blank header cells are not columns a row must fill. */
function headerWidth(headers: readonly string[]): number {
  let width = headers.length;
  while (width > 0 && headers[width - 1]!.trim() === '') width--;
  return width;
}

export function prepareImport(table: SourceTable, mapping: Mapping, options: ImportOptions): ImportPlan {
  const columns = mapping.flatMap((m, column) => (m.field ? [{ column, field: m.field, unit: m.unit, spec: FIELD_SPECS[m.field] }] : []));
  const nameColumn = columns.find((c) => c.field === 'name')?.column ?? -1;
  const headers = table.headers.map((h, column) => h.trim() || columnLetter(column));
  const width = headerWidth(table.headers);
  const firstRowOfName = new Map<string, number>();
  const accounts: ImportedAccount[] = [];
  const rows: PreparedRow[] = [];
  const problems: RowProblem[] = [];
  let skippedRows = 0;
  let warnedRows = 0;

  for (let index = 0; index < table.rows.length; index++) {
    const cells = table.rows[index]!;
    const row = table.rowNumbers?.[index] ?? index + 2;
    const found: RowProblem[] = [];
    const customer = cleanLine((nameColumn >= 0 ? cells[nameColumn] : '') ?? '') || cleanLine(cells.find((c) => c.trim() !== '') ?? '');
    const note = (column: number, field: ImportField, code: ProblemCode, severity: RowProblem['severity'], params?: RowProblem['params']) => {
      const problem: RowProblem = { row, column, header: headers[column] ?? columnLetter(column), field, code, value: cells[column] ?? '', customer, severity, ...(params ? { params } : {}) };
      // A bad value the user chose to leave blank: the customer is imported without it.
      if (severity === 'skip' && canBlank(problem) && (options.blank?.has(blankKey(problem)) || options.blank?.has(blankAllKey(problem)))) {
        problem.severity = 'warning';
        problem.blanked = true;
        account[field] = FIELD_SPECS[field].kind === 'money' || FIELD_SPECS[field].kind === 'count' ? null : '';
      }
      found.push(problem);
    };
    // Only the fields the file has: the command fills the rest with its defaults ('' and null).
    const account: Record<string, string | number | null> = { name: '' };

    // A line with fewer cells than the header (cut short, a note in column A, a record split
    // across lines) is not a customer with empty fields: reported, and skipped unless chosen.
    const cellCount = table.cellCounts?.[index];
    if (cellCount !== undefined && cellCount < width) {
      const label = (nameColumn >= 0 ? cells[nameColumn]?.trim() : '') || cells.find((c) => c.trim() !== '') || '';
      found.push({
        customer,
        row,
        column: Math.max(nameColumn, 0),
        header: headers[Math.max(nameColumn, 0)] ?? columnLetter(0),
        field: 'name',
        code: 'short_row',
        value: label,
        severity: options.importShortRows ? 'warning' : 'skip',
        params: { cells: cellCount, columns: width },
      });
    }

    for (const { column, field, unit, spec } of columns) {
      const raw = cells[column] ?? '';
      if (spec.kind === 'line' || spec.kind === 'text') {
        const text = spec.kind === 'line' ? cleanLine(raw) : cleanText(raw);
        if (isExcelError(text)) note(column, field, 'formula_error', 'skip');
        else if (spec.maxLength && text.length > spec.maxLength) note(column, field, 'too_long', 'skip', { max: spec.maxLength, length: text.length });
        else account[field] = text;
        continue;
      }
      const { value, problem, params } = convert(raw, field, unit, options.usdRate);
      if (value !== null || !problem) account[field] = value;
      if (problem) note(column, field, problem, problem === 'rounded' ? 'warning' : 'skip', params);
    }

    const name = account.name as string;
    const key = name ? nameKey(name) : '';
    if (nameColumn >= 0 && !found.some((p) => p.field === 'name' && p.code !== 'short_row')) {
      if (!name) note(nameColumn, 'name', 'name_missing', 'skip');
      else if (TOTAL_WORDS.has(key.replace(/[:：]/g, ''))) note(nameColumn, 'name', 'total_row', 'skip');
      else if (options.existingNames?.has(key)) note(nameColumn, 'name', 'already_on_board', options.skipExisting ? 'skip' : 'warning');
      else if (firstRowOfName.has(key)) note(nameColumn, 'name', 'duplicate_in_file', 'warning', { first: firstRowOfName.get(key)! });
    }

    const skipped = nameColumn < 0 || found.some((p) => p.severity === 'skip');
    rows.push({ row, account: name ? (account as ImportedAccount) : null, skipped });
    for (const p of found) problems.push(p);
    if (skipped) {
      skippedRows++;
      continue;
    }
    accounts.push(account as ImportedAccount);
    if (found.length) warnedRows++;
    // Only an imported row can be the one a later row duplicates.
    if (!firstRowOfName.has(key)) firstRowOfName.set(key, row);
  }

  return { accounts, rows, problems, skippedRows, warnedRows };
}
