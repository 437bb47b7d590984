import type { BookContext } from '../../../../shared/export/book';

/** The coverage board's sheets. */
export function coverageSheets(_book: BookContext): void {
  // Written by the workbook's implementation (issue 9).
}
