/**
 * What a file builder reports to while it works: each step (a slide, a sheet, a table) yields to
 * the event loop, so the service keeps answering (the cancel request among others), sends
 * progress to the windows, and stops the build with `export_cancelled` once cancelled.
 */
export interface ExportJob {
  /** Call once the number of steps is known (it may grow). */
  plan(total: number): void;
  /** One step done. Throws `export_cancelled` if the job was cancelled meanwhile. */
  step(): Promise<void>;
}
