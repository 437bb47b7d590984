import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope, WorkshopSnapshot } from '../../../shared/api';
import type { AnyRecord } from '../../../shared/records';
import { readOnlyService } from '../../../electron/service/readOnly';
import { LATEST_SCHEMA_VERSION, LIBRARY_FILE } from '../../../electron/store';
import { startTestService, type TestService } from '../../helpers/service';
import { startTestWebHost, type TestWebHost } from '../../helpers/webHost';
import { readableSnapshot, snapshotEnvelope } from '../../../renderer/api/snapshotReply';
import { ApiError, isUnreadableReply } from '../../../renderer/api/apiError';
import { envelopeOf } from '../../../renderer/api/transport';

/**
 * The snapshot a host sends (`callJson`) is made from the stored rows' JSON without parsing them.
 * It must carry exactly the records, version and undo state the service itself holds.
 */

const byId = (a: AnyRecord, b: AnyRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** The records in one order; `recordCount` (what the bytes add for the page's check) set aside. */
const sorted = ({ recordCount: _count, ...s }: WorkshopSnapshot) => ({ ...s, records: [...s.records].sort(byId) });

async function snapshotBytes(t: TestService, workshopId: string): Promise<Envelope<WorkshopSnapshot>> {
  const bytes = await t.service.callJson('openWorkshop', { workshopId });
  expect(bytes).toBeInstanceOf(Uint8Array);
  return JSON.parse(new TextDecoder().decode(bytes)) as Envelope<WorkshopSnapshot>;
}

async function filledWorkshop(t: TestService): Promise<string> {
  const w = await t.ok('createWorkshop', { name: '海格物流 "华东" \\ 区', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
  const accounts = Array.from({ length: 40 }, (_, i) => ({ name: `杭州远恒有限公司 ${i} "引号" \\ ✓`, region: i % 2 ? '华东' : '华南', revenue: i * 1.5 }));
  await t.ok('dispatch', { workshopId: w.id, command: { type: 'account.import', accounts } });
  return w.id;
}

let t: TestService | undefined;
let web: TestWebHost | undefined;
afterEach(async () => {
  t?.close();
  t = undefined;
  await web?.close();
  web = undefined;
});

describe('the snapshot as JSON bytes', () => {
  it('equals the service\'s snapshot: records (Chinese, quotes, backslashes), version and undo', async () => {
    t = await startTestService();
    const id = await filledWorkshop(t);
    const snap = await t.ok('openWorkshop', { workshopId: id });
    const account = snap.records.find((r) => r.type === 'account')!;
    const segment = snap.records.find((r) => r.type === 'segment')!;
    await t.ok('dispatch', { workshopId: id, command: { type: 'account.move', ids: [account.id], segmentId: segment.id, index: 0 } });
    const fromBytes = await snapshotBytes(t, id);
    expect(fromBytes.ok).toBe(true);
    const expected = await t.ok('openWorkshop', { workshopId: id });
    expect(expected.records.length).toBeGreaterThan(40);
    expect(sorted((fromBytes as { value: WorkshopSnapshot }).value)).toEqual(sorted(expected));
    expect(expected.undo.canUndo).toBe(true);
  });

  it('is the same after a restart, when the service has not parsed the rows yet', async () => {
    t = await startTestService();
    const id = await filledWorkshop(t);
    const expected = await t.ok('openWorkshop', { workshopId: id });
    await t.restart();
    const fromBytes = await snapshotBytes(t, id);
    expect(fromBytes.ok && sorted(fromBytes.value)).toEqual(sorted(expected));
    // A command right after it loads the records itself and works on them.
    const account = expected.records.find((r) => r.type === 'account')!;
    await t.ok('dispatch', { workshopId: id, command: { type: 'account.update', id: account.id, patch: { notes: '重点跟进' } } });
    const after = await snapshotBytes(t, id);
    expect(after.ok && after.value.records.find((r) => r.id === account.id)).toMatchObject({ notes: '重点跟进' });
  });

  it('an empty library workshop id that does not exist is not_found, as through call', async () => {
    t = await startTestService();
    const e = await snapshotBytes(t, 'no-such-workshop');
    expect(e).toEqual({ ok: false, error: expect.objectContaining({ code: 'not_found' }) });
    expect(await t.fail('openWorkshop', { workshopId: 'no-such-workshop' })).toMatchObject({ code: 'not_found' });
    const bad = JSON.parse(new TextDecoder().decode(await t.service.callJson('openWorkshop', { workshopId: 42 })));
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  // The fast snapshot sends the rows' JSON unchecked (json_valid over every row was most of its
  // time); the page's parse is the check, and the page then asks again with the rows checked.
  for (const [damage, data] of [
    ['cut off', '{"id":"cut off'],
    ['split into two values', '{"id":"a","type":"account"},{"id":"b","type":"account"}'],
  ] as const) {
    it(`a damaged row (${damage}): the page cannot read the snapshot, asks again checked, and gets an error naming the record`, async () => {
      t = await startTestService();
      const id = await filledWorkshop(t);
      const snap = await t.ok('openWorkshop', { workshopId: id });
      const victim = snap.records.find((r) => r.type === 'account')!;
      t.service.close();
      const db = new BetterSqlite3(path.join(t.dir, LIBRARY_FILE));
      db.prepare('UPDATE records SET data = ? WHERE id = ?').run(data, victim.id);
      db.close();
      await t.restart();
      const asked: boolean[] = [];
      const read = async (check: boolean) => {
        asked.push(check);
        const e = snapshotEnvelope(await t!.service.callJson('openWorkshop', check ? { workshopId: id, check } : { workshopId: id }));
        if (!e.ok) throw new ApiError(e.error);
        return e.value;
      };
      const fast = snapshotEnvelope(await t.service.callJson('openWorkshop', { workshopId: id }));
      expect(!fast.ok && isUnreadableReply(fast.error)).toBe(true);
      await expect(readableSnapshot(read)).rejects.toMatchObject({ code: 'corrupt_database', params: { id: victim.id } });
      expect(asked).toEqual([false, true]);
      // Checked, the service sends nothing of the workshop.
      const checked = JSON.parse(new TextDecoder().decode(await t.service.callJson('openWorkshop', { workshopId: id, check: true })));
      expect(checked).toMatchObject({ ok: false, error: { code: 'corrupt_database', params: { id: victim.id } } });
      expect(await t.fail('openWorkshop', { workshopId: id })).toMatchObject({ code: 'corrupt_database' });
    });
  }

  it('an intact workshop is read once, unchecked, with the number of rows it was joined from', async () => {
    t = await startTestService();
    const id = await filledWorkshop(t);
    const expected = await t.ok('openWorkshop', { workshopId: id });
    await t.restart();
    const asked: boolean[] = [];
    const got = await readableSnapshot(async (check) => {
      asked.push(check);
      const e = snapshotEnvelope(await t!.service.callJson('openWorkshop', { workshopId: id }));
      if (!e.ok) throw new ApiError(e.error);
      return e.value;
    });
    expect(asked).toEqual([false]);
    expect(got.recordCount).toBe(expected.records.length);
    expect(sorted({ ...got, recordCount: undefined })).toEqual(sorted({ ...expected, recordCount: undefined }));
  });

  it('a library from a newer version is refused, as before', async () => {
    t = await startTestService();
    const id = await filledWorkshop(t);
    t.service.close();
    const db = new BetterSqlite3(path.join(t.dir, LIBRARY_FILE));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    await t.restart();
    const e = await snapshotBytes(t, id);
    expect(!e.ok && e.error.code).toBe('future_schema');
  });

  it('a read-only viewer gets the snapshot of its workshop only, and no write', async () => {
    t = await startTestService();
    const id = await filledWorkshop(t);
    const other = await t.ok('createWorkshop', { name: 'Other', client: '', language: 'en', templateId: 'sales-transformation' });
    const viewer = readOnlyService(t.service, { workshopId: id });
    const decode = async (m: string, args: unknown) => JSON.parse(new TextDecoder().decode(await viewer.callJson(m, args))) as Envelope<unknown>;
    expect((await decode('openWorkshop', { workshopId: id })).ok).toBe(true);
    expect(await decode('openWorkshop', { workshopId: other.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await decode('deleteWorkshop', { workshopId: id })).toMatchObject({ ok: false, error: { code: 'read_only' } });
  });

  it('the browser host sends it over HTTP, equal to the service\'s snapshot', async () => {
    web = await startTestWebHost();
    const call = async (m: string, a: unknown) => {
      const r = await web!.service.call(m, a);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as never;
    };
    const w = await call('createWorkshop', { name: '华东', client: '', language: 'zh-CN', templateId: 'sales-transformation' }) as { id: string };
    await call('dispatch', { workshopId: w.id, command: { type: 'account.import', accounts: [{ name: '南京德华有限公司' }] } });
    const res = await web.api('openWorkshop', { workshopId: w.id });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const sent = JSON.parse(res.body) as Envelope<WorkshopSnapshot>;
    expect(sent.ok && sorted(sent.value)).toEqual(sorted(await call('openWorkshop', { workshopId: w.id })));
  });
});

describe('the page reads the desktop bridge\'s bytes', () => {
  it('as the envelope they hold, and refuses bytes that are not one', () => {
    const envelope = { ok: true, value: { workshop: { id: 'w' }, version: 3, undo: {}, records: [{ id: 'a', type: 'account', name: '杭州' }] } };
    expect(snapshotEnvelope(new TextEncoder().encode(JSON.stringify(envelope)))).toEqual(envelope);
    expect(snapshotEnvelope(new TextEncoder().encode('{"ok":true,"value":{"records":[{"id":'))).toMatchObject({ ok: false, error: { code: 'internal', params: { reply: 'unreadable' } } });
    const short = { ok: true, value: { ...envelope.value, recordCount: 2 } };
    expect(snapshotEnvelope(new TextEncoder().encode(JSON.stringify(short)))).toMatchObject({ ok: false, error: { code: 'internal', params: { reply: 'unreadable' } } });
    expect(snapshotEnvelope(short as never)).toMatchObject({ ok: false, error: { params: { reply: 'unreadable' } } });
    const parsed = { ok: false as const, error: { code: 'not_found' as const, message: 'x' } };
    expect(snapshotEnvelope(parsed)).toBe(parsed);
  });

  it('over HTTP: a reply that says JSON but is not (cut short, or a damaged row) is unreadable, other replies keep their status', async () => {
    const json = { 'Content-Type': 'application/json' };
    const cut = await envelopeOf(new Response('{"ok":true,"value":{"records":[{"id":', { status: 200, headers: json }));
    expect(!cut.ok && isUnreadableReply(cut.error)).toBe(true);
    const gateway = await envelopeOf(new Response('<html>502</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    expect(!gateway.ok && gateway.error.code).toBe('unreachable');
    expect(!gateway.ok && isUnreadableReply(gateway.error)).toBe(false);
  });
});
