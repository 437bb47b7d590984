import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SharingStatus } from '../../../shared/api';
import type { WorkshopInfo } from '../../../shared/workshop';
import { readOnlyService } from '../../../electron/service/readOnly';
import { createService, type Service } from '../../../electron/service/service';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { roomService, SHARE_ADDRESS } from '../../helpers/roomService';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * Share to the room, on 127.0.0.2 (a loopback address like a LAN one: never a real network in
 * tests), beside the facilitator's browser host on 127.0.0.1.
 */
const FACILITATOR = 'facilitator-token-9f8e7d';

let temp: ReturnType<typeof makeTempDir>;
let service: Service;
let facilitatorHost: WebHost;
let workshop: WorkshopInfo;

function raw(port: number, opts: { method?: string; path: string; host?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: SHARE_ADDRESS, port, method: opts.method ?? 'GET', path: opts.path, headers: { Host: opts.host ?? `${SHARE_ADDRESS}:${port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}
const call = (port: number, method: string, args: unknown, token?: string) =>
  raw(port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Salesmap-Token': token } : {}) },
    body: JSON.stringify(args),
  });

async function ok<T>(method: string, args: unknown): Promise<T> {
  const r = await service.call(method, args);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

function shared(status: SharingStatus) {
  if (!status.on) throw new Error('sharing is off');
  const url = new URL(status.url);
  return { status, url, port: Number(url.port), token: url.searchParams.get('token')! };
}

beforeEach(async () => {
  temp = makeTempDir();
  const { service: created, staticDir } = await roomService(temp.dir);
  service = created;
  facilitatorHost = await startWebHost({ service, staticDir, port: 0, token: FACILITATOR, viewer: { token: service.viewerToken!, service: readOnlyService(service) } });
  workshop = await ok<WorkshopInfo>('createWorkshop', { name: '海格物流研讨会', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
});
afterEach(async () => {
  await ok('stopSharing', {});
  await facilitatorHost.close();
  service.close();
  temp.cleanup();
});

describe('share to the room', () => {
  it('listens on the room address only while on, with its own token, and opens the projector view', async () => {
    expect(await ok<SharingStatus>('sharingStatus', {})).toEqual({ on: false });
    const s = shared(await ok<SharingStatus>('startSharing', { workshopId: workshop.id }));
    expect(s.url.hostname).toBe(SHARE_ADDRESS);
    expect(s.url.hash).toBe(`#/present/${workshop.id}`);
    expect(s.token.length).toBeGreaterThanOrEqual(24);
    expect(s.token).not.toBe(FACILITATOR);
    expect(s.token).not.toBe(service.viewerToken);
    expect(s.status.url).not.toContain(FACILITATOR);
    expect(s.status.on && s.status.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    // The facilitator's host is still on loopback only.
    expect((facilitatorHost.server.address() as { address: string }).address).toBe('127.0.0.1');

    const page = await raw(s.port, { path: '/' });
    expect(page.status).toBe(200);
    const snap = await call(s.port, 'openWorkshop', { workshopId: workshop.id }, s.token);
    expect(JSON.parse(snap.body)).toMatchObject({ ok: true, value: { workshop: { name: '海格物流研讨会' } } });
    expect((await call(s.port, 'getPresence', { workshopId: workshop.id }, s.token)).body).toContain('"ok":true');
  });

  it('refuses every write, requests without its token, and the facilitator’s and the projector’s tokens', async () => {
    const s = shared(await ok<SharingStatus>('startSharing', { workshopId: workshop.id }));
    const before = await ok<{ version: number }>('openWorkshop', { workshopId: workshop.id });
    const writes: [string, unknown][] = [
      ['dispatch', { workshopId: workshop.id, command: { type: 'segment.add', name: '偷偷加的' } }],
      ['undo', { workshopId: workshop.id }],
      ['deleteWorkshop', { workshopId: workshop.id }],
      ['renameWorkshop', { workshopId: workshop.id, name: 'x' }],
      ['setPresence', { workshopId: workshop.id, presence: { board: 'routes', step: null, highlight: null, blank: true, presenting: true } }],
      ['stopSharing', {}],
      ['startSharing', { workshopId: workshop.id }],
      ['viewerAccess', {}],
      ['listWorkshops', {}],
      ['appInfo', {}],
    ];
    for (const [method, args] of writes) {
      const r = JSON.parse((await call(s.port, method, args, s.token)).body) as { ok: boolean; error?: { code: string } };
      expect(r, method).toMatchObject({ ok: false, error: { code: 'read_only' } });
    }
    for (const token of [undefined, FACILITATOR, service.viewerToken!, `${s.token}x`]) {
      const r = await call(s.port, 'openWorkshop', { workshopId: workshop.id }, token);
      expect(r.status, String(token)).toBe(401);
      expect(r.body).not.toContain('"workshop"');
    }
    // The events stream is tokened the same way.
    expect((await raw(s.port, { path: `/api/events?token=${FACILITATOR}` })).status).toBe(401);
    expect((await raw(s.port, { path: '/api/events' })).status).toBe(401);
    // A Host header that is not the room address is refused (DNS rebinding).
    expect((await raw(s.port, { path: '/', host: `127.0.0.1:${s.port}` })).status).toBe(403);

    const after = await ok<{ version: number }>('openWorkshop', { workshopId: workshop.id });
    expect(after.version).toBe(before.version);
    expect((await ok<SharingStatus>('sharingStatus', {})).on).toBe(true);
  });

  it('never shows the facilitator’s token: not in any reply, not in the URL or its QR code', async () => {
    const s = shared(await ok<SharingStatus>('startSharing', { workshopId: workshop.id }));
    const bodies = [
      (await raw(s.port, { path: '/' })).body,
      (await call(s.port, 'openWorkshop', { workshopId: workshop.id }, s.token)).body,
      (await call(s.port, 'getPresence', { workshopId: workshop.id }, s.token)).body,
      (await call(s.port, 'dispatch', { workshopId: workshop.id, command: {} }, s.token)).body,
      s.status.url,
    ];
    for (const b of bodies) {
      expect(b).not.toContain(FACILITATOR);
      expect(b).not.toContain(service.viewerToken!);
    }
  });

  it('reads only the shared workshop', async () => {
    const other = await ok<WorkshopInfo>('createWorkshop', { name: '另一家客户', client: '', language: 'zh-CN', templateId: 'sales-transformation' });
    const s = shared(await ok<SharingStatus>('startSharing', { workshopId: workshop.id }));
    const r = JSON.parse((await call(s.port, 'openWorkshop', { workshopId: other.id }, s.token)).body) as unknown;
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('turned off: closes every open connection and stops listening; on again, the old token is dead', async () => {
    const s = shared(await ok<SharingStatus>('startSharing', { workshopId: workshop.id }));
    const closed = new Promise<string>((resolve, reject) => {
      const req = http.get({ host: SHARE_ADDRESS, port: s.port, path: `/api/events?token=${encodeURIComponent(s.token)}`, headers: { Host: `${SHARE_ADDRESS}:${s.port}` } }, (res) => {
        expect(res.statusCode).toBe(200);
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('close', () => resolve(text));
        res.on('error', () => resolve(text));
      });
      req.on('error', reject);
    });
    await expect.poll(async () => ((await ok<SharingStatus>('sharingStatus', {})) as { connections?: number }).connections ?? 0).toBeGreaterThan(0);
    // A change reaches the room while it is on.
    await ok('setPresence', { workshopId: workshop.id, presence: { board: 'coverage', step: null, highlight: null, blank: false, presenting: true } });
    await new Promise((r) => setTimeout(r, 50));

    expect(await ok<SharingStatus>('stopSharing', {})).toEqual({ on: false });
    const text = await closed;
    expect(text).toContain('"kind":"presence"');
    await expect(call(s.port, 'openWorkshop', { workshopId: workshop.id }, s.token)).rejects.toThrow(/ECONNREFUSED/);

    const again = shared(await ok<SharingStatus>('startSharing', { workshopId: workshop.id }));
    expect(again.token).not.toBe(s.token);
    expect((await call(again.port, 'openWorkshop', { workshopId: workshop.id }, s.token)).status).toBe(401);
  });

  it('the projector token on the facilitator’s host reads but never writes', async () => {
    const port = facilitatorHost.port;
    const viaHost = (method: string, args: unknown, token: string) =>
      new Promise<string>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, method: 'POST', path: `/api/${method}`, headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', 'X-Salesmap-Token': token } },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () => resolve(body));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(args));
      });
    const viewer = service.viewerToken!;
    expect(await viaHost('openWorkshop', { workshopId: workshop.id }, viewer)).toContain('"ok":true');
    expect(await viaHost('dispatch', { workshopId: workshop.id, command: { type: 'segment.add', name: 'x' } }, viewer)).toContain('"read_only"');
    expect(await viaHost('viewerAccess', {}, viewer)).toContain('"read_only"');
    expect(await viaHost('viewerAccess', {}, FACILITATOR)).toContain(viewer);
  });
});

describe('share to the room without the app to serve', () => {
  it('says so in its own words and never listens', async () => {
    const temp = makeTempDir();
    const bare = await createService({ dataDir: path.join(temp.dir, 'data'), host: 'web', appVersion: 'test' });
    try {
      const w = await bare.call('createWorkshop', { name: '无渲染', client: '', language: 'zh-CN', templateId: 'sales-transformation' });
      const id = w.ok ? (w.value as WorkshopInfo).id : '';
      const r = await bare.call('startSharing', { workshopId: id });
      expect(r).toMatchObject({ ok: false, error: { code: 'share_unavailable' } });
      expect(await bare.call('sharingStatus', {})).toEqual({ ok: true, value: { on: false } });
    } finally {
      bare.close();
      temp.cleanup();
    }
  });
});
