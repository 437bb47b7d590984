import type { BoardExport } from '../../../../shared/export/board';

/** The CSV tables the routes board owns. */
export const routesTables: BoardExport['tables'] = {};
