import { z } from 'zod';
import type { Diff } from './diff';
import { API_METHODS, type ApiMethod } from './apiMethods';
import type { AppErrorShape } from './errors';
import type { ChangeEvent, UndoState } from './events';
import type { MenuAction } from './menu';
import type { AnyRecord } from './records';
import { nameSchema } from './records';
import { csvTableSchema } from './export/formats';
import type { SaveFileInput, SaveReportInput, SaveResult } from './export/save';
import { languageSchema, type Language, type WorkshopInfo } from './workshop';
import { presenceSchema, type Presence } from './presence';

/** Encodings a text file can be read as; the import's columns step offers them by name. */
export const TEXT_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/**
 * The one contract between the renderer and the service. Electron's preload and the browser
 * host's HTTP client both implement `SalesmapBridge`; the service implements the handlers.
 * Inputs are validated by these schemas on the service side before anything runs.
 */
const workshopRef = z.object({ workshopId: z.string().min(1) });

/**
 * An export names its job so the renderer can follow its progress (events) and cancel it. The id
 * is the caller's: it knows it before the first progress event can arrive.
 */
const exportRef = workshopRef.extend({ jobId: z.string().min(1).max(100).optional() });

export const apiInputs = {
  appInfo: z.object({}),
  listTemplates: z.object({}),
  listWorkshops: z.object({}),
  createWorkshop: z.object({
    name: nameSchema,
    client: z.string().trim().max(200),
    language: languageSchema,
    templateId: z.string().min(1),
  }),
  openWorkshop: workshopRef.extend({
    /**
     * Have the service check that every stored row is JSON before it sends the snapshot's bytes
     * (a damaged row is then refused by name). The page asks so only when it could not read a
     * snapshot sent without the check (see RecordRows.recordsJson).
     */
    check: z.boolean().optional(),
  }),
  renameWorkshop: workshopRef.extend({ name: nameSchema, client: z.string().trim().max(200).optional() }),
  duplicateWorkshop: workshopRef.extend({ name: nameSchema.optional() }),
  deleteWorkshop: workshopRef,
  dispatch: workshopRef.extend({ command: z.unknown() }),
  undo: workshopRef,
  redo: workshopRef,
  listBackups: z.object({}),
  /** Replaces the library with a backup; the current file is set aside, never deleted. */
  restoreBackup: z.object({ file: z.string().min(1).max(300) }),
  /** Parses a spreadsheet the user picked; nothing is written until `dispatch(account.import)`. */
  readTable: z.object({
    fileName: z.string().min(1).max(500),
    /** The caller's name for this read, so that it can stop it (`cancelRead`) while it runs. */
    readId: z.string().min(1).max(100).optional(),
    /** File bytes, base64 (IPC and HTTP both carry JSON). */
    dataBase64: z.string().max(200_000_000),
    /** The user's corrections when the guesses were wrong: the file is read again with them. */
    options: z
      .object({
        /** A text file's encoding instead of the detected one. */
        encoding: z.enum(TEXT_ENCODINGS).optional(),
        /** A workbook's sheet instead of the first with content. */
        sheet: z.string().min(1).max(300).optional(),
        /** The file row that holds the column names, instead of the one found. */
        headerRow: z.number().int().min(1).max(10_000_000).optional(),
      })
      .strict()
      .optional(),
  }),
  /** Stops a read still running; it answers `read_cancelled` and nothing is kept of it. */
  cancelRead: z.object({ readId: z.string().min(1).max(100) }),
  /** The editable deck: native shapes, tables and charts, in the workshop's language. */
  exportPptx: exportRef,
  /** The workbook: every board's sheets, with live formulas where the board computes. */
  exportXlsx: exportRef,
  /** One table as CSV (UTF-8 with BOM, CRLF), for Excel on any system. */
  exportCsv: exportRef.extend({ table: csvTableSchema }),
  /** The whole workshop as a versioned .salesmap file that opens again on another laptop. */
  exportWorkshopFile: exportRef,
  /** Stops an export still running; its file is never produced. */
  cancelExport: z.object({ jobId: z.string().min(1).max(100) }),
  /** Adds a .salesmap file to the library as a new workshop; nothing is written if it is refused. */
  importWorkshopFile: z.object({
    fileName: z.string().min(1).max(500),
    dataBase64: z.string().max(200_000_000),
  }),
  /** What the facilitator shows of this workshop (board, step, highlight, blank): never undoable. */
  getPresence: workshopRef,
  setPresence: workshopRef.extend({ presence: presenceSchema }),
  /** The read-only token a projector window opens the browser host with (same machine). */
  viewerAccess: z.object({}),
  /** Shares one workshop read-only to the room: a second listener on the LAN address. */
  startSharing: workshopRef.extend({
    /** The room may also cast anonymous ballots from its phones (one per device), nothing else. */
    voting: z.boolean().optional(),
  }),
  /** Closes the room's listener and every connection through it. */
  stopSharing: z.object({}),
  sharingStatus: z.object({}),
} as const satisfies Record<ApiMethod, z.ZodType>;

// Every name in API_METHODS has a schema above, and nothing else does.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const methodsMatch: Exactly<keyof typeof apiInputs, ApiMethod> = true;
void methodsMatch;

export { API_METHODS, type ApiMethod };
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>;
export type ApiArgs<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>;

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' or 'web': shown in About, never used to branch renderer logic. */
  host: 'electron' | 'web';
  dataDir: string;
  schemaVersion: number;
  /** Set when the library cannot be opened (damaged, or from a newer version). */
  libraryError: AppErrorShape | null;
}

export interface TemplateInfo {
  id: string;
  language: Language;
  name: string;
  description: string;
}

export interface WorkshopSnapshot {
  workshop: WorkshopInfo;
  version: number;
  records: AnyRecord[];
  undo: UndoState;
  /**
   * The bytes' snapshot only (callJson): how many stored rows `records` was joined from. Fewer
   * or more records read than this means a damaged row (see renderer/api/snapshotReply.ts).
   */
  recordCount?: number;
}

export interface CommitResult {
  version: number;
  diff: Diff;
  undo: UndoState;
}

export interface BackupInfo {
  file: string;
  createdAt: string;
  bytes: number;
}

/** A spreadsheet read into text cells: the import dialog maps its columns. */
export interface TableData {
  fileName: string;
  /** What the bytes were decoded as ('utf-8', 'gb18030', 'xlsx'). */
  encoding: string;
  /** The worksheet read (the first with content), or null for a text file. */
  sheet: string | null;
  /** Row number of the headers in the file (title rows above it are skipped). */
  headerRow: number;
  headers: string[];
  rows: string[][];
  /** The file's row number of each row, for the validation report ("row 12"). */
  rowNumbers: number[];
  /** How many cells each row has in the file: text files only (a workbook stores no empty cells). */
  cellCounts?: number[];
  /** A workbook's visible sheets, to choose another one (empty for a text file). */
  sheets: string[];
  /** The first rows with content, to choose the header row when the guess was wrong. */
  headerChoices: { row: number; preview: string }[];
}


/** A file the service built; the host saves it (a save dialog in Electron, a download in a browser). */
export interface ExportedFile {
  /** The default name: the workshop's name and the date, safe on every system. */
  fileName: string;
  mime: string;
  bytes: number;
  dataBase64: string;
}

export interface ApiOutputs {
  appInfo: AppInfo;
  listTemplates: TemplateInfo[];
  listWorkshops: WorkshopInfo[];
  createWorkshop: WorkshopInfo;
  openWorkshop: WorkshopSnapshot;
  renameWorkshop: WorkshopInfo;
  duplicateWorkshop: WorkshopInfo;
  deleteWorkshop: { deleted: true };
  dispatch: CommitResult;
  undo: CommitResult;
  redo: CommitResult;
  listBackups: BackupInfo[];
  restoreBackup: { restored: string; setAside: string | null };
  readTable: TableData;
  cancelRead: { cancelled: boolean };
  exportPptx: ExportedFile;
  exportXlsx: ExportedFile;
  exportCsv: ExportedFile;
  exportWorkshopFile: ExportedFile;
  cancelExport: { cancelled: boolean };
  importWorkshopFile: WorkshopInfo;
  getPresence: Presence;
  setPresence: Presence;
  viewerAccess: { token: string };
  startSharing: SharingStatus;
  stopSharing: SharingStatus;
  sharingStatus: SharingStatus;
}

/** Share to the room: off, or on with the address participants open (also as a QR code). */
export type SharingStatus =
  | { on: false }
  | {
      on: true;
      workshopId: string;
      /** The room may cast ballots from its phones. */
      voting: boolean;
      /** The projector view on the LAN address, with the room's read-only token (never the facilitator's). */
      url: string;
      /** The same URL as a QR code (SVG markup). */
      qrSvg: string;
      /** Open connections through the room's listener. */
      connections: number;
    };

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** What the bridge's openWorkshop answers: the envelope, or the envelope as UTF-8 JSON bytes. */
export type SnapshotReply = Envelope<WorkshopSnapshot> | Uint8Array;

/** What `window.salesmap` is in Electron, and what the HTTP client is in a browser. */
export type SalesmapBridge = {
  [M in Exclude<ApiMethod, 'openWorkshop'>]: (args: ApiInput<M>) => Promise<Envelope<ApiOutputs[M]>>;
} & {
  /**
   * The snapshot's envelope, or its UTF-8 JSON (the desktop bridge: one copy of bytes across IPC
   * and the context bridge instead of two structured clones of 50,000 records); the renderer
   * parses it (renderer/api/snapshotReply.ts).
   */
  openWorkshop(args: ApiInput<'openWorkshop'>): Promise<SnapshotReply>;
  /** Subscribes to change events; returns the unsubscribe function. */
  onEvent(listener: (event: ChangeEvent) => void): () => void;
};

/**
 * What Electron's preload adds: the native menu's actions, and the UI language so the menu
 * speaks it too. The browser has neither; the renderer treats both as optional.
 */
export type DesktopBridge = SalesmapBridge & {
  onMenu(listener: (action: MenuAction) => void): () => void;
  setLanguage(language: Language): void;
  /** Saves an exported file: a native save dialog with its default name, then an atomic write. */
  saveFile(file: SaveFileInput): Promise<Envelope<SaveResult>>;
  /** Prints the calling window's page (the report view) to PDF, saved the same way. */
  saveReportPdf(args: SaveReportInput): Promise<Envelope<SaveResult>>;
  /** "Present on second screen": a read-only projector window, full screen on the external display. */
  openProjector(args: { workshopId: string }): Promise<Envelope<{ opened: true }>>;
};
