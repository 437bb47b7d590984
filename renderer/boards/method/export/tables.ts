import type { BoardExport } from '../../../../shared/export/board';

/** The CSV tables the method board owns. */
export const methodTables: BoardExport['tables'] = {};
