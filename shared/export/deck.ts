import type PptxGenJS from 'pptxgenjs';
import type { ExportInput } from './input';
import type { ExportJob } from './job';

/**
 * What a board's slides are drawn on (renderer/boards/<board>/export/slides.ts). The service's
 * deck writer (electron/export/pptx/) makes it: the presentation, its layout and master, and
 * the workshop's data.
 */
export interface DeckContext {
  input: ExportInput;
  pptx: PptxGenJS;
  job: ExportJob;
}
