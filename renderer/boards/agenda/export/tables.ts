import type { BoardExport } from '../../../../shared/export/board';

/** The CSV tables the agenda board owns. */
export const agendaTables: BoardExport['tables'] = {};
