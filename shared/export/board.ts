import type { BoardId } from '../records';
import type { BookContext, CsvTableData } from './book';
import type { DeckContext } from './deck';
import type { CsvTable } from './formats';
import type { ExportInput } from './input';

/**
 * Everything a board contributes to the files, declared next to the board's code
 * (renderer/boards/<board>/export/index.ts) and listed once in renderer/boards/exports.ts: its
 * slides in the deck, its sheets in the workbook and the CSV tables it owns. Its section of the
 * printed report is the Report component in the same folder. A new board adds one folder.
 */
export interface BoardExport {
  /** A board, or the room's facilitation work (votes, notes, parking lot, breakout proposals). */
  board: BoardId | 'facilitation';
  slides(deck: DeckContext): void | Promise<void>;
  sheets(book: BookContext): void | Promise<void>;
  /** The CSV tables this board owns (each table is owned by exactly one board). */
  tables: Partial<Record<CsvTable, (input: ExportInput) => CsvTableData>>;
}
