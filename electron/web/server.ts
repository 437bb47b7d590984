import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Service } from '../service/service';
import { mimeOf, resolveStatic } from '../staticFiles';
import { hostAllowed, originAllowed, SECURITY_HEADERS, tokenMatches } from './security';

const JSON_TYPE = 'application/json; charset=utf-8';

export interface WebHostOptions {
  service: Service;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 = any free port. Always bound to 127.0.0.1. */
  port: number;
  token: string;
}

export interface WebHost {
  server: http.Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Import files arrive as base64 JSON; 150 MB covers a 100,000-row workbook with room to spare. */
const MAX_BODY = 150 * 1024 * 1024;


function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(staticDir: string, urlPath: string, res: ServerResponse): void {
  const file = resolveStatic(staticDir, urlPath);
  if (!file) return send(res, 400, 'Bad request');
  fs.readFile(file, (err, data) => {
    if (err) return send(res, 404, 'Not found');
    send(res, 200, data, mimeOf(file));
  });
}

async function handleApi(opts: WebHostOptions, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, 'Use POST');
  if (!tokenMatches(req.headers['x-salesmap-token'] as string | undefined, opts.token)) {
    return send(res, 401, 'Missing or wrong token');
  }
  // JSON only: an HTML form cannot send this content type without a CORS preflight we never grant.
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 415, 'Send application/json');
  }
  const body = await readBody(req);
  if (body === null) return send(res, 413, 'Request too large');
  let args: unknown;
  try {
    args = body.length ? JSON.parse(body) : {};
  } catch {
    const envelope = { ok: false, error: { code: 'bad_request', message: 'The request body is not valid JSON' } };
    return send(res, 200, JSON.stringify(envelope), JSON_TYPE);
  }
  const envelope = await opts.service.call(method, args);
  send(res, 200, JSON.stringify(envelope), JSON_TYPE);
}

function handleEvents(opts: WebHostOptions, url: URL, req: IncomingMessage, res: ServerResponse): void {
  // EventSource cannot set headers, so the token comes in the query string.
  if (!tokenMatches(url.searchParams.get('token'), opts.token)) return send(res, 401, 'Missing or wrong token');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write('retry: 1000\n\n');
  const unsubscribe = opts.service.subscribe((event) => {
    res.write(`data: ${JSON.stringify(event)}\n\n`);
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
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch (e) {
      // Whatever a request contains, it must never take the host (and the room's workshop) down.
      if (!res.headersSent) send(res, 400, `Bad request: ${(e as Error).message}`);
      else res.destroy();
    }
  });
  const route = (req: IncomingMessage, res: ServerResponse): void => {
    const port = (server.address() as AddressInfo).port;
    if (!hostAllowed(req, port)) return send(res, 403, 'Forbidden host');
    if (!originAllowed(req, port)) return send(res, 403, 'Forbidden origin');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return send(res, 400, 'Bad request');
    }
    if (url.pathname === '/api/events') return handleEvents(opts, url, req, res);
    if (url.pathname.startsWith('/api/')) {
      handleApi(opts, url.pathname.slice('/api/'.length), req, res).catch((e: unknown) => {
        send(res, 500, `Internal error: ${(e as Error).message}`);
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    serveStatic(opts.staticDir, url.pathname, res);
  };
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/?token=${opts.token}`,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
