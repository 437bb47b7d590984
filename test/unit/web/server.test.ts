import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../../electron/service/service';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { makeTempDir } from '../../helpers/tempDir';

const TOKEN = 'test-token-123';
let temp: ReturnType<typeof makeTempDir>;
let service: Service;
let host: WebHost;

/** Raw HTTP so the Host and Origin headers are exactly what a hostile page would send. */
function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method: opts.method ?? 'GET', path: opts.path, headers: { Host: `127.0.0.1:${host.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}
const api = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  request({ method: 'POST', path: `/api/${method}`, headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': TOKEN, ...headers }, body: JSON.stringify(args) });

beforeAll(async () => {
  temp = makeTempDir();
  const staticDir = path.join(temp.dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Salesmap</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'SegmentsBoard-DR_zNVXV.css'), '.board {}');
  fs.writeFileSync(path.join(staticDir, 'board-preload.js'), '// written by the build');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'secret');
  service = await createService({ dataDir: path.join(temp.dir, 'data'), host: 'web', appVersion: 'test' });
  host = await startWebHost({ service, staticDir, port: 0, token: TOKEN });
});
afterAll(async () => {
  await host.close();
  service.close();
  temp.cleanup();
});

describe('browser host', () => {
  it('binds to loopback only and prints a tokened address', () => {
    expect((host.server.address() as { address: string }).address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('serves the app with a strict content security policy', async () => {
    const r = await request({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Salesmap</title>');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('lets the browser keep the build\'s content-hashed assets, and nothing else', async () => {
    // A board's stylesheet fetched ahead from the library is then taken from the cache when the board opens.
    const css = await request({ path: '/assets/SegmentsBoard-DR_zNVXV.css' });
    expect(css.status).toBe(200);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const p of ['/', '/board-preload.js']) expect((await request({ path: p })).headers['cache-control']).toBe('no-store');
    expect((await api('listWorkshops', {})).headers['cache-control']).toBe('no-store');
  });

  it('refuses other host names (DNS rebinding) and other origins', async () => {
    expect((await request({ path: '/', headers: { Host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await api('listWorkshops', {}, { Host: 'evil.example' })).status).toBe(403);
    expect((await api('listWorkshops', {}, { Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('requires the per-run token and JSON for every API call', async () => {
    expect((await api('listWorkshops', {}, { 'X-Salesmap-Token': 'wrong' })).status).toBe(401);
    const form = await request({ method: 'POST', path: '/api/listWorkshops', headers: { 'X-Salesmap-Token': TOKEN, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    expect((await request({ path: `/api/events?token=wrong` })).status).toBe(401);
  });

  it('answers envelopes: values, and clear errors for unknown methods and bad JSON', async () => {
    const ok = await api('listWorkshops', {});
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: [] });
    const unknown = JSON.parse((await api('dropEverything', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const bad = await request({ method: 'POST', path: '/api/listWorkshops', headers: { 'X-Salesmap-Token': TOKEN, 'Content-Type': 'application/json' }, body: '{not json' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('does not serve files outside the app folder', async () => {
    const r = await request({ path: '/..%2fsecret.txt' });
    expect(r.status).not.toBe(200);
    expect(r.body).not.toContain('secret');
  });

  it('streams every committed change to event subscribers', async () => {
    const w = JSON.parse((await api('createWorkshop', { name: 'W', client: '', language: 'en', templateId: 'blank' })).body).value;
    const events: string[] = [];
    const stream = http.get({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${TOKEN}`, headers: { Host: `127.0.0.1:${host.port}` } });
    const got = new Promise<void>((resolve) => {
      stream.on('response', (res) => {
        res.on('data', (c: Buffer) => {
          events.push(c.toString());
          if (events.join('').includes('"kind":"change"')) resolve();
        });
      });
    });
    await new Promise((r) => setTimeout(r, 100));
    await api('dispatch', { workshopId: w.id, command: { type: 'agenda.add', values: { title: 'Opening' } } });
    await got;
    stream.destroy();
    const data = events.join('').split('\n').find((l) => l.startsWith('data: ') && l.includes('change'))!;
    expect(JSON.parse(data.slice(6))).toMatchObject({ kind: 'change', workshopId: w.id, version: 1, cause: 'agenda.add' });
  });
});

describe('browser host robustness', () => {
  it('survives malformed request paths from any page', async () => {
    for (const p of ['/%', '/%E0%A4%A8%FF', '/api/%', '/%00index.html']) {
      const r = await request({ path: p });
      expect(r.status).toBeGreaterThanOrEqual(400);
    }
    // Still serving afterwards.
    expect((await request({ path: '/' })).status).toBe(200);
    expect(JSON.parse((await api('listWorkshops', {})).body)).toMatchObject({ ok: true });
  });
});
