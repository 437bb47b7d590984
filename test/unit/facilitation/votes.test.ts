import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { compareVotes, dotsLeft, dotsOn, resultsVisible, shownVote, tally } from '../../../shared/calc/votes';
import { applyDiffTo, invertDiff } from '../../../shared/diff';
import type { AppError } from '../../../shared/errors';
import type { AnyRecord, Vote } from '../../../shared/records';
import { loadTemplates } from '../../../electron/service/templates';

const template = loadTemplates().find((t) => t.id === 'sales-transformation' && t.language === 'zh-CN')!;
const fresh = () => new Map<string, AnyRecord>(template.records.map((r) => [r.id, r]));
const ctx = { newId: () => 'v-new', now: () => 1_700_000_000_000 };
const run = (state: Map<string, AnyRecord>, command: unknown) => {
  const { diff } = applyCommand(state, command, ctx);
  applyDiffTo(state, diff);
  return diff;
};
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
};
const segments = template.records.filter((r) => r.type === 'segment').map((r) => r.id);
const [a, b, c] = segments as [string, string, string];

function withVote(dotsPerGroup = 3, hideResults = true) {
  const s = fresh();
  run(s, {
    type: 'vote.open',
    id: 'v1',
    values: { question: '先攻哪个客户群？', board: 'segments', itemType: 'segment', itemIds: [a, b, c], groups: ['第一组', '第二组'], dotsPerGroup, hideResults },
  });
  return s;
}
const vote = (s: Map<string, AnyRecord>) => s.get('v1') as Vote;
const dot = (s: Map<string, AnyRecord>, group: number, itemId: string) => run(s, { type: 'vote.dot', id: 'v1', group, itemId });

describe('dot votes', () => {
  it('counts dots per item from every group, ranked, ties sharing a rank', () => {
    const s = withVote();
    dot(s, 0, b);
    dot(s, 0, b);
    dot(s, 0, c);
    dot(s, 1, c);
    dot(s, 1, a);
    // b and c tie at two dots: they share rank 1 and keep the order they were given in.
    expect(tally(vote(s))).toEqual([
      { itemId: b, dots: 2, rank: 1 },
      { itemId: c, dots: 2, rank: 1 },
      { itemId: a, dots: 1, rank: 3 },
    ]);
    expect([dotsLeft(vote(s), 0), dotsLeft(vote(s), 1)]).toEqual([0, 1]);
  });

  it('refuses a dot over the group’s limit, on an item out of scope, or for a group that does not exist', () => {
    const s = withVote(1);
    dot(s, 0, a);
    const before = JSON.stringify(vote(s));
    expect(errorOf(() => dot(s, 0, b))).toMatchObject({ code: 'invalid_value', params: { reason: 'no_dots_left', group: '第一组', count: 1 } });
    expect(errorOf(() => dot(s, 1, 'acct-x'))).toMatchObject({ code: 'invalid_value', params: { reason: 'not_in_vote' } });
    expect(errorOf(() => dot(s, 5, a))).toMatchObject({ code: 'not_found' });
    expect(JSON.stringify(vote(s))).toBe(before);
  });

  it('keeps results hidden until closed when asked; a closed vote takes no dot, no undot and no second close', () => {
    const s = withVote(2, true);
    dot(s, 1, a);
    expect(resultsVisible(vote(s))).toBe(false);
    run(s, { type: 'vote.close', id: 'v1' });
    expect(resultsVisible(vote(s))).toBe(true);
    for (const cmd of [
      { type: 'vote.dot', id: 'v1', group: 0, itemId: a },
      { type: 'vote.undot', id: 'v1', group: 1, itemId: a },
      { type: 'vote.close', id: 'v1' },
    ]) {
      expect(errorOf(() => run(s, cmd))).toMatchObject({ code: 'invalid_value', params: { reason: 'vote_closed' } });
    }
    expect(tally(vote(s))[0]).toEqual({ itemId: a, dots: 1, rank: 1 });
    expect(resultsVisible({ ...vote(s), hideResults: false, status: 'open' })).toBe(true);
  });

  it('takes one dot back, and undo of a dot removes just that dot', () => {
    const s = withVote();
    dot(s, 0, a);
    const second = dot(s, 0, a);
    applyDiffTo(s, invertDiff(second));
    expect(tally(vote(s))[0]).toMatchObject({ itemId: a, dots: 1 });
    run(s, { type: 'vote.undot', id: 'v1', group: 0, itemId: a });
    expect(tally(vote(s)).every((r) => r.dots === 0)).toBe(true);
  });

  it('opens only on items that exist, once each; several votes are kept', () => {
    const s = fresh();
    const values = { question: 'Q', board: 'segments', itemType: 'segment', groups: ['A'], dotsPerGroup: 1, hideResults: false };
    expect(errorOf(() => run(s, { type: 'vote.open', values: { ...values, itemIds: [a, 'nope'] } }))).toMatchObject({ code: 'not_found' });
    expect(errorOf(() => run(s, { type: 'vote.open', values: { ...values, itemIds: [a, a] } }))).toMatchObject({ code: 'invalid_value' });
    run(s, { type: 'vote.open', id: 'x1', values: { ...values, itemIds: [a] } });
    run(s, { type: 'vote.open', id: 'x2', values: { ...values, itemIds: [b] } });
    expect([...s.values()].filter((r) => r.type === 'vote')).toHaveLength(2);
  });

  it('the board shows the counts of its latest vote the room may see: a hidden open vote shows none until it closes', () => {
    const s = fresh();
    const values = { question: 'Q', board: 'segments', groups: ['A', 'B'], itemType: 'segment', dotsPerGroup: 2 };
    run(s, { type: 'vote.open', id: 'x1', values: { ...values, itemIds: [a, b], hideResults: false } });
    run(s, { type: 'vote.dot', id: 'x1', group: 0, itemId: a });
    run(s, { type: 'vote.dot', id: 'x1', group: 1, itemId: a });
    const votes = () => [...s.values()].filter((r): r is Vote => r.type === 'vote');
    expect(shownVote(votes(), 'segments')?.id).toBe('x1');
    expect(dotsOn(shownVote(votes(), 'segments')!, a)).toBe(2);
    expect(shownVote(votes(), 'routes')).toBeNull();
    // A second, hidden vote: the board keeps showing the first until the second closes.
    run(s, { type: 'vote.open', id: 'x2', values: { ...values, itemIds: [b, c], hideResults: true } });
    run(s, { type: 'vote.dot', id: 'x2', group: 0, itemId: c });
    expect(shownVote(votes(), 'segments')?.id).toBe('x1');
    run(s, { type: 'vote.close', id: 'x2' });
    expect(shownVote(votes(), 'segments')?.id).toBe('x2');
    expect([dotsOn(shownVote(votes(), 'segments')!, c), dotsOn(shownVote(votes(), 'segments')!, a)]).toEqual([1, 0]);
  });

  it('compares several votes item by item, ranked by the first; a hidden vote adds no numbers until it closes', () => {
    const s = fresh();
    const values = { question: 'Q', board: 'segments', groups: ['A'], itemType: 'segment', dotsPerGroup: 3 };
    run(s, { type: 'vote.open', id: 'am', values: { ...values, itemIds: [a, b], hideResults: false } });
    run(s, { type: 'vote.dot', id: 'am', group: 0, itemId: b });
    run(s, { type: 'vote.open', id: 'pm', values: { ...values, itemIds: [a, c], hideResults: true } });
    run(s, { type: 'vote.dot', id: 'pm', group: 0, itemId: c });
    const get = (id: string) => s.get(id) as Vote;
    expect(compareVotes([get('am'), get('pm')]).map((r) => [r.itemId, r.results.map((x) => x?.dots ?? null)])).toEqual([
      [b, [1, null]],
      [a, [0, null]],
      [c, [null, null]],
    ]);
    run(s, { type: 'vote.close', id: 'pm' });
    expect(compareVotes([get('am'), get('pm')]).map((r) => [r.itemId, r.results.map((x) => x?.dots ?? null)])).toEqual([
      [b, [1, null]],
      [a, [0, 0]],
      [c, [null, 1]],
    ]);
  });
});
