import type { TableData } from '../../shared/api';
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
export async function readTable(fileName: string, bytes: Uint8Array): Promise<TableData> {
  if (sniffFormat(fileName, bytes) === 'xlsx') {
    const { grid, sheet } = await readWorkbook(fileName, bytes);
    return tidyTable(fileName, 'xlsx', sheet, grid);
  }
  const { grid, encoding } = readDelimited(fileName, bytes);
  // A workbook stores no empty cells, so only a text file's lines say how many cells a row had.
  return tidyTable(fileName, encoding, null, grid, true);
}
