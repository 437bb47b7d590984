import type { BookContext } from '../../../../shared/export/book';

/** The method board's sheets. */
export function methodSheets(_book: BookContext): void {
  // Written by the workbook's implementation (issue 9).
}
