import type { BookContext } from '../../../../shared/export/book';

/** The routes board's sheets. */
export function routesSheets(_book: BookContext): void {
  // Written by the workbook's implementation (issue 9).
}
