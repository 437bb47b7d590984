import type { BoardExport } from '../../shared/export/board';
import { agendaExport } from './agenda/export';
import { cadenceExport } from './cadence/export';
import { facilitationExport } from '../facilitation/export';
import { coverageExport } from './coverage/export';
import { methodExport } from './method/export';
import { opportunitiesExport } from './opportunities/export';
import { routesExport } from './routes/export';
import { segmentsExport } from './segments/export';

/**
 * Every board's exports, in workshop order: the deck's slides, the workbook's sheets and the
 * CSV tables follow this list. The service imports it (the only renderer module it may: see
 * eslint.config.js); a new board adds its export folder and one line here.
 */
export const BOARD_EXPORTS: readonly BoardExport[] = [agendaExport, segmentsExport, coverageExport, routesExport, methodExport, opportunitiesExport, cadenceExport, facilitationExport];
