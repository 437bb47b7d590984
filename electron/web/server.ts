import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { AppErrorShape, ErrorCode } from '../../shared/errors';
import type { Service } from '../service/service';
import { mimeOf, resolveStatic } from '../staticFiles';
import { hostAllowed, originAllowed, SECURITY_HEADERS, tokenMatches } from './security';

const JSON_TYPE = 'application/json; charset=utf-8';

export interface WebHostOptions {
  service: Service;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 = any free port. */
  port: number;
  /**
   * The address to listen on: 127.0.0.1 for the facilitator (the default, always), the LAN
   * address only for the room's read-only listener (electron/web/roomShare.ts).
   */
  address?: string;
  token: string;
  /**
   * A second, read-only way in (a projector window on the same machine): requests with this
   * token reach `service` of this entry (a readOnlyService) instead of the full one.
   */
  viewer?: { token: string; service: Service };
  /** Largest request body accepted (default MAX_BODY_MB); tests set a small one. */
  maxBodyBytes?: number;
}

export interface WebHost {
  server: http.Server;
  port: number;
  url: string;
  /** Open connections (the room's listener shows how many devices follow). */
  connections(): number;
  close(): Promise<void>;
}

/** Import files arrive as base64 JSON; 150 MB covers a 100,000-row workbook with room to spare. */
export const MAX_BODY_MB = 150;
const MAX_BODY = MAX_BODY_MB * 1024 * 1024;

function send(res: ServerResponse, status: number, body: string | Uint8Array, type = 'text/plain; charset=utf-8', cache = 'no-store'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache });
  res.end(body);
}

/**
 * The build's assets/ files are named by their content's hash (a rebuild gives new names), so a
 * browser may keep them: a board's stylesheet the library fetched ahead (rel=prefetch, never
 * applied) is then taken from the cache when the board opens, instead of asked for again while
 * the board's code waits for it. Everything else (index.html, the two classic scripts, the API)
 * is never stored.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.(?:js|css)$/;

/**
 * Every refusal is an error envelope with a code, whatever the layer that refuses (token, host,
 * size, media type), so the page can say what happened in the user's words.
 */
function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string, params?: Record<string, string | number>): void {
  const error: AppErrorShape = { code, message, ...(params ? { params } : {}) };
  send(res, status, JSON.stringify({ ok: false, error }), JSON_TYPE);
}

/** application/json exactly (application/jsonp, application/json-seq are other formats), in UTF-8. */
export function isJsonRequest(contentType: string | undefined): boolean {
  const [type, ...params] = String(contentType ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8' || p === 'charset="utf-8"');
}

/**
 * The body as text, or null when it is larger than `max` bytes. The rest of a large body is read
 * and dropped, not cut off: a browser whose upload is reset sees a network error, not our answer.
 */
function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, res: ServerResponse): void {
  const file = resolveStatic(staticDir, urlPath);
  if (!file) return refuse(res, 400, 'bad_request', 'Bad path', { reason: 'path' });
  fs.readFile(file, (err, data) => {
    if (err) return refuse(res, 404, 'not_found', `No file ${urlPath}`);
    send(res, 200, data, mimeOf(file), HASHED_ASSET.test(urlPath) ? IMMUTABLE : 'no-store');
  });
}

/** The service a token opens: the full one for the host's token, the viewer's for its token, else none. */
function serviceFor(opts: WebHostOptions, given: string | undefined | null): Service | null {
  if (tokenMatches(given, opts.token)) return opts.service;
  if (opts.viewer && tokenMatches(given, opts.viewer.token)) return opts.viewer.service;
  return null;
}

async function handleApi(opts: WebHostOptions, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'bad_request', 'Use POST', { reason: 'method' });
  const service = serviceFor(opts, req.headers['x-salesmap-token'] as string | undefined);
  if (!service) return refuse(res, 401, 'bad_token', 'Missing or wrong token');
  // JSON only: an HTML form cannot send this content type without a CORS preflight we never grant.
  if (!isJsonRequest(req.headers['content-type'])) {
    return refuse(res, 415, 'bad_request', 'Send application/json', { reason: 'media_type' });
  }
  const max = opts.maxBodyBytes ?? MAX_BODY;
  const body = await readBody(req, max);
  if (body === null) {
    const mb = Math.floor(max / 1024 / 1024);
    return refuse(res, 413, 'too_large', `The request is larger than ${mb} MB`, { max: mb });
  }
  let args: unknown;
  try {
    args = body.length ? JSON.parse(body) : {};
  } catch {
    const envelope = { ok: false, error: { code: 'bad_request', message: 'The request body is not valid JSON' } };
    return send(res, 200, JSON.stringify(envelope), JSON_TYPE);
  }
  // The envelope's JSON as the service makes it (a workshop's snapshot straight from its rows).
  send(res, 200, await service.callJson(method, args), JSON_TYPE);
}

/**
 * Each change event as its SSE block, made once however many clients follow (the projector and
 * every device in the room get the same bytes): the first subscriber serializes, the rest reuse.
 */
const sseBlocks = new WeakMap<object, string>();
function sseBlock(event: object): string {
  let block = sseBlocks.get(event);
  if (block === undefined) {
    block = `data: ${JSON.stringify(event)}\n\n`;
    sseBlocks.set(event, block);
  }
  return block;
}

function handleEvents(opts: WebHostOptions, url: URL, req: IncomingMessage, res: ServerResponse): void {
  // EventSource cannot set headers, so the token comes in the query string.
  const service = serviceFor(opts, url.searchParams.get('token'));
  if (!service) return refuse(res, 401, 'bad_token', 'Missing or wrong token');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // Sent at once: the headers with the first bytes, every event as soon as it is emitted (Node's
  // sockets have Nagle off), never batched behind a timer.
  res.write('retry: 1000\n\n');
  const unsubscribe = service.subscribe((event) => {
    res.write(sseBlock(event));
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

/**
 * The browser host: the built renderer and the real service on 127.0.0.1, so the whole app runs
 * (and is tested) without Electron. API: POST /api/<method>; events: GET /api/events (SSE).
 */
export function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const address = opts.address ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch (e) {
      // Whatever a request contains, it must never take the host (and the room's workshop) down.
      if (!res.headersSent) refuse(res, 400, 'bad_request', `Bad request: ${(e as Error).message}`);
      else res.destroy();
    }
  });
  // Known once listening; asked of the socket on every request it costs a syscall-backed lookup.
  let listeningPort = 0;
  const route = (req: IncomingMessage, res: ServerResponse): void => {
    const port = listeningPort || (server.address() as AddressInfo).port;
    if (!hostAllowed(req, port, address)) return refuse(res, 403, 'forbidden', 'Forbidden host', { reason: 'host' });
    if (!originAllowed(req, port, address)) return refuse(res, 403, 'forbidden', 'Forbidden origin', { reason: 'origin' });
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return refuse(res, 400, 'bad_request', 'Bad address', { reason: 'path' });
    }
    if (url.pathname === '/api/events') return handleEvents(opts, url, req, res);
    if (url.pathname.startsWith('/api/')) {
      handleApi(opts, url.pathname.slice('/api/'.length), req, res).catch((e: unknown) => {
        if (!res.headersSent) refuse(res, 500, 'internal', `Internal error: ${(e as Error).message}`);
        else res.destroy();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'bad_request', 'Method not allowed', { reason: 'method' });
    serveStatic(opts.staticDir, url.pathname, res);
  };
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, address, () => {
      const port = (server.address() as AddressInfo).port;
      listeningPort = port;
      resolve({
        server,
        port,
        url: `http://${address}:${port}/?token=${opts.token}`,
        connections: () => sockets.size,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
