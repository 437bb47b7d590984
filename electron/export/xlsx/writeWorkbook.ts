import { AppError } from '../../../shared/errors';
import type { ExportInput } from '../../../shared/export/input';
import type { ExportJob } from '../jobs';

/** The workshop as a workbook (exceljs): every board's sheets, with live formulas. */
export async function writeWorkbook(_input: ExportInput, _job: ExportJob): Promise<Buffer> {
  throw new AppError('export_failed', 'The workbook writer is being built', { reason: 'not available yet' });
}
