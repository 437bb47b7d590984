import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, isUnreadableReply } from '../../../renderer/api/apiError';
import { takeEarlySnapshot } from '../../../renderer/state/earlySnapshot';

/**
 * renderer/public/early-snapshot.js asks for the workshop's snapshot before the app's code has
 * loaded; the app takes the answer once (renderer/state/earlySnapshot.ts). Run here as the page
 * runs it (a classic script), on a window whose bridge, fetch and event stream stand in for the
 * desktop app's and the browser host's.
 */
const SCRIPT = fs.readFileSync(path.resolve('renderer/public/early-snapshot.js'), 'utf8');

const snapshot = {
  workshop: { id: 'w1', name: '海格物流', client: '', language: 'zh-CN', templateId: null, version: 2, createdAt: '', updatedAt: '' },
  version: 2,
  undo: { canUndo: false, canRedo: false, undoType: null, redoType: null },
  recordCount: 2,
  records: [
    { id: 'a', type: 'account', name: '杭州远恒' },
    { id: 's', type: 'segment', name: '超大型客户' },
  ],
};
const bytesOf = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));

class FakeSource {
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((m: { data: string }) => void) | null = null;
  constructor(readonly url: string) {
    setTimeout(() => this.onopen?.(), 0);
  }
  close() {}
}

/** Runs the script on a page at `hash` (?token=tok); returns the window it wrote to. */
function runScript(hash: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const win: Record<string, unknown> = { ...extra };
  vi.stubGlobal('window', win);
  vi.stubGlobal('location', { hash, search: '?token=tok' });
  vi.stubGlobal('sessionStorage', { getItem: () => null });
  vi.stubGlobal('EventSource', FakeSource);
  new Function(SCRIPT)();
  return win;
}

const settle = () => new Promise((r) => setTimeout(r, 10));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the early snapshot', () => {
  it('in a browser: reads the body as it arrives, before the app takes it, and gives the workshop\'s records', async () => {
    let read = false;
    const fetched: { url: string; body: unknown }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      fetched.push({ url, body: JSON.parse(init.body as string) });
      const res = new Response(JSON.stringify({ ok: true, value: snapshot }), { status: 200, headers: { 'Content-Type': 'application/json' } });
      const text = res.text.bind(res);
      res.text = () => {
        read = true;
        return text();
      };
      return res;
    });
    runScript('#/w/w1/segments');
    await settle();
    expect(fetched).toEqual([{ url: './api/openWorkshop', body: { workshopId: 'w1' } }]);
    // Nobody has taken it yet: the body is already being read.
    expect(read).toBe(true);
    await expect(takeEarlySnapshot('w1')).resolves.toEqual(snapshot);
    // Once only.
    expect(takeEarlySnapshot('w1')).toBeNull();
  });

  it('in the desktop app: asks the bridge and reads the envelope\'s bytes', async () => {
    const asked: unknown[] = [];
    runScript('#/w/w1/segments', {
      salesmap: { openWorkshop: async (args: unknown) => (asked.push(args), bytesOf({ ok: true, value: snapshot })) },
    });
    expect(asked).toEqual([{ workshopId: 'w1' }]);
    await expect(takeEarlySnapshot('w1')).resolves.toEqual(snapshot);
  });

  it('a snapshot the page cannot read as the workshop\'s records is unreadable (the app then asks again, checked)', async () => {
    runScript('#/w/w1/segments', { salesmap: { openWorkshop: async () => bytesOf('{"ok":true,"value":{"records":[{"id":') } });
    const cut = await takeEarlySnapshot('w1')!.catch((e: unknown) => e);
    expect(cut instanceof ApiError && isUnreadableReply(cut)).toBe(true);

    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ok: true, value: { ...snapshot, recordCount: 3 } }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    runScript('#/w/w1/segments');
    await settle();
    const short = await takeEarlySnapshot('w1')!.catch((e: unknown) => e);
    expect(short instanceof ApiError && isUnreadableReply(short)).toBe(true);
  });

  it('is not taken for another workshop, and a page on the library asks for nothing', () => {
    runScript('#/w/w1/segments', { salesmap: { openWorkshop: async () => bytesOf({ ok: true, value: snapshot }) } });
    expect(takeEarlySnapshot('w2')).toBeNull();
    const win = runScript('#/', { salesmap: { openWorkshop: () => Promise.reject(new Error('not asked')) } });
    expect(win.__salesmapEarly).toBeUndefined();
  });
});
