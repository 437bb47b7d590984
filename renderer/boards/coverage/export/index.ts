import type { BoardExport } from '../../../../shared/export/board';
import { coverageSheets } from './sheets';
import { coverageSlides } from './slides';
import { coverageTables } from './tables';

/** The coverage board's part of the deck, the workbook and the CSV tables. */
export const coverageExport: BoardExport = { board: 'coverage', slides: coverageSlides, sheets: coverageSheets, tables: coverageTables };
