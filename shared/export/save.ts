import { z } from 'zod';

/**
 * Saving what an export produced, in the desktop app: the renderer hands the service's bytes (or,
 * for the report, the page it shows) to the main process, which asks where with a native save
 * dialog and writes the file whole. The browser host downloads instead and needs none of this.
 */

/** The printed report's file type: the PDF Electron's print engine makes of the report view. */
export const REPORT_EXTENSION = '.pdf';
export const REPORT_MIME = 'application/pdf';

const fileNameSchema = z.string().trim().min(1).max(500);

/** A file the service built, to be saved where the user says (shared/api.ts ExportedFile). */
export const saveFileInputSchema = z.object({
  fileName: fileNameSchema,
  dataBase64: z.string().max(200_000_000),
});
export type SaveFileInput = z.infer<typeof saveFileInputSchema>;

/** The calling window's report view, printed to a PDF under this default name. */
export const saveReportInputSchema = z.object({ fileName: fileNameSchema });
export type SaveReportInput = z.infer<typeof saveReportInputSchema>;

/** What the save dialog did: the file is at `path`, or the user closed the dialog (nothing written). */
export type SaveResult = { saved: true; path: string } | { saved: false };
