import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESENCE, type Presence } from '../../../shared/presence';
import type { WorkshopSnapshot } from '../../../shared/api';
import { withTemplateWorkshop } from '../../helpers/service';

const showing: Presence = { board: 'routes', step: null, highlight: 'cell:a:b', blank: false, presenting: true };

describe('presence: what the facilitator shows', () => {
  const ctx = withTemplateWorkshop();

  it('is broadcast to every window, and read back by a projector that opens later', async () => {
    const { t, workshopId } = ctx;
    expect(await t.ok('getPresence', { workshopId })).toEqual(DEFAULT_PRESENCE);
    t.events.length = 0;
    await t.ok('setPresence', { workshopId, presence: showing });
    expect(t.events).toEqual([{ kind: 'presence', workshopId, presence: showing }]);
    expect(await t.ok('getPresence', { workshopId })).toEqual(showing);
  });

  it('is not workshop content: no new version, nothing to undo, the same presence twice is one event', async () => {
    const { t, workshopId } = ctx;
    const before = (await t.ok('openWorkshop', { workshopId })) as WorkshopSnapshot;
    t.events.length = 0;
    await t.ok('setPresence', { workshopId, presence: showing });
    await t.ok('setPresence', { workshopId, presence: showing });
    await t.ok('setPresence', { workshopId, presence: { ...showing, blank: true } });
    const after = (await t.ok('openWorkshop', { workshopId })) as WorkshopSnapshot;
    expect(after.version).toBe(before.version);
    expect(after.undo).toEqual(before.undo);
    expect(t.events.filter((e) => e.kind !== 'presence')).toEqual([]);
    expect(t.events).toHaveLength(2);
  });

  it('a facilitation panel opened or changed is a new presence the projector hears (a breakout tab included)', async () => {
    const { t, workshopId } = ctx;
    t.events.length = 0;
    await t.ok('setPresence', { workshopId, presence: showing });
    await t.ok('setPresence', { workshopId, presence: { ...showing, panel: { kind: 'breakout', board: 'routes', tab: 'compare' } } });
    await t.ok('setPresence', { workshopId, presence: { ...showing, panel: { kind: 'breakout', board: 'routes', tab: 'g1' } } });
    await t.ok('setPresence', { workshopId, presence: { ...showing, panel: { kind: 'breakout', board: 'routes', tab: 'g1' } } });
    await t.ok('setPresence', { workshopId, presence: { ...showing, panel: null } });
    expect(t.events.map((e) => (e.kind === 'presence' ? (e.presence.panel ?? null) : e.kind))).toEqual([
      null,
      { kind: 'breakout', board: 'routes', tab: 'compare' },
      { kind: 'breakout', board: 'routes', tab: 'g1' },
      null,
    ]);
    expect(await t.fail('setPresence', { workshopId, presence: { ...showing, panel: { kind: 'breakout', board: 'agenda', tab: 'x' } } })).toMatchObject({ code: 'bad_request' });
  });

  it('refuses an unknown workshop and a malformed presence, and keeps the last good one', async () => {
    const { t, workshopId } = ctx;
    await t.ok('setPresence', { workshopId, presence: showing });
    expect((await t.fail('setPresence', { workshopId: 'nope', presence: showing })).code).toBe('not_found');
    expect((await t.fail('setPresence', { workshopId, presence: { ...showing, board: 'kitchen' } })).code).toBe('bad_request');
    expect(await t.ok('getPresence', { workshopId })).toEqual(showing);
  });
});
