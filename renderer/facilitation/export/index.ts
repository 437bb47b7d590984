import type { BoardExport } from '../../../shared/export/board';
import { facilitationSheets } from './sheets';
import { facilitationSlides } from './slides';
import { facilitationTables } from './tables';

/** Votes, notes, the parking lot and the breakout groups' proposals in the deck and the workbook. */
export const facilitationExport: BoardExport = { board: 'facilitation', slides: facilitationSlides, sheets: facilitationSheets, tables: facilitationTables };
