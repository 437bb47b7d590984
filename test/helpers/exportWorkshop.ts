import type { ApiMethod, ApiOutputs } from '../../shared/api';
import type { AnyRecord } from '../../shared/records';
import { clearRouteMapCommands } from './routeMap';
import type { TestService } from './service';

/** A service call that returns the value or throws (TestService.ok, the bench's okCaller). */
export type Call = <M extends ApiMethod>(method: M, args: unknown) => Promise<ApiOutputs[M]>;

/** A customer name that a spreadsheet would run as a command if it took it for a formula. */
export const INJECTED = "=cmd|' /C calc'!A0";
/** A name that a spreadsheet would compute (to 2) if it took it for a formula. */
export const INJECTED_SUM = '=1+1';

/** Accounts per template segment (and Unassigned), chosen so plans need several people. */
const LAYOUT: Array<[segmentId: string | null, count: number]> = [
  ['seg-integrated', 12],
  ['seg-key', 41],
  ['seg-mid', 100],
  ['seg-smb', 30],
  ['seg-si', 8],
  ['seg-isv', 5],
  [null, 6],
];

/**
 * Fills a zh-CN template workshop (withTemplateWorkshop) as a workshop day would: imported
 * accounts sorted into the six segments (some without revenue or potential, two with formula-like names, a few
 * left Unassigned), coverage in two plans ("方案 A", the active one, and a changed copy "方案 B"),
 * the phone motion's capacity set to 30 (so 100 accounts × 30 % ÷ 30 is exactly one person, the
 * floating-point case), routes placed with a gap, a conflict and a resolved cell, and the funnel
 * edited. Everything goes through the service's commands, as the boards would send them.
 */
export async function fillWorkshop(t: TestService, workshopId: string): Promise<AnyRecord[]> {
  const dispatch = (command: Record<string, unknown>) => t.ok('dispatch', { workshopId, command });
  let n = 0;
  const accounts = LAYOUT.flatMap(([segmentId, count]) =>
    Array.from({ length: count }, (_, i) => {
      n += 1;
      const name = segmentId === 'seg-key' && i === 0 ? INJECTED : segmentId === 'seg-key' && i === 1 ? INJECTED_SUM : `华信物流${n}号有限公司`;
      return {
        name,
        industry: n % 3 === 0 ? '制造业' : '零售',
        region: n % 2 === 0 ? '华东' : '华南',
        city: n % 2 === 0 ? '上海' : '深圳',
        revenue: n % 7 === 0 ? null : 10 + n * 12.5,
        // The client's wallet in the account, the coverage quota's base (plan A's quota is just over it); some unknown.
        potential: n % 5 === 0 ? null : Math.round(n * 1.7) / 100,
        employees: 50 + n,
        status: '现有客户',
        notes: n === 3 ? '-重点跟进' : '',
        segment: segmentId,
      };
    }),
  );
  await dispatch({ type: 'account.import', accounts: accounts.map(({ segment: _s, ...values }) => values) });
  const imported = (await t.ok('openWorkshop', { workshopId })).records.filter((r) => r.type === 'account');
  const moves = imported.flatMap((a, i) => (accounts[i]!.segment ? [{ accountId: a.id, segmentId: accounts[i]!.segment! }] : []));
  await dispatch({ type: 'segment.acceptSuggestions', moves });

  await fillBoards((method, args) => t.ok(method, args), workshopId);
  return (await t.ok('openWorkshop', { workshopId })).records;
}

/**
 * The coverage, routes and method boards filled with the workbook's edge cases (see fillWorkshop:
 * the capacity-30 floating-point case, a partial plan B); the segments board's accounts are the
 * caller's.
 */
async function fillBoards(ok: Call, workshopId: string): Promise<void> {
  const dispatch = (command: Record<string, unknown>) => ok('dispatch', { workshopId, command });
  await dispatch({ type: 'motion.update', id: 'motion-phone', patch: { capacity: 30 } });
  const place = (scenarioId: string, segmentId: string, motionId: string, share: number) =>
    dispatch({ type: 'coverage.place', scenarioId, segmentId, motionId, share });
  await place('scenario-a', 'seg-integrated', 'motion-dedicated', 100);
  await place('scenario-a', 'seg-key', 'motion-industry', 70);
  await place('scenario-a', 'seg-key', 'motion-phone', 30);
  await place('scenario-a', 'seg-mid', 'motion-territory', 70);
  await place('scenario-a', 'seg-mid', 'motion-phone', 30);
  await place('scenario-a', 'seg-smb', 'motion-web', 60);
  await place('scenario-a', 'seg-smb', 'motion-partner', 40);
  await place('scenario-a', 'seg-si', 'motion-partner', 100);
  // seg-isv stays uncovered in plan A.
  await dispatch({ type: 'scenario.duplicate', id: 'scenario-a', newId: 'scenario-b', name: '方案 B' });
  const planB = (await ok('openWorkshop', { workshopId })).records.filter((r) => r.type === 'coverage' && r.scenarioId === 'scenario-b');
  const inB = (segmentId: string, motionId: string) => planB.find((c) => c.type === 'coverage' && c.segmentId === segmentId && c.motionId === motionId)!.id;
  await dispatch({ type: 'coverage.remove', ids: [inB('seg-key', 'motion-phone')] });
  await dispatch({ type: 'coverage.update', id: inB('seg-key', 'motion-industry'), patch: { share: 100 } });
  await dispatch({ type: 'coverage.update', id: inB('seg-integrated', 'motion-dedicated'), patch: { share: 50 } });
  await place('scenario-b', 'seg-integrated', 'motion-industry', 50);
  await place('scenario-b', 'seg-isv', 'motion-partner', 100);
  await dispatch({ type: 'scenario.activate', id: 'scenario-a' });

  // The workbook's own grid (a gap, a conflict, a resolved cell), not the template's route map.
  for (const command of clearRouteMapCommands()) await dispatch(command);
  const addRoute = (routeId: string, segmentId: string, offeringId: string) => dispatch({ type: 'placement.add', routeId, segmentId, offeringId });
  await addRoute('route-f2f', 'seg-mid', 'off-retail');
  await addRoute('route-core-partners', 'seg-mid', 'off-retail'); // a conflict, no rule
  await addRoute('route-si', 'seg-key', 'off-platform');
  await addRoute('route-isv', 'seg-key', 'off-platform');
  await dispatch({ type: 'cellRule.set', segmentId: 'seg-key', offeringId: 'off-platform', rule: '项目金额超过 500 万由 SI 牵头' });
  await addRoute('route-services', 'seg-integrated', 'off-solutions');

  const names = ['识别客户', '评估', '明确需求', '谈判', '赢单'];
  await dispatch({
    type: 'funnel.update',
    base: { steps: names.map((name) => ({ name, rate: 80 })), mode: 'fromWins', targetWins: 10, visits: 100 },
    patch: { steps: names.map((name, i) => ({ name, rate: [50, 40, 60, 75, 100][i]! })), targetWins: 12 },
  });
}
