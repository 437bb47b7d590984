import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors';
import { isJsonRequest } from '../../../electron/web/server';
import { startTestWebHost, type TestWebHost } from '../../helpers/webHost';

/** Issue 13, item 6: every refusal of the browser host, whatever layer refuses, is an error envelope. */
let web: TestWebHost;
beforeAll(async () => {
  web = await startTestWebHost({ maxBodyBytes: 1024 * 1024 });
});
afterAll(() => web.close());

function envelope(r: { status: number; body: string; headers: Record<string, unknown> }) {
  expect(String(r.headers['content-type'])).toMatch(/^application\/json/);
  const parsed = JSON.parse(r.body) as { ok: boolean; error: { code: string; message: string } };
  expect(parsed.ok).toBe(false);
  expect(ERROR_CODES).toContain(parsed.error.code);
  return parsed.error;
}

describe('transport-level refusals are envelopes with a code', () => {
  it('401: no token, wrong token (API and event stream)', async () => {
    const a = await web.request({ method: 'POST', path: '/api/listWorkshops', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(a.status).toBe(401);
    expect(envelope(a).code).toBe('bad_token');
    const b = await web.api('listWorkshops', {}, { 'X-Salesmap-Token': 'wrong' });
    expect(envelope(b).code).toBe('bad_token');
    const c = await web.request({ path: '/api/events?token=wrong' });
    expect(c.status).toBe(401);
    expect(envelope(c).code).toBe('bad_token');
  });

  it('403: a foreign Host header or Origin', async () => {
    const host = await web.api('listWorkshops', {}, { Host: 'evil.example' });
    expect(host.status).toBe(403);
    expect(envelope(host).code).toBe('forbidden');
    const origin = await web.api('listWorkshops', {}, { Origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    expect(envelope(origin).code).toBe('forbidden');
  });

  it('413: a body over the limit says it is too large, and the host keeps serving', async () => {
    const big = await web.api('readTable', { fileName: 'big.csv', dataBase64: 'A'.repeat(1536 * 1024) });
    expect(big.status).toBe(413);
    const error = envelope(big);
    expect(error.code).toBe('too_large');
    expect(JSON.parse(big.body).error.params).toMatchObject({ max: 1 });
    expect(JSON.parse((await web.api('listWorkshops', {})).body)).toEqual({ ok: true, value: [] });
  });

  it('415: anything but application/json, matched exactly', async () => {
    for (const type of ['text/plain', 'application/jsonp', 'application/json-seq', 'application/json5', 'application/json; charset=gbk', 'multipart/form-data']) {
      const r = await web.request({ method: 'POST', path: '/api/listWorkshops', headers: { 'X-Salesmap-Token': web.token, 'Content-Type': type }, body: '{}' });
      expect(r.status, type).toBe(415);
      expect(envelope(r).code).toBe('bad_request');
    }
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      const r = await web.request({ method: 'POST', path: '/api/listWorkshops', headers: { 'X-Salesmap-Token': web.token, 'Content-Type': type }, body: '{}' });
      expect(r.status, type).toBe(200);
    }
  });

  it('405 and 404: a wrong verb on the API, a file that is not there', async () => {
    const get = await web.request({ path: '/api/listWorkshops', headers: { 'X-Salesmap-Token': web.token } });
    expect(get.status).toBe(405);
    expect(envelope(get).code).toBe('bad_request');
    const missing = await web.request({ path: '/no-such-file.js' });
    expect(missing.status).toBe(404);
    expect(envelope(missing).code).toBe('not_found');
  });
});

describe('media type', () => {
  it('is application/json exactly', () => {
    expect(isJsonRequest('application/json')).toBe(true);
    expect(isJsonRequest('application/json;charset=utf-8')).toBe(true);
    expect(isJsonRequest('application/jsonp')).toBe(false);
    expect(isJsonRequest('application/json-seq')).toBe(false);
    expect(isJsonRequest(undefined)).toBe(false);
  });
});
