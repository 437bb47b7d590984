import type { ApiInput, ApiMethod, ApiOutputs, DesktopBridge, Envelope, SalesmapBridge } from '../../shared/api';
import type { Command } from '../../shared/commands';
import type { ChangeEvent } from '../../shared/events';
import type { SaveFileInput, SaveReportInput, SaveResult } from '../../shared/export/save';
import type { MenuAction } from '../../shared/menu';
import type { Language } from '../../shared/workshop';
import { ApiError } from './apiError';
import { createHttpBridge, readToken } from './httpBridge';
import { snapshotEnvelope } from './snapshotReply';

export { ApiError };


type ElectronBridge = SalesmapBridge & Partial<Pick<DesktopBridge, 'onMenu' | 'setLanguage' | 'saveFile' | 'saveReportPdf' | 'openProjector'>>;

declare global {
  interface Window {
    salesmap?: ElectronBridge;
  }
}

/** Inside Electron the preload's bridge (IPC); in a browser the HTTP bridge. Nothing else knows. */
function pickBridge(): ElectronBridge | null {
  if (window.salesmap) return window.salesmap;
  const token = readToken();
  return token ? createHttpBridge(token) : null;
}

const bridge = pickBridge();

export const hasBridge = bridge !== null;

async function unwrap<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const envelope = await pending;
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

async function call<M extends ApiMethod>(method: M, args: ApiInput<M>): Promise<ApiOutputs[M]> {
  if (!bridge) throw new ApiError({ code: 'forbidden', message: 'No connection to Salesmap' });
  if (method === 'openWorkshop') {
    const reply = bridge.openWorkshop(args as ApiInput<'openWorkshop'>).then(snapshotEnvelope);
    return unwrap(reply as Promise<Envelope<ApiOutputs[M]>>);
  }
  const fn = bridge[method] as unknown as (a: ApiInput<M>) => Promise<Envelope<ApiOutputs[M]>>;
  return unwrap(fn(args));
}

/**
 * One subscription to the service's events for every listener in the window (the workshop's
 * changes, the library, export progress): in a browser each subscription is an event stream, a
 * connection of its own, and an export's progress must not wait for a new one to open.
 */
const listeners = new Set<(e: ChangeEvent) => void>();
let unsubscribe: (() => void) | null = null;
function onEvent(listener: (e: ChangeEvent) => void): () => void {
  if (!bridge) return () => {};
  listeners.add(listener);
  unsubscribe ??= bridge.onEvent((e) => {
    for (const l of [...listeners]) l(e);
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && unsubscribe) {
      unsubscribe();
      unsubscribe = null;
    }
  };
}

/** The desktop app's native saving (a save dialog, an atomic write); null in a browser, which downloads. */
export interface DesktopSave {
  file(file: SaveFileInput): Promise<SaveResult>;
  /** This window's report view as a PDF. */
  report(args: SaveReportInput): Promise<SaveResult>;
}

const desktopSave: DesktopSave | null =
  bridge?.saveFile && bridge.saveReportPdf
    ? { file: (f) => unwrap(bridge.saveFile!(f)), report: (a) => unwrap(bridge.saveReportPdf!(a)) }
    : null;

/** The renderer's API: typed calls that resolve to values or throw ApiError. */
export const api = {
  call,
  dispatch: (workshopId: string, command: Command) => call('dispatch', { workshopId, command }),
  onEvent,
  onMenu: (listener: (a: MenuAction) => void): (() => void) => bridge?.onMenu?.(listener) ?? (() => {}),
  /** The desktop menu follows the interface language (the browser has no native menu). */
  setMenuLanguage: (language: Language) => bridge?.setLanguage?.(language),
  desktopSave,
  /** The desktop app opens the projector window itself (electron/projectorWindow.ts); a browser opens a tab. */
  openProjectorWindow: bridge?.openProjector ? (workshopId: string) => unwrap(bridge.openProjector!({ workshopId })) : null,
};
