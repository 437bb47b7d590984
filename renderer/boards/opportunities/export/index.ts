import type { BoardExport } from '../../../../shared/export/board';
import { opportunitiesSheets } from './sheets';
import { opportunitiesSlides } from './slides';
import { opportunitiesTables } from './tables';

/** The opportunity board's part of the deck, the workbook and the CSV tables. */
export const opportunitiesExport: BoardExport = { board: 'opportunities', slides: opportunitiesSlides, sheets: opportunitiesSheets, tables: opportunitiesTables };
