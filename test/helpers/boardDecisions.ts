import { clearRouteMapCommands } from './routeMap';
/**
 * The decisions a workshop day leaves on every board of the sales-transformation template (its
 * ids are the same in both languages; the texts follow `language`), made through the same commands the boards dispatch: coverage in two plans (one
 * segment left uncovered in plan A, so the report has a warning to show), a people limit that is
 * exceeded, routes in the grid with a conflict, a resolved conflict and gaps, route answers and
 * the funnel.
 */
export function boardDecisions(language: 'zh-CN' | 'en' = 'zh-CN'): unknown[] {
  const zh = language === 'zh-CN';
  const place = (scenarioId: string, segmentId: string, motionId: string, share: number, role: 'primary' | 'overlay') => ({
    type: 'coverage.place',
    scenarioId,
    segmentId,
    motionId,
    share,
    role,
  });
  const planA = [
    place('scenario-a', 'seg-integrated', 'motion-dedicated', 100, 'primary'),
    place('scenario-a', 'seg-key', 'motion-industry', 70, 'primary'),
    place('scenario-a', 'seg-key', 'motion-territory', 30, 'overlay'),
    place('scenario-a', 'seg-mid', 'motion-territory', 60, 'primary'),
    place('scenario-a', 'seg-mid', 'motion-phone', 40, 'overlay'),
    place('scenario-a', 'seg-smb', 'motion-phone', 60, 'primary'),
    place('scenario-a', 'seg-smb', 'motion-web', 40, 'overlay'),
    place('scenario-a', 'seg-si', 'motion-partner', 100, 'primary'),
  ];
  const cell = (routeId: string, segmentId: string, offeringId: string) => ({ type: 'placement.add', routeId, segmentId, offeringId });
  return [
    ...planA,
    { type: 'motion.update', id: 'motion-dedicated', patch: { peopleLimit: 10 } },
    { type: 'scenario.duplicate', id: 'scenario-a', newId: 'scenario-b', name: zh ? '方案 B：伙伴覆盖 ISV' : 'Plan B: partners cover ISVs' },
    place('scenario-b', 'seg-isv', 'motion-partner', 100, 'primary'),
    { type: 'scenario.activate', id: 'scenario-a' },
    // The room's own grid, not the template's route map.
    ...clearRouteMapCommands(),
    cell('route-services', 'seg-integrated', 'off-solutions'),
    cell('route-f2f', 'seg-integrated', 'off-platform'),
    cell('route-core-partners', 'seg-integrated', 'off-platform'),
    cell('route-si', 'seg-key', 'off-solutions'),
    cell('route-f2f', 'seg-key', 'off-platform'),
    cell('route-core-partners', 'seg-key', 'off-platform'),
    { type: 'cellRule.set', segmentId: 'seg-key', offeringId: 'off-platform', rule: zh ? '500 万元以上的商机由面对面销售主导，伙伴负责交付' : 'Deals over ¥5 M are led by face-to-face sales; partners deliver' },
    cell('route-tele-online', 'seg-smb', 'off-retail'),
    cell('route-tele-online', 'seg-mid', 'off-retail'),
    cell('route-regional-si', 'seg-mid', 'off-solutions'),
    cell('route-isv', 'seg-isv', 'off-platform'),
    {
      type: 'route.update',
      id: 'route-f2f',
      patch: {
        questions: [
          { answer: zh ? '年营业额 3 亿元以上的行业大客户' : 'Industry accounts above ¥300 M revenue', done: true },
          { answer: zh ? '希望有固定的客户经理，按项目招标采购' : 'A named account manager; tenders per project', done: true },
          { answer: zh ? '一体化的物流方案降低库存与运输成本' : 'Integrated logistics lowers stock and freight costs', done: false },
          { answer: '', done: false },
          { answer: '', done: true },
          { answer: '', done: false },
        ],
      },
    },
    {
      type: 'funnel.update',
      base: { steps: (zh ? ['识别客户', '评估', '明确需求', '谈判', '赢单'] : ['Identify customer', 'Assess', 'Clarify needs', 'Negotiate', 'Win']).map((name) => ({ name, rate: 80 })), mode: 'fromWins', targetWins: 10, visits: 100 },
      patch: { targetWins: 12 },
    },
  ];
}

