import type { BoardExport } from '../../../../shared/export/board';

/** The CSV tables the opportunity board owns (none yet: its sheet carries the list). */
export const opportunitiesTables: BoardExport['tables'] = {};
