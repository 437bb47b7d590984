import type { SalesmapBridge } from '../../shared/api';
import { API_METHODS } from '../../shared/apiMethods';
import type { ChangeEvent } from '../../shared/events';
import { envelopeOf, unreachableReply } from './transport';

const TOKEN_KEY = 'salesmap.token';

/** The event stream renderer/public/early-snapshot.js opened, and the event data it received. */
interface EarlyStream {
  source: EventSource;
  buffered: string[];
  opened: boolean;
  /** The snapshot was read before this stream opened (it took too long): its first opening may have missed events. */
  late?: boolean;
}

declare global {
  interface Window {
    __salesmapEarlyStream?: EarlyStream;
  }
}

/**
 * The browser host's token arrives in the address (?token=…), printed by `npm run web`. It is
 * kept for this tab so a reload still works.
 */
export function readToken(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** SalesmapBridge over HTTP (POST /api/<method>) and server-sent events (GET /api/events). */
export function createHttpBridge(token: string): SalesmapBridge {
  const call = async (method: string, args: unknown) => {
    let res: Response;
    try {
      res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': token },
        body: JSON.stringify(args ?? {}),
      });
    } catch (e) {
      return unreachableReply(e);
    }
    return envelopeOf(res);
  };
  const methods = Object.fromEntries(API_METHODS.map((m) => [m, (args: unknown) => call(m, args)]));
  return {
    ...methods,
    onEvent(listener: (event: ChangeEvent) => void) {
      // The stream renderer/public/early-snapshot.js opened before the workshop's snapshot was
      // read (taken over once, with the events it received meanwhile), else a new one.
      const early = window.__salesmapEarlyStream;
      window.__salesmapEarlyStream = undefined;
      const source = early?.source ?? new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (m) => listener(JSON.parse(m.data as string) as ChangeEvent);
      source.onerror = null;
      // EventSource reconnects by itself; the second and later openings tell the page it missed events.
      let opened = (early?.opened || early?.late) ?? false;
      source.onopen = () => {
        if (opened) listener({ kind: 'reconnected' });
        opened = true;
      };
      for (const data of early?.buffered ?? []) listener(JSON.parse(data) as ChangeEvent);
      return () => source.close();
    },
  } as SalesmapBridge;
}
