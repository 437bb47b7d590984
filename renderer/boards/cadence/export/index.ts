import type { BoardExport } from '../../../../shared/export/board';
import { cadenceSheets } from './sheets';
import { cadenceSlides } from './slides';
import { cadenceTables } from './tables';

/** The cadence board's part of the deck, the workbook and the CSV tables. */
export const cadenceExport: BoardExport = { board: 'cadence', slides: cadenceSlides, sheets: cadenceSheets, tables: cadenceTables };
