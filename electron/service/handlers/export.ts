import type { ExportedFile } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { exportFileName } from '../../../shared/export/fileName';
import { EXTENSIONS, MIME_TYPES, type FileFormat } from '../../../shared/export/formats';
import { exportInput, type ExportInput } from '../../../shared/export/input';
import { writeCsv } from '../../export/csv/writeCsv';
import { ExportJobs } from '../../export/jobs';
import { writeDeck } from '../../export/pptx/writeDeck';
import { translator } from '../../export/translate';
import { importWorkshopFile } from '../../export/workshopFile/importWorkshopFile';
import { writeWorkshopFile } from '../../export/workshopFile/writeWorkshopFile';
import { writeWorkbook } from '../../export/xlsx/writeWorkbook';
import type { HandlerGroup } from '../context';

/**
 * The files a workshop leaves the room as, one method per format. Each is built from the records
 * as they are when the export starts (a snapshot: changes made meanwhile wait for the next
 * export) and returned whole; the host saves it, so a failed or cancelled export writes nothing.
 */
export const exportHandlers: HandlerGroup<
  'exportPptx' | 'exportXlsx' | 'exportCsv' | 'exportWorkshopFile' | 'cancelExport' | 'importWorkshopFile'
> = (ctx) => {
  const jobs = new ExportJobs(ctx.bus, ctx.now);

  const inputFor = (workshopId: string): ExportInput => {
    const { store, changes } = ctx.library();
    const workshop = store.workshops.get(workshopId);
    if (!workshop) throw new AppError('not_found', `No workshop with id ${workshopId}`, { id: workshopId });
    return exportInput({
      workshop,
      records: [...changes.records(workshopId).values()],
      at: new Date(ctx.now()),
      t: translator(workshop.language),
    });
  };

  const file = (input: ExportInput, format: FileFormat, data: Buffer, part?: string): ExportedFile => ({
    fileName: exportFileName({ workshopName: input.workshop.name, at: input.at, extension: EXTENSIONS[format], ...(part ? { part } : {}) }),
    mime: MIME_TYPES[format],
    bytes: data.length,
    dataBase64: data.toString('base64'),
  });

  return {
    exportPptx: ({ workshopId, jobId }) => {
      const input = inputFor(workshopId);
      return jobs.run(jobId, async (job) => file(input, 'pptx', await writeDeck(input, job)));
    },
    exportXlsx: ({ workshopId, jobId }) => {
      const input = inputFor(workshopId);
      return jobs.run(jobId, async (job) => file(input, 'xlsx', await writeWorkbook(input, job)));
    },
    exportCsv: ({ workshopId, table, jobId }) => {
      const input = inputFor(workshopId);
      return jobs.run(jobId, async (job) => file(input, 'csv', await writeCsv(input, table, job), input.t(`common:export.csvTables.${table}`)));
    },
    exportWorkshopFile: ({ workshopId, jobId }) => {
      const input = inputFor(workshopId);
      return jobs.run(jobId, async (job) => file(input, 'salesmap', await writeWorkshopFile(input, job, ctx.options.appVersion)));
    },
    cancelExport: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    importWorkshopFile: (args) => importWorkshopFile(ctx, args),
  };
};
