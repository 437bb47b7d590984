import type { BoardExport } from '../../../../shared/export/board';

/** The CSV tables the segments board owns. */
export const segmentsTables: BoardExport['tables'] = {};
