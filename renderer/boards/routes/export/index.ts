import type { BoardExport } from '../../../../shared/export/board';
import { routesSheets } from './sheets';
import { routesSlides } from './slides';
import { routesTables } from './tables';

/** The routes board's part of the deck, the workbook and the CSV tables. */
export const routesExport: BoardExport = { board: 'routes', slides: routesSlides, sheets: routesSheets, tables: routesTables };
