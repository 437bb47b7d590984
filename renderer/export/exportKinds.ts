import type { ExportedFile } from '../../shared/api';
import type { CsvTable } from '../../shared/export/formats';
import { api } from '../api/client';

/** A file the Export menu can make: one service method each (the CSV tables share one). */
export type FileExport = { format: 'pptx' } | { format: 'xlsx' } | { format: 'csv'; table: CsvTable } | { format: 'salesmap' };

/** The service builds the file (from the same records and calculations the boards use); the renderer only saves it. */
export function requestFile(kind: FileExport, workshopId: string, jobId: string): Promise<ExportedFile> {
  switch (kind.format) {
    case 'pptx':
      return api.call('exportPptx', { workshopId, jobId });
    case 'xlsx':
      return api.call('exportXlsx', { workshopId, jobId });
    case 'csv':
      return api.call('exportCsv', { workshopId, jobId, table: kind.table });
    case 'salesmap':
      return api.call('exportWorkshopFile', { workshopId, jobId });
  }
}

/** The menu's words for a file export ("exportMenu.pptx", "exportMenu.csvTables.accounts"). */
export function labelKey(kind: FileExport): string {
  return kind.format === 'csv' ? `exportMenu.csvTables.${kind.table}` : `exportMenu.${kind.format}`;
}
