import { create } from 'zustand';

/** The export running in this window (one at a time), as the progress panel shows it. */
export interface RunningExport {
  jobId: string;
  /** What is being made, in words ("PowerPoint (.pptx)"). */
  label: string;
  done: number;
  /** 0 until the service reports how many steps there are. */
  total: number;
  /** Shown only once the export takes longer than half a second. */
  visible: boolean;
  cancelling: boolean;
}

interface ExportJobState {
  job: RunningExport | null;
  /** Bumped by Ctrl/Cmd+E and the desktop menu's "Export…": the top bar's menu opens. */
  menuRequest: number;
  begin(jobId: string, label: string): void;
  show(jobId: string): void;
  progress(jobId: string, done: number, total: number): void;
  cancelling(jobId: string): void;
  end(jobId: string): void;
  requestMenu(): void;
}

/** View state of this window (not workshop data): which export is running and how far it is. */
export const useExportJob = create<ExportJobState>((set, get) => {
  const update = (jobId: string, patch: Partial<RunningExport>) => {
    const job = get().job;
    if (job?.jobId === jobId) set({ job: { ...job, ...patch } });
  };
  return {
    job: null,
    menuRequest: 0,
    begin: (jobId, label) => set({ job: { jobId, label, done: 0, total: 0, visible: false, cancelling: false } }),
    show: (jobId) => update(jobId, { visible: true }),
    progress: (jobId, done, total) => update(jobId, { done, total }),
    cancelling: (jobId) => update(jobId, { cancelling: true }),
    end: (jobId) => {
      if (get().job?.jobId === jobId) set({ job: null });
    },
    requestMenu: () => set({ menuRequest: get().menuRequest + 1 }),
  };
});
