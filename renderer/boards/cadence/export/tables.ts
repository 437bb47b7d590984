import type { BoardExport } from '../../../../shared/export/board';

/** The CSV tables the cadence board owns (none: its sheets carry the content). */
export const cadenceTables: BoardExport['tables'] = {};
