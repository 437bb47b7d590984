import type { ExportInput } from '../../../shared/export/input';
import { workshopFileOf, workshopFileText } from '../../../shared/export/workshopFile';
import type { ExportJob } from '../jobs';

/**
 * The whole workshop as a .salesmap file: its records as they are (no undo history), in the
 * versioned envelope of shared/export/workshopFile.ts, as UTF-8 JSON without a BOM. Plain text,
 * not gzip: a consultant can open it in any editor, and 10,000 accounts make about 3 MB.
 */
export async function writeWorkshopFile(input: ExportInput, job: ExportJob, appVersion: string): Promise<Buffer> {
  job.plan(1);
  const data = Buffer.from(workshopFileText(workshopFileOf(input, appVersion)), 'utf8');
  await job.step();
  return data;
}
