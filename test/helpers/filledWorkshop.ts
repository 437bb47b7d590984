import type { ApiMethod, ApiOutputs } from '../../shared/api';
import { exportInput, type ExportInput } from '../../shared/export/input';
import type { Account, AnyRecord } from '../../shared/records';
import { generateAccounts, mulberry32 } from '../bench/generate';
import { segmentFor, toAccountValues } from '../bench/harness/sortRule';
import { clearRouteMapCommands } from './routeMap';
import type { TestService } from './service';

/** Any way of calling the real service that fails loudly (TestService.ok, the bench's caller). */
export type Call = <M extends ApiMethod>(method: M, args: unknown) => Promise<ApiOutputs[M]>;

/** The zh-CN template's ids (resources/templates/sales-transformation.zh-CN.json). */
export const TEMPLATE = {
  segments: ['seg-integrated', 'seg-key', 'seg-mid', 'seg-smb', 'seg-si', 'seg-isv'],
  planA: 'scenario-a',
  planB: 'scenario-b',
} as const;

/**
 * A template workshop as it looks at the end of a workshop day, every board filled through the
 * real commands (the one change path): `accounts` generated accounts imported and sorted into
 * the segments by the template's rules (about one in ten left Unassigned), owners written, two coverage plans (B moves the
 * mid-size segment to partners and covers the ISVs; plan A is the one on the board) with an
 * over-limit motion and an uncovered segment in plan A, routes placed with gaps, a conflict and a resolved conflict, one route's six
 * questions answered, and the funnel edited.
 */
export async function fillWorkshop(call: Call, workshopId: string, accounts: number): Promise<void> {
  const dispatch = (command: unknown) => call('dispatch', { workshopId, command });
  if (accounts > 0) {
    // The client (a logistics provider) can sell an account at most its logistics spend: that is
    // its potential, the base the coverage plans' quota is compared with.
    const values = generateAccounts(accounts).map(toAccountValues).map((v) => ({ ...v, potential: v.spend }));
    const imported = await dispatch({ type: 'account.import', accounts: values });
    const added = imported.diff.added as Account[];
    // Sorted as the benchmark's seeded libraries are: by the template's rules, one in ten left over.
    const rnd = mulberry32(7);
    const moves = added.flatMap((a) => {
      const segmentId = segmentFor(a, rnd);
      return segmentId ? [{ accountId: a.id, segmentId }] : [];
    });
    if (moves.length) await dispatch({ type: 'segment.acceptSuggestions', moves });
  }
  await fillBoards(call, workshopId);
}

/**
 * Every board but the accounts filled as fillWorkshop leaves them: for a workshop whose accounts
 * are already there (the benchmark's seeded libraries).
 */
export async function fillBoards(call: Call, workshopId: string): Promise<void> {
  const dispatch = (command: unknown) => call('dispatch', { workshopId, command });
  await dispatch({ type: 'segment.update', id: 'seg-integrated', patch: { owner: '大客户部总经理' } });
  await dispatch({ type: 'segment.update', id: 'seg-smb', patch: { owner: '电销中心', principles: '一个客户只有一个负责人。' } });
  // Two parked questions, so files, exports and benchmarks carry the parking lot too.
  await dispatch({ type: 'parking.add', values: { text: '伙伴的返点政策由谁来定？', owner: '渠道总监', status: 'open', board: 'routes', answer: '' } });
  await dispatch({ type: 'parking.add', values: { text: '明年的配额是否已定稿？', owner: '', status: 'action', board: 'coverage', answer: '财务总监周五前确认' } });
  await dispatch({ type: 'note.add', values: { board: 'segments', text: '这一群要不要拆开？', author: '第一组', color: '#caffbf', anchor: { kind: 'record', id: 'seg-key' } } });
  await dispatch({
    type: 'vote.open',
    values: { question: '先攻哪个客户群？', board: 'segments', itemType: 'segment', itemIds: ['seg-key', 'seg-mid'], groups: ['第一组', '第二组'], dotsPerGroup: 2, hideResults: true },
  });

  const place = (segmentId: string, motionId: string, extra: Record<string, unknown> = {}) =>
    dispatch({ type: 'coverage.place', scenarioId: TEMPLATE.planA, segmentId, motionId, ...extra });
  await place('seg-integrated', 'motion-dedicated');
  await place('seg-key', 'motion-industry', { share: 70 });
  await place('seg-key', 'motion-territory', { share: 30 });
  await place('seg-mid', 'motion-territory');
  await place('seg-smb', 'motion-phone', { share: 60 });
  await place('seg-smb', 'motion-web', { share: 40 });
  await place('seg-si', 'motion-partner');
  // seg-isv stays uncovered in plan A; the dedicated executives have a limit the plans go over.
  await dispatch({ type: 'motion.update', id: 'motion-dedicated', patch: { peopleLimit: 10 } });

  await dispatch({ type: 'scenario.duplicate', id: TEMPLATE.planA, newId: TEMPLATE.planB, name: '方案 B：伙伴覆盖中型企业' });
  const snapshot = await call('openWorkshop', { workshopId });
  const midTerritoryB = snapshot.records.find(
    (r) => r.type === 'coverage' && r.scenarioId === TEMPLATE.planB && r.segmentId === 'seg-mid' && r.motionId === 'motion-territory',
  );
  if (!midTerritoryB) throw new Error('plan B has no territory coverage of seg-mid');
  await dispatch({ type: 'coverage.update', id: midTerritoryB.id, patch: { motionId: 'motion-partner' } });
  await dispatch({ type: 'coverage.place', scenarioId: TEMPLATE.planB, segmentId: 'seg-isv', motionId: 'motion-partner' });
  await dispatch({ type: 'scenario.activate', id: TEMPLATE.planA });

  // The deck's own grid of this workshop, not the template's route map.
  for (const command of clearRouteMapCommands()) await dispatch(command);
  const route = (routeId: string, segmentId: string, offeringId: string) => dispatch({ type: 'placement.add', routeId, segmentId, offeringId });
  await route('route-services', 'seg-integrated', 'off-solutions');
  await route('route-f2f', 'seg-integrated', 'off-platform');
  await route('route-si', 'seg-integrated', 'off-platform'); // a conflict, no rule
  await route('route-f2f', 'seg-key', 'off-platform');
  await route('route-core-partners', 'seg-key', 'off-platform');
  await dispatch({ type: 'cellRule.set', segmentId: 'seg-key', offeringId: 'off-platform', rule: '项目金额超过 500 万元由面对面销售主导，伙伴负责交付与支持。' });
  await route('route-core-partners', 'seg-mid', 'off-retail');
  await route('route-tele-online', 'seg-smb', 'off-retail');
  await route('route-isv', 'seg-isv', 'off-platform');
  await route('route-regional-si', 'seg-si', 'off-solutions');
  await dispatch({
    type: 'route.update',
    id: 'route-f2f',
    patch: {
      questions: [
        { answer: '行业大客户及其他大型企业的技术平台需求。', done: true },
        { answer: '面对面沟通，按项目招标采购。', done: true },
        { answer: '一体化平台降低运维成本，行业方案缩短上线时间。', done: true },
        { answer: '自有区域销售团队，目前产能约 40 家客户/人，需增加 6 人。', done: false },
        { answer: '', done: false },
        { answer: '', done: true },
      ],
    },
  });

  const base = { steps: ['识别客户', '评估', '明确需求', '谈判', '签单'].map((name) => ({ name, rate: 80 })), mode: 'fromWins', targetWins: 10, visits: 100 };
  await dispatch({ type: 'funnel.update', base, patch: { targetWins: 24, steps: base.steps.map((s, i) => ({ ...s, rate: [60, 70, 80, 50, 100][i]! })) } });
}

/** What every export is built from, for one workshop as the service holds it now. */
export async function inputOf(t: TestService, workshopId: string): Promise<ExportInput> {
  // Loaded here, not at the top: its locale JSON cannot be imported by Playwright's loader, and
  // the browser tests use fillWorkshop alone.
  const { translator } = await import('../../electron/export/translate');
  const snapshot = await t.ok('openWorkshop', { workshopId });
  return exportInput({ workshop: snapshot.workshop, records: snapshot.records, at: new Date(0), t: translator(snapshot.workshop.language) });
}

export const byId = (records: readonly AnyRecord[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
