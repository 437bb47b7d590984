import type { Command } from '../../shared/commands';
import { exportInput, type ExportInput } from '../../shared/export/input';
import type { AnyRecord } from '../../shared/records';
import { translator } from '../../electron/export/translate';
import { generateAccounts } from '../bench/generate';
import { toAccountValues } from '../bench/harness/seed';
import type { TestService } from './service';

/**
 * A workshop as it looks at the end of a day: the zh-CN template with `size` imported accounts
 * (Chinese names) sorted into its segments, then every other board filled (fillBoards). Built
 * through the real commands.
 */
export async function fillWorkshop(t: TestService, workshopId: string, size = 240): Promise<void> {
  const run = (command: Command) => t.ok('dispatch', { workshopId, command });
  const imported = await run({ type: 'account.import', accounts: generateAccounts(size).map(toAccountValues) });
  const segments = ['seg-integrated', 'seg-key', 'seg-mid', 'seg-smb', 'seg-si', 'seg-isv'];
  // Every seventh account stays Unassigned, as after a first pass in the room.
  const moves = imported.diff.added.flatMap((a, i) => (i % 7 === 6 ? [] : [{ accountId: a.id, segmentId: segments[i % segments.length]! }]));
  await run({ type: 'segment.acceptSuggestions', moves });
  await fillBoards(run);
}

/**
 * The zh-CN template's coverage in two plans (the first active), routes placed on the grid with
 * a rule on a cell two routes claim, and the funnel edited.
 */
export async function fillBoards(run: (command: Command) => Promise<unknown>): Promise<void> {
  await run({ type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-integrated', motionId: 'motion-dedicated' });
  await run({ type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-key', motionId: 'motion-industry', share: 70 });
  await run({ type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-key', motionId: 'motion-territory', share: 30 });
  await run({ type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-smb', motionId: 'motion-phone', share: 60 });
  await run({ type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-smb', motionId: 'motion-web', share: 40 });
  await run({ type: 'scenario.add', id: 'scenario-b', name: '方案 B：伙伴优先' });
  await run({ type: 'coverage.place', scenarioId: 'scenario-b', segmentId: 'seg-key', motionId: 'motion-partner' });
  await run({ type: 'coverage.place', scenarioId: 'scenario-b', segmentId: 'seg-mid', motionId: 'motion-territory' });
  await run({ type: 'scenario.activate', id: 'scenario-a' });

  await run({ type: 'placement.add', routeId: 'route-services', segmentId: 'seg-integrated', offeringId: 'off-solutions' });
  await run({ type: 'placement.add', routeId: 'route-si', segmentId: 'seg-key', offeringId: 'off-solutions' });
  await run({ type: 'placement.add', routeId: 'route-f2f', segmentId: 'seg-integrated', offeringId: 'off-platform' });
  await run({ type: 'placement.add', routeId: 'route-core-partners', segmentId: 'seg-integrated', offeringId: 'off-platform' });
  await run({ type: 'placement.add', routeId: 'route-tele-online', segmentId: 'seg-smb', offeringId: 'off-retail' });
  await run({ type: 'cellRule.set', segmentId: 'seg-integrated', offeringId: 'off-platform', rule: '面对面销售主导，核心伙伴负责交付' });

  const steps = [{ name: '线索', rate: 40 }, { name: '商机', rate: 50 }, { name: '方案', rate: 60 }, { name: '赢单', rate: 100 }];
  await run({ type: 'funnel.update', base: { steps, mode: 'fromWins', targetWins: 20, visits: 0 }, patch: { targetWins: 24 } });
}

/** What every export is built from, for one workshop as the service holds it now. */
export async function inputOf(t: TestService, workshopId: string): Promise<ExportInput> {
  const snapshot = await t.ok('openWorkshop', { workshopId });
  return exportInput({ workshop: snapshot.workshop, records: snapshot.records, at: new Date(0), t: translator(snapshot.workshop.language) });
}

export const byId = (records: readonly AnyRecord[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
