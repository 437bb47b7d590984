import type { BoardExport } from '../../../../shared/export/board';
import { segmentsSheets } from './sheets';
import { segmentsSlides } from './slides';
import { segmentsTables } from './tables';

/** The segments board's part of the deck, the workbook and the CSV tables. */
export const segmentsExport: BoardExport = { board: 'segments', slides: segmentsSlides, sheets: segmentsSheets, tables: segmentsTables };
