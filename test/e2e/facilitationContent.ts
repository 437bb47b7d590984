import type { Page } from '@playwright/test';
import type { Host } from './fixtures';
import { callApi } from './filledWorkshop';

type Lang = 'zh-CN' | 'en';

/**
 * A room's facilitation at the end of a long day, for the projector's panels to be checked with:
 * a dozen long sticky notes on two boards, a parking lot of ten long questions, five voter groups
 * with long names, and a dot vote on each of four boards in another state (the segments ranked
 * and closed, the notes open with the dots hidden, the agenda open and showing, the parked
 * questions closed), four breakout groups each with its own routes grid, and two rules of engagement of a paragraph each on the routes board. The
 * template's segments only: the boards under the panels are checked with
 * as many columns as their own checks use. Everything through the one change path.
 */
export interface FacilitationContent {
  /** The board each vote is on, and what state it is in: the projector shows a board's latest vote. */
  votes: Array<{ board: 'segments' | 'coverage' | 'agenda' | 'method'; state: 'closed' | 'hidden' | 'open'; items: number }>;
  notes: number;
  parking: number;
}

const NOTES: Record<Lang, string[]> = {
  'zh-CN': [
    '超大型客户的判断标准不应只看年营业额，还要看跨区域、多产品线的采购复杂度',
    '华南区域的电子制造客户大多由代理商覆盖，转为直销需要至少两个季度的过渡期',
    '行业大客户与中型企业之间的边界客户（年营收五到十亿）归属需要销售副总裁最终拍板',
    '建议把“综合需求聚焦的IT方案提供商”单独成群，由伙伴经理而非大客户经理负责',
    '第三组认为中小企业市场应以电话和网上覆盖为主，面对面拜访只保留给重点续约客户',
    '现有客户名单中约有四十家客户重复录入（同一集团不同子公司），需先做集团归并',
    '冷链物流客户的采购决策链很长，通常涉及质量、采购、财务和总经理四个层级',
    '区域销售代表每人负责的客户数差异很大，从三十家到四百家不等，需要重新平衡',
    '希望下次研讨会能带上各大区过去三年的赢单与丢单数据，方便验证分群的合理性',
    '跨境电商客户增长最快，但单客价值低，是否值得配置专属客户经理存在争议',
    '国有企业客户的招投标周期固定，建议在分群描述中写明每年的关键采购窗口',
    '第一组提出：分群完成后必须同步调整销售指标和提成方案，否则执行不下去',
  ],
  en: [
    'Very large accounts should not be judged by annual revenue alone: buying complexity across regions and product lines matters too',
    'Most electronics manufacturers in South China are covered by agents today; moving them to direct sales needs at least two quarters of transition',
    'Borderline accounts between industry key accounts and medium businesses (revenue of 0.5–1 billion) need the sales VP to decide',
    'Suggest a separate segment for focused ISVs and solution providers, owned by partner managers rather than account managers',
    'Group three: the SMB market should be covered by phone and web first, face-to-face visits only for key renewals',
    'About forty accounts in the current list are duplicates (subsidiaries of the same group) and need to be merged first',
    'Cold-chain customers have long buying chains, usually involving quality, purchasing, finance and the general manager',
    'Territory reps cover anything from thirty to four hundred accounts each; the load needs rebalancing',
    'Next time, bring each region’s wins and losses of the last three years to test the segments against',
    'Cross-border e-commerce grows fastest but each account is small: is a dedicated account manager worth it?',
    'State-owned enterprises tender on a fixed cycle: write each segment’s key buying windows into its description',
    'Group one: once segmented, quotas and commission plans must change with it, or nothing will change in practice',
  ],
};

const PARKING: Record<Lang, Array<{ text: string; owner: string; answer: string; status: 'open' | 'answered' | 'action' }>> = {
  'zh-CN': [
    { text: '集团客户下属的区域子公司，是跟随集团总部归入超大型客户，还是按各自规模单独分群？', owner: '销售运营部', answer: '', status: 'open' },
    { text: '伙伴覆盖的客户出现直销团队撞单时，以谁先报备商机为准，还是以客户归属为准？', owner: '渠道管理部总监', answer: '以客户归属为准，报备只作参考；下周例会前出书面规则。', status: 'answered' },
    { text: '电话销售团队的考核指标是否要从通话量改为商机转化率？需要人力资源部一起讨论', owner: '人力资源部', answer: '', status: 'action' },
    { text: '新设的行业团队需要多少名品牌专家支持？现有产品经理能否兼任？', owner: '产品管理部', answer: '', status: 'open' },
    { text: '跨境电商客户的合同模板与国内客户不同，法务审核周期能否缩短到五个工作日以内？', owner: '法务部', answer: '', status: 'open' },
    { text: '客户名单中没有行业字段的约两百家客户，由谁在下周五之前补齐？', owner: '各大区销售经理', answer: '', status: 'action' },
    { text: '超大型客户的专属客户主管是否需要同时承担回款指标？', owner: '财务部', answer: '', status: 'open' },
    { text: '网上自助下单渠道目前只支持标准快递产品，合同物流何时能上线？', owner: '信息技术部', answer: '', status: 'open' },
    { text: '区域销售代表的客户数上限定为两千家是否合理？华南大区认为应该更低', owner: '华南大区总经理', answer: '', status: 'open' },
    { text: '研讨会的结论什么时候向全体销售团队宣讲？是否需要先在一个大区试点？', owner: '销售副总裁', answer: '', status: 'open' },
  ],
  en: [
    { text: 'Regional subsidiaries of a group account: do they follow the headquarters into very large accounts, or get segmented by their own size?', owner: 'Sales operations', answer: '', status: 'open' },
    { text: 'When a partner-covered account collides with the direct team, does the first registered opportunity win, or account ownership?', owner: 'Head of channel management', answer: 'Account ownership wins; registration is for reference. Written rule before next week’s review.', status: 'answered' },
    { text: 'Should the telesales team be measured on opportunity conversion instead of call volume? Needs HR in the discussion', owner: 'Human resources', answer: '', status: 'action' },
    { text: 'How many brand specialists does the new industry team need, and can today’s product managers double up?', owner: 'Product management', answer: '', status: 'open' },
    { text: 'Cross-border contracts use another template: can legal review be cut to five working days or fewer?', owner: 'Legal', answer: '', status: 'open' },
    { text: 'About two hundred accounts in the list have no industry: who fills them in before next Friday?', owner: 'Regional sales managers', answer: '', status: 'action' },
    { text: 'Do dedicated client executives for very large accounts also carry a collections target?', owner: 'Finance', answer: '', status: 'open' },
    { text: 'Web self-service only sells standard express today: when does contract logistics go online?', owner: 'IT', answer: '', status: 'open' },
    { text: 'Is two thousand accounts the right cap per territory rep? South China thinks it should be lower', owner: 'South China general manager', answer: '', status: 'open' },
    { text: 'When are the workshop’s conclusions presented to the whole sales force, and should one region pilot them first?', owner: 'Sales VP', answer: '', status: 'open' },
  ],
};

const QUESTIONS: Record<Lang, Record<'segments' | 'coverage' | 'agenda' | 'method', string>> = {
  'zh-CN': {
    segments: '在接下来的十二个月里，哪些客户群应该优先配置专属客户团队和额外的售前资源？',
    coverage: '哪些意见最值得在下一次管理层例会上优先讨论并形成决议？',
    agenda: '今天下午的研讨内容中，哪些环节对各位的日常销售管理工作最有帮助？',
    method: '停车场里的哪些问题必须在本周五之前给出答复？',
  },
  en: {
    segments: 'Which segments should get a dedicated account team and extra presales resources first over the next twelve months?',
    coverage: 'Which remarks most deserve a decision at the next management review?',
    agenda: 'Which of this afternoon’s sessions help your day-to-day sales management most?',
    method: 'Which parked questions must be answered before this Friday?',
  },
};

const GROUPS: Record<Lang, string[]> = {
  'zh-CN': ['第一组（华南大区）', '第二组（华东大区）', '第三组（华北大区）', '第四组（总部职能）', '第五组（伙伴与渠道）'],
  en: ['Group 1 (South China)', 'Group 2 (East China)', 'Group 3 (North China)', 'Group 4 (Headquarters)', 'Group 5 (Partners and channels)'],
};

/** Rules of engagement as a room writes them: a paragraph, not a label (the routes board wraps them on the projector). */
export const RULES: Record<Lang, Array<{ segmentId: string; offeringId: string; rule: string }>> = {
  'zh-CN': [
    { segmentId: 'seg-integrated', offeringId: 'off-solutions', rule: '合同金额在五百万元以上的集成解决方案商机由专属客户主管牵头，主要系统集成商负责方案设计和交付实施；报备时间不作为归属依据，争议提交区域销售总监在两个工作日内裁决' },
    { segmentId: 'seg-mid', offeringId: 'off-platform', rule: '中型企业的平台服务由区域面对面销售负责首次签约，续约和增购转给电话销售跟进；核心业务伙伴只能在客户书面同意后介入' },
  ],
  en: [
    { segmentId: 'seg-integrated', offeringId: 'off-solutions', rule: 'Solution deals over ¥5 M are led by the dedicated client executive; the major SI designs and delivers. Registration date does not decide ownership; disputes go to the regional sales director, who rules within two working days' },
    { segmentId: 'seg-mid', offeringId: 'off-platform', rule: 'Face-to-face reps sign the first platform contract with medium businesses; renewals and upsells go to telesales. Core partners join only with the customer’s written consent' },
  ],
};

const NOTE_COLORS = ['#fff3a3', '#ffd6a5', '#caffbf', '#a0e7ff', '#ffc6ff'];

export async function addFacilitation(page: Page, host: Host, workshopId: string, lang: Lang): Promise<FacilitationContent> {
  const dispatch = (command: unknown) => callApi(page, host, 'dispatch', { workshopId, command });
  const records = async () => (await callApi<{ records: Array<{ type: string; id: string; order?: string; board?: string }> }>(page, host, 'openWorkshop', { workshopId })).records;
  const segments = (await records()).filter((r) => r.type === 'segment').sort((a, b) => (a.order! < b.order! ? -1 : 1));
  // The notes of the segments board (some on a segment) and the same dozen on the coverage board.
  for (const board of ['segments', 'coverage'] as const) {
    for (const [i, text] of NOTES[lang].entries()) {
      const author = GROUPS[lang][i % GROUPS[lang].length]!;
      const anchor = i % 3 === 0 ? { kind: 'record', id: segments[i % segments.length]!.id } : null;
      await dispatch({ type: 'note.add', values: { board, text, author, color: NOTE_COLORS[i % NOTE_COLORS.length], anchor } });
    }
  }
  for (const item of PARKING[lang]) await dispatch({ type: 'parking.add', values: { ...item, board: 'segments' } });
  for (const rule of RULES[lang]) await dispatch({ type: 'cellRule.set', ...rule });

  const all = await records();
  const ids = (type: string, board?: string) => all.filter((r) => r.type === type && (!board || r.board === board)).sort((a, b) => (a.order! < b.order! ? -1 : 1)).map((r) => r.id);
  const votes: FacilitationContent['votes'] = [];
  const vote = async (board: 'segments' | 'coverage' | 'agenda' | 'method', itemType: string, itemIds: string[], state: 'closed' | 'hidden' | 'open') => {
    const id = `vote-${board}`;
    const groups = GROUPS[lang];
    await dispatch({ type: 'vote.open', id, values: { question: QUESTIONS[lang][board], board, itemType, itemIds, groups, dotsPerGroup: 3, hideResults: state === 'hidden' } });
    // Each group spreads its three dots over the first items, so the ranking has ties and gaps.
    for (let g = 0; g < groups.length; g++) for (let d = 0; d < 3; d++) await dispatch({ type: 'vote.dot', id, group: g, itemId: itemIds[(g + d * 2) % Math.min(itemIds.length, 7)]! });
    if (state === 'closed') await dispatch({ type: 'vote.close', id });
    votes.push({ board, state, items: itemIds.length });
  };
  await vote('segments', 'segment', ids('segment'), 'closed');
  await vote('coverage', 'note', ids('note', 'coverage'), 'hidden');
  await vote('agenda', 'agendaItem', ids('agendaItem'), 'open');
  await vote('method', 'parkingItem', ids('parkingItem'), 'closed');

  // Four breakout groups, each with its copy of the routes grid, filling the gaps and redrawing
  // cells their own way: the comparison has conflicts and plain differences to show.
  const cell = (segmentId: string, offeringId: string) => JSON.stringify([segmentId, offeringId]);
  const proposals: Array<Array<[string, string, string]>> = [
    [['seg-si', 'off-retail', 'route-tele-online'], ['seg-isv', 'off-retail', 'route-tele-online'], ['seg-mid', 'off-solutions', 'route-f2f,route-core-partners']],
    [['seg-si', 'off-retail', 'route-regional-si'], ['seg-isv', 'off-retail', 'route-core-partners'], ['seg-key', 'off-platform', 'route-f2f,route-isv']],
    [['seg-si', 'off-retail', 'route-core-partners'], ['seg-smb', 'off-platform', 'route-tele-online'], ['seg-integrated', 'off-retail', 'route-f2f,route-services']],
    [['seg-isv', 'off-retail', 'route-isv'], ['seg-smb', 'off-solutions', 'route-core-partners,route-regional-si'], ['seg-mid', 'off-platform', 'route-f2f,route-tele-online']],
  ];
  for (const [g, changes] of proposals.entries()) {
    const groupId = `group-${g}`;
    await dispatch({ type: 'breakoutGroup.add', id: groupId, values: { name: GROUPS[lang][g] } });
    await dispatch({ type: 'breakout.copy', id: `copy-${g}`, groupId, board: 'routes' });
    for (const [segmentId, offeringId, to] of changes) await dispatch({ type: 'breakout.set', id: `copy-${g}`, key: cell(segmentId, offeringId), to });
  }
  return { votes, notes: NOTES[lang].length, parking: PARKING[lang].length };
}
