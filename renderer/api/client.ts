import type { ApiInput, ApiMethod, ApiOutputs, DesktopBridge, Envelope, SalesmapBridge } from '../../shared/api';
import type { Command } from '../../shared/commands';
import type { ChangeEvent } from '../../shared/events';
import type { MenuAction } from '../../shared/menu';
import type { Language } from '../../shared/workshop';
import { ApiError } from './apiError';
import { createHttpBridge, readToken } from './httpBridge';

export { ApiError };


type ElectronBridge = SalesmapBridge & Partial<Pick<DesktopBridge, 'onMenu' | 'setLanguage'>>;

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

async function call<M extends ApiMethod>(method: M, args: ApiInput<M>): Promise<ApiOutputs[M]> {
  if (!bridge) throw new ApiError({ code: 'forbidden', message: 'No connection to Salesmap' });
  const fn = bridge[method] as unknown as (a: ApiInput<M>) => Promise<Envelope<ApiOutputs[M]>>;
  const envelope = await fn(args);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value as ApiOutputs[M];
}

/** The renderer's API: typed calls that resolve to values or throw ApiError. */
export const api = {
  call,
  dispatch: (workshopId: string, command: Command) => call('dispatch', { workshopId, command }),
  onEvent: (listener: (e: ChangeEvent) => void): (() => void) => bridge?.onEvent(listener) ?? (() => {}),
  onMenu: (listener: (a: MenuAction) => void): (() => void) => bridge?.onMenu?.(listener) ?? (() => {}),
  /** The desktop menu follows the interface language (the browser has no native menu). */
  setMenuLanguage: (language: Language) => bridge?.setLanguage?.(language),
};
