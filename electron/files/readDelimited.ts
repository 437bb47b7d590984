import Papa from 'papaparse';
import { decodeText, type TextEncoding } from './decodeText';
import { refuse } from './sniff';
import type { Grid } from './tidyTable';

/**
 * CSV and text exports: comma (Excel), semicolon (Excel where the decimal mark is a comma), tab
 * (Excel's "Text", "Unicode text", most CRM ".xls" exports), pipe. Quoted cells may hold commas,
 * quotes ("") and line breaks (Alt+Enter in Excel).
 */
const DELIMITERS = [',', '\t', ';', '|'];

/**
 * The delimiter is the one that splits the first lines into the same number of cells most
 * often: Papa's guess on a preview without blank lines (a blank line would spoil its average),
 * limited to delimiters spreadsheets write. A .tsv is always tabs.
 */
function guessDelimiter(fileName: string, text: string): string {
  if (fileName.toLowerCase().endsWith('.tsv')) return '\t';
  const preview = Papa.parse<string[]>(text, { preview: 50, skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS });
  return DELIMITERS.includes(preview.meta.delimiter) ? preview.meta.delimiter : ',';
}

export function readDelimited(fileName: string, bytes: Uint8Array, forcedEncoding?: TextEncoding): { grid: Grid; encoding: TextEncoding } {
  const { text, encoding } = decodeText(bytes, forcedEncoding);
  // Blank lines are kept here (and dropped later) so that every row keeps its row number.
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(fileName, text), skipEmptyLines: false });
  // An unclosed quote swallows the rest of the file into one cell: nothing after it can be trusted.
  const fatal = parsed.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
  if (fatal) {
    const row = (fatal.row ?? 0) + 1;
    throw refuse(fileName, 'malformed', `row ${row}: ${fatal.message}`, { row });
  }
  // Record i is spreadsheet row i + 1 (a quoted line break does not start a new row).
  return { grid: parsed.data.map((cells, i) => ({ number: i + 1, cells })), encoding };
}
