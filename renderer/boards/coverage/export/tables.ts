import type { BoardExport } from '../../../../shared/export/board';

/** The CSV tables the coverage board owns. */
export const coverageTables: BoardExport['tables'] = {};
