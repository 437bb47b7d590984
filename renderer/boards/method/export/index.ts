import type { BoardExport } from '../../../../shared/export/board';
import { methodSheets } from './sheets';
import { methodSlides } from './slides';
import { methodTables } from './tables';

/** The method board's part of the deck, the workbook and the CSV tables. */
export const methodExport: BoardExport = { board: 'method', slides: methodSlides, sheets: methodSheets, tables: methodTables };
