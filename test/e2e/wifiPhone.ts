import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from '@playwright/test';

/** A name no resolver knows (.test is reserved): only the proxy below can reach it. */
const WIFI_HOST = 'salesmap-room.test';

export interface WifiPhone {
  context: BrowserContext;
  /** The room's address as the phone opens it: the same path, on a Wi-Fi name instead of 127.0.0.2. */
  url: string;
  close(): Promise<void>;
}

/**
 * A participant's phone as it really reaches the room: over plain http to a name that is not
 * loopback, so the page is not a secure context (Chromium counts 127.0.0.0/8 as secure, which would
 * hide every API a phone on the Wi-Fi lacks, crypto.randomUUID among them). The phone's browser
 * goes through a forwarding proxy that takes requests for WIFI_HOST to the room's listener, with
 * the Host and Origin headers the listener expects from its own address (it refuses any other
 * name: DNS rebinding). Responses are piped, so the event stream flows as it arrives.
 */
export async function phoneOnWifi(
  browser: Browser,
  roomUrl: string,
  viewport = { width: 390, height: 844 },
  options: { locale?: string; hasTouch?: boolean } = {},
): Promise<WifiPhone> {
  const room = new URL(roomUrl);
  const asRoom = (value: string) => value.replaceAll(`${WIFI_HOST}:${room.port}`, room.host);
  const proxy = http.createServer((req, res) => {
    const target = new URL(req.url ?? '/', `http://${WIFI_HOST}:${room.port}`);
    if (target.hostname !== WIFI_HOST) {
      res.writeHead(502).end();
      return;
    }
    const headers: http.OutgoingHttpHeaders = { ...req.headers, host: room.host, ...(req.headers.origin ? { origin: asRoom(req.headers.origin) } : {}) };
    delete headers['proxy-connection'];
    const upstream = http.request({ host: room.hostname, port: room.port, method: req.method, path: target.pathname + target.search, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  const context = await browser.newContext({ viewport, locale: options.locale ?? 'zh-CN', hasTouch: options.hasTouch ?? false, proxy: { server: `http://127.0.0.1:${port}` } });
  return {
    context,
    url: roomUrl.replace(`//${room.host}`, `//${WIFI_HOST}:${room.port}`),
    async close() {
      await context.close();
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
