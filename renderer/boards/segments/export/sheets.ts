import type { BookContext } from '../../../../shared/export/book';

/** The segments board's sheets. */
export function segmentsSheets(_book: BookContext): void {
  // Written by the workbook's implementation (issue 9).
}
