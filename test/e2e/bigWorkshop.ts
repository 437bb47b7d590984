import type { Page } from '@playwright/test';
import { generateAccounts } from '../bench/generate';
import { toAccountValues } from '../bench/harness/sortRule';
import { fillWorkshop } from '../helpers/filledWorkshop';
import type { Host } from './fixtures';
import { RULES } from './facilitationContent';
import { callApi } from './filledWorkshop';

type Lang = 'zh-CN' | 'en';

/**
 * A real client's workshop, bigger than the template: fifteen segments with the long names rooms
 * give them, accounts in every one with long English and Chinese names, a coverage row for each
 * segment, and two rules of engagement a paragraph long on the routes board. Seeded through the
 * real service (the one change path), as the facilitator's laptop would have it at the end of the day.
 */
const EXTRA_SEGMENTS: Record<Lang, string[]> = {
  'zh-CN': ['行业大客户及其他大型客户', '主要IT方案提供商', '区域重点制造业客户', '跨国企业在华分支机构', '政府及公共事业单位', '医疗健康与生命科学', '金融保险及证券机构', '新兴互联网与科技公司', '教育科研及非营利组织'],
  en: ['Industry key accounts and other large customers', 'Major IT solution providers', 'Regional manufacturing accounts', 'Multinationals’ China branches', 'Government and public utilities', 'Healthcare and life sciences', 'Banking, insurance and securities', 'Emerging internet and technology companies', 'Education, research and non-profits'],
};

const ACCOUNT_NAMES: Record<Lang, string[]> = {
  'zh-CN': ['新城制药集团股份有限公司', '华东智能制造科技', '海川国际物流', '金桥证券', '北方重工装备集团', '长江生命科学研究院', '星辰互联网科技', '南岭教育发展基金会'],
  en: ['Xincheng Pharma', 'Eastern Intelligent Manufacturing', 'Haichuan International Logistics', 'Jinqiao Securities', 'Northern Heavy Equipment Group', 'Changjiang Life Sciences Institute', 'Xingchen Internet Technology', 'Nanling Education Foundation'],
};

const MOTIONS = ['motion-dedicated', 'motion-industry', 'motion-territory', 'motion-phone', 'motion-web', 'motion-partner'];

export const BIG_SEGMENTS = 15;

/** Creates the big workshop in `lang`; returns its id. */
export async function bigWorkshop(page: Page, host: Host, lang: Lang): Promise<string> {
  const call = ((m: string, a: unknown) => callApi(page, host, m, a)) as Parameters<typeof fillWorkshop>[0];
  const w = await callApi<{ id: string }>(page, host, 'createWorkshop', {
    name: lang === 'en' ? 'Haige Logistics · Sales transformation workshop' : '海格物流 · 销售转型研讨会',
    client: lang === 'en' ? 'Haige Logistics' : '海格物流',
    language: lang,
    templateId: 'sales-transformation',
  });
  const dispatch = (command: unknown) => callApi<{ diff: { added: Array<{ id: string }> } }>(page, host, 'dispatch', { workshopId: w.id, command });
  await fillWorkshop(call, w.id, 0);
  const extra = EXTRA_SEGMENTS[lang].map((name, i) => ({ id: `seg-big-${i + 1}`, name }));
  for (const s of extra) await dispatch({ type: 'segment.add', id: s.id, values: { name: s.name } });
  const segmentIds = ['seg-integrated', 'seg-key', 'seg-mid', 'seg-smb', 'seg-si', 'seg-isv', ...extra.map((s) => s.id)];
  // Twelve accounts in every segment, their long names first in each column.
  const names = ACCOUNT_NAMES[lang];
  const values = generateAccounts(segmentIds.length * 12).map(toAccountValues).map((v, i) => ({ ...v, name: `${names[i % names.length]}${i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : ''}`, potential: v.spend }));
  const added = (await dispatch({ type: 'account.import', accounts: values })).diff.added;
  await dispatch({ type: 'segment.acceptSuggestions', moves: added.map((a, i) => ({ accountId: a.id, segmentId: segmentIds[i % segmentIds.length]! })) });
  // A coverage row for each new segment (the template's six have theirs, but for seg-isv).
  for (const [i, s] of [...extra.map((e) => e.id), 'seg-isv'].entries()) await dispatch({ type: 'coverage.place', scenarioId: 'scenario-a', segmentId: s, motionId: MOTIONS[i % MOTIONS.length] });
  for (const rule of RULES[lang]) await dispatch({ type: 'cellRule.set', ...rule });
  return w.id;
}
