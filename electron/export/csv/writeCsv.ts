import { AppError } from '../../../shared/errors';
import type { CsvTable } from '../../../shared/export/formats';
import type { ExportInput } from '../../../shared/export/input';
import type { ExportJob } from '../jobs';

/** One table as CSV: UTF-8 with BOM, CRLF, formula-like cells neutralised. */
export async function writeCsv(_input: ExportInput, _table: CsvTable, _job: ExportJob): Promise<Buffer> {
  throw new AppError('export_failed', 'The CSV writer is being built', { reason: 'not available yet' });
}
