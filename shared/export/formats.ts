import { z } from 'zod';

/**
 * What the consultant takes home. Each file format is one service method on the API contract
 * (shared/api.ts); the PDF report is printed from the renderer's report view instead, because the
 * browser's (or Electron's) print engine lays out the same view the room saw.
 */
export const FILE_FORMATS = ['pptx', 'xlsx', 'csv', 'salesmap'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** The tables a CSV export can hold: one file per table (CSV has no sheets). */
export const csvTableSchema = z.enum(['accounts', 'segments', 'coverage', 'routes', 'opportunities', 'pipeline', 'assessments', 'plans', 'cadence']);
export type CsvTable = z.infer<typeof csvTableSchema>;
export const CSV_TABLES: readonly CsvTable[] = csvTableSchema.options;

export const MIME_TYPES: Record<FileFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  salesmap: 'application/json',
};

export const EXTENSIONS: Record<FileFormat, string> = {
  pptx: '.pptx',
  xlsx: '.xlsx',
  csv: '.csv',
  salesmap: '.salesmap',
};
