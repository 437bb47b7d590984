import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, SharingStatus, WorkshopSnapshot } from '../../../shared/api';
import { tally } from '../../../shared/calc/votes';
import { applyDiffTo } from '../../../shared/diff';
import type { ChangeEvent } from '../../../shared/events';
import type { AnyRecord, Ballot, Vote } from '../../../shared/records';
import { roomSnapshot } from '../../../electron/service/hiddenVotes';
import { readOnlyService } from '../../../electron/service/readOnly';
import type { Service } from '../../../electron/service/service';
import { roomService, SHARE_ADDRESS } from '../../helpers/roomService';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * A vote whose results stay hidden until it closes must stay hidden from the room's devices too:
 * the share sends them the workshop's records, so the ballots and the facilitator's recorded dots
 * reach them masked (the count of dots right, every dot on the vote's first item) until the vote
 * closes, and then as they are. Real service, real SQLite; the device is the room's read-only view.
 */

let temp: ReturnType<typeof makeTempDir>;
let service: Service;
let workshopId: string;
let segments: string[];

async function ok<T>(method: string, args: unknown, through: Service = service): Promise<T> {
  const r = await through.call(method, args);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}
const dispatch = (command: unknown, through: Service = service) => ok('dispatch', { workshopId, command }, through);

/** A room device: the share's snapshot, then every event it is sent, applied as the renderer's store does. */
async function roomDevice(viewer: Service) {
  const events: ChangeEvent[] = [];
  viewer.subscribe((e) => events.push(e));
  const snapshot = await ok<WorkshopSnapshot>('openWorkshop', { workshopId }, viewer);
  const held = new Map<string, AnyRecord>(snapshot.records.map((r) => [r.id, r]));
  let version = snapshot.version;
  return {
    /** The device's records after every event so far. */
    records() {
      for (const e of events.splice(0)) {
        if (e.kind !== 'change' || e.version <= version) continue;
        expect(e.version).toBe(version + 1);
        applyDiffTo(held, e.diff);
        version = e.version;
      }
      return held;
    },
  };
}

const ofType = <T extends AnyRecord>(records: Iterable<AnyRecord>, type: T['type']) => [...records].filter((r): r is T => r.type === type);
function results(records: Iterable<AnyRecord>, voteId: string) {
  const list = [...records];
  const vote = ofType<Vote>(list, 'vote').find((v) => v.id === voteId)!;
  return tally(vote, ofType<Ballot>(list, 'ballot')).map((r) => `${r.itemId}:${r.dots}`);
}
const sorted = (records: Iterable<AnyRecord>) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

beforeEach(async () => {
  temp = makeTempDir();
  const room = await roomService(temp.dir);
  service = room.service;
  workshopId = (await ok<{ id: string }>('createWorkshop', { name: '投票保密', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' })).id;
  const snap = await ok<WorkshopSnapshot>('openWorkshop', { workshopId });
  segments = snap.records.filter((r) => r.type === 'segment').map((r) => r.id).slice(0, 3);
});
afterEach(async () => {
  await ok('stopSharing', {});
  service.close();
  temp.cleanup();
});

const openVote = (id: string, hideResults: boolean) =>
  dispatch({ type: 'vote.open', id, values: { question: '先攻哪个客户群？', board: 'segments', itemType: 'segment', itemIds: segments, groups: ['第一组', '第二组'], dotsPerGroup: 3, hideResults } });
const ballot = (viewer: Service, voteId: string, secret: string, itemIds: string[]) => dispatch({ type: 'vote.ballot', id: voteId, ballot: secret, itemIds }, viewer);

describe('hidden vote results on the room’s devices', () => {
  it('show how many dots are in but not where, until the vote closes; undo hides them again; the device always matches a fresh snapshot', async () => {
    const viewer = readOnlyService(service, { workshopId, voting: true });
    const device = await roomDevice(viewer);
    const [a, b, c] = segments as [string, string, string];
    const inStep = async () => {
      const fresh = roomSnapshot(await service.call('openWorkshop', { workshopId })) as Envelope<WorkshopSnapshot>;
      expect(sorted(device.records().values())).toEqual(sorted(fresh.ok ? fresh.value.records : []));
    };

    await openVote('vote-1', true);
    await dispatch({ type: 'vote.dot', id: 'vote-1', group: 0, itemId: c });
    await dispatch({ type: 'vote.dot', id: 'vote-1', group: 1, itemId: c });
    await ballot(viewer, 'vote-1', 'phone-one-secret-0001', [b, c]);
    await ballot(viewer, 'vote-1', 'phone-two-secret-0002', [c]);
    await ballot(viewer, 'vote-1', 'phone-one-secret-0001', [c, c, b]); // cast again: replaces
    const truth = [`${c}:5`, `${b}:1`, `${a}:0`];
    const laptop = async () => results((await ok<WorkshopSnapshot>('openWorkshop', { workshopId })).records, 'vote-1');
    expect(await laptop()).toEqual(truth);
    // The device counts 6 dots, all on the first item: nothing to read out of the page.
    expect(results(device.records().values(), 'vote-1')).toEqual([`${a}:6`, `${b}:0`, `${c}:0`]);
    const heldItems = [...device.records().values()].flatMap((r) => (r.type === 'vote' ? r.dots.map((d) => d.itemId) : r.type === 'ballot' ? r.itemIds : []));
    expect(new Set(heldItems)).toEqual(new Set([a]));
    await inStep();

    await dispatch({ type: 'vote.close', id: 'vote-1' });
    expect(results(device.records().values(), 'vote-1')).toEqual(truth);
    await inStep();
    await ok('undo', { workshopId });
    expect(results(device.records().values(), 'vote-1')).toEqual([`${a}:6`, `${b}:0`, `${c}:0`]);
    await inStep();
    await ok('redo', { workshopId });
    expect(results(device.records().values(), 'vote-1')).toEqual(truth);

    // A vote that shows its counts from the start is sent as it is; deleting and undoing brings the ballots back as they are.
    await openVote('vote-2', false);
    await ballot(viewer, 'vote-2', 'phone-two-secret-0002', [b]);
    expect(results(device.records().values(), 'vote-2')).toEqual([`${b}:1`, `${a}:0`, `${c}:0`]);
    await dispatch({ type: 'vote.delete', ids: ['vote-1'] });
    expect(ofType(device.records().values(), 'ballot').map((r) => (r as Ballot).voteId)).toEqual(['vote-2']);
    await ok('undo', { workshopId });
    expect(results(device.records().values(), 'vote-1')).toEqual(truth);
    await inStep();
    viewer.close();
  });

  it('the share’s own address sends the masked snapshot, and the stored rows untouched when no vote hides its results', async () => {
    const s = await ok<SharingStatus>('startSharing', { workshopId, voting: true });
    if (!s.on) throw new Error('sharing is off');
    const url = new URL(s.url);
    const token = url.searchParams.get('token')!;
    const fetchSnapshot = () =>
      new Promise<string>((resolve, reject) => {
        const req = http.request(
          { host: SHARE_ADDRESS, port: Number(url.port), method: 'POST', path: '/api/openWorkshop', headers: { Host: url.host, 'Content-Type': 'application/json', 'X-Salesmap-Token': token } },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (body += chunk));
            res.on('end', () => resolve(body));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ workshopId }));
      });
    const facilitator = async () => Buffer.from(await service.callJson('openWorkshop', { workshopId })).toString('utf8');
    await openVote('vote-open', false);
    expect(await fetchSnapshot()).toBe(await facilitator());

    await openVote('vote-hidden', true);
    const [a, b] = segments as [string, string];
    await dispatch({ type: 'vote.dot', id: 'vote-hidden', group: 0, itemId: b });
    await dispatch({ type: 'vote.dot', id: 'vote-hidden', group: 1, itemId: b });
    const shared = (JSON.parse(await fetchSnapshot()) as Envelope<WorkshopSnapshot>);
    if (!shared.ok) throw new Error('snapshot refused');
    expect(results(shared.value.records, 'vote-hidden')).toEqual([`${a}:2`, `${b}:0`, expect.any(String)]);
    const own = JSON.parse(await facilitator()) as Envelope<WorkshopSnapshot>;
    expect(own.ok && results(own.value.records, 'vote-hidden')[0]).toBe(`${b}:2`);
  });
});
