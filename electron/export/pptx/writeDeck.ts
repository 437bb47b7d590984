import { AppError } from '../../../shared/errors';
import type { ExportInput } from '../../../shared/export/input';
import type { ExportJob } from '../jobs';

/** The workshop as an editable 16:9 deck (pptxgenjs): title, agenda, then every board's slides. */
export async function writeDeck(_input: ExportInput, _job: ExportJob): Promise<Buffer> {
  throw new AppError('export_failed', 'The deck writer is being built', { reason: 'not available yet' });
}
