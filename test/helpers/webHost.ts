import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createService, type Service } from '../../electron/service/service';
import { startWebHost, type WebHost, type WebHostOptions } from '../../electron/web/server';
import { makeTempDir } from './tempDir';

export interface TestWebHost {
  host: WebHost;
  service: Service;
  token: string;
  /** Raw HTTP, so the Host, Origin and Content-Type headers are exactly what a page would send. */
  request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>;
  /** POST /api/<method> with the token and JSON, as the page does. */
  api(method: string, args: unknown, headers?: Record<string, string>): ReturnType<TestWebHost['request']>;
  close(): Promise<void>;
}

/** The real browser host and service on a temp library, with a tiny static folder. */
export async function startTestWebHost(options: Partial<Pick<WebHostOptions, 'maxBodyBytes'>> = {}): Promise<TestWebHost> {
  const temp = makeTempDir();
  const token = 'test-token-123';
  const staticDir = path.join(temp.dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Salesmap</title>');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'secret');
  const service = await createService({ dataDir: path.join(temp.dir, 'data'), host: 'web', appVersion: 'test' });
  const host = await startWebHost({ service, staticDir, port: 0, token, ...options });
  const request: TestWebHost['request'] = (opts) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, method: opts.method ?? 'GET', path: opts.path, headers: { Host: `127.0.0.1:${host.port}`, ...opts.headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
        },
      );
      req.on('error', reject);
      if (opts.body) req.write(opts.body);
      req.end();
    });
  return {
    host,
    service,
    token,
    request,
    api: (method, args, headers = {}) =>
      request({ method: 'POST', path: `/api/${method}`, headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': token, ...headers }, body: JSON.stringify(args) }),
    async close() {
      await host.close();
      service.close();
      temp.cleanup();
    },
  };
}
