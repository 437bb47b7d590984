import { AppError } from '../../../shared/errors';
import type { ExportInput } from '../../../shared/export/input';
import type { ExportJob } from '../jobs';

/** The whole workshop as a versioned .salesmap file (JSON, the same zod records). */
export async function writeWorkshopFile(_input: ExportInput, _job: ExportJob): Promise<Buffer> {
  throw new AppError('export_failed', 'The workshop file writer is being built', { reason: 'not available yet' });
}
