import type { BoardExport } from '../../../shared/export/board';

/** The room's work has no CSV table of its own: the workbook's sheets carry it. */
export const facilitationTables: BoardExport['tables'] = {};
