import { addMinutes } from '../../../../shared/commands/agenda';
import type { ExportInput } from '../../../../shared/export/input';
import type { AgendaItem } from '../../../../shared/records';

export interface AgendaRowFigures {
  item: AgendaItem;
  /** "HH:MM" the block ends. */
  end: string;
}

export interface AgendaFigures {
  rows: AgendaRowFigures[];
  /** The day's first start and last end; null for an empty agenda. */
  start: string | null;
  end: string | null;
  /** Minutes of all blocks. */
  minutes: number;
}

/** The agenda as the board shows it: blocks in order with their times. */
export function agendaFigures(input: ExportInput): AgendaFigures {
  const rows = input.records.agendaItem.map((item) => ({ item, end: addMinutes(item.start, item.duration) }));
  return {
    rows,
    start: rows[0]?.item.start ?? null,
    end: rows[rows.length - 1]?.end ?? null,
    minutes: rows.reduce((m, r) => m + r.item.duration, 0),
  };
}
