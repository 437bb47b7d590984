import type { BoardExport } from '../../../../shared/export/board';
import { agendaSheets } from './sheets';
import { agendaSlides } from './slides';
import { agendaTables } from './tables';

/** The agenda board's part of the deck, the workbook and the CSV tables. */
export const agendaExport: BoardExport = { board: 'agenda', slides: agendaSlides, sheets: agendaSheets, tables: agendaTables };
