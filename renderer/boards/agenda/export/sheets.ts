import type { BookContext } from '../../../../shared/export/book';

/** The agenda board's sheets. */
export function agendaSheets(_book: BookContext): void {
  // Written by the workbook's implementation (issue 9).
}
