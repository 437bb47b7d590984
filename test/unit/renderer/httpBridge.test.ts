import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../renderer/api/apiError';
import { createHttpBridge } from '../../../renderer/api/httpBridge';
import { i18next } from '../../../renderer/i18n';
import { NAMESPACES, resources } from '../../../renderer/i18n/resources';
import { errorText } from '../../../renderer/ui/errors';
import { startTestWebHost, type TestWebHost } from '../../helpers/webHost';

/**
 * Issue 13, item 6, the page's side: what the browser host refuses reaches the user as words that
 * say what happened, in their language: the page's real HTTP client against the real host.
 */
let web: TestWebHost;
const realFetch = globalThis.fetch;
beforeAll(async () => {
  web = await startTestWebHost({ maxBodyBytes: 1024 * 1024 });
  // The page calls /api/<method> relative to its own address; Node's fetch needs the whole URL.
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => realFetch(`http://127.0.0.1:${web.host.port}${url}`, init));
  await i18next.init({ resources, lng: 'en', ns: [...NAMESPACES], defaultNS: 'common', interpolation: { escapeValue: false } });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await web.close();
});

async function refusal(promise: Promise<{ ok: boolean; error?: { code: string; message: string } }>) {
  const r = await promise;
  if (r.ok || !r.error) throw new Error('expected a refusal');
  return new ApiError(r.error as ConstructorParameters<typeof ApiError>[0]);
}

describe('the page words every refusal', () => {
  it('an import over the size limit says it is too large, in both languages', async () => {
    const bridge = createHttpBridge(web.token);
    const e = await refusal(bridge.readTable({ fileName: '客户名单.csv', dataBase64: 'A'.repeat(1536 * 1024) }));
    expect(e.code).toBe('too_large');
    expect(errorText(e)).toBe('That is too large to send to Salesmap: at most 1 MB at a time. Nothing was changed.');
    await i18next.changeLanguage('zh-CN');
    expect(errorText(e)).toContain('太大');
    await i18next.changeLanguage('en');
  });

  it('a wrong token says to open the printed address', async () => {
    const e = await refusal(createHttpBridge('wrong').listWorkshops({}));
    expect(e.code).toBe('bad_token');
    expect(errorText(e)).toMatch(/npm run web/);
  });

  it('a reply that is not an envelope (another program on the port) is still a code, never raw text', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>502 Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    try {
      const e = await refusal(createHttpBridge(web.token).listWorkshops({}));
      expect(e.code).toBe('unreachable');
      expect(errorText(e)).not.toContain('<html>');
    } finally {
      vi.stubGlobal('fetch', (url: string, init?: RequestInit) => realFetch(`http://127.0.0.1:${web.host.port}${url}`, init));
    }
  });

  it('a library lost to an empty file says so, not just "damaged"', () => {
    const e = new ApiError({ code: 'corrupt_database', message: 'x', params: { reason: 'empty', file: '/x/salesmap.db' } });
    expect(errorText(e)).toMatch(/empty \(0 bytes\)/);
  });
});
