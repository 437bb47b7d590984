import type { ApiInput, TableData } from '../../shared/api';

/** The user's corrections of what was guessed: encoding, sheet, header row. */
export type ReadOptions = NonNullable<ApiInput<'readTable'>['options']>;
import { readDelimited } from './readDelimited';
import { readWorkbook } from './readWorkbook';
import { sniffFormat } from './sniff';
import { tidyTable } from './tidyTable';

export { MAX_COLUMNS, MAX_ROWS } from './tidyTable';

/**
 * Reads a customer list the user picked into text cells. Nothing is stored: the import dialog
 * maps the columns, and only `account.import` writes. Every refusal is an `import_failed` error
 * with a `reason` (empty, malformed, xls, html, too_many_rows…) the dialog explains.
 */
export async function readTable(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<TableData> {
  if (sniffFormat(fileName, bytes) === 'xlsx') {
    const { grid, sheet, sheets } = await readWorkbook(fileName, bytes, options.sheet);
    return tidyTable(fileName, 'xlsx', sheet, grid, { sheets, headerRow: options.headerRow });
  }
  const { grid, encoding } = readDelimited(fileName, bytes, options.encoding);
  // A workbook stores no empty cells, so only a text file's lines say how many cells a row had.
  return tidyTable(fileName, encoding, null, grid, { counted: true, headerRow: options.headerRow });
}
