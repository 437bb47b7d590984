import { roleNames } from '../../../shared/calc/roles';
import { displayWidth } from '../../../shared/export/book/width';
import { sortByOrder } from '../../../shared/order';
import { MIX_ROLES, type MixRole, type SalesRole } from '../../../shared/records';

type T = (key: string, values?: Record<string, unknown>) => string;

/**
 * The mix's names from the workshop's role records (issue 12's roles), the app's words where no
 * role has the kind. Pure: the board (useRoleNames), its exports and the report share it.
 */
export function roleNamesOf(roles: Iterable<SalesRole>, t: T): Record<MixRole, string> {
  return roleNames(sortByOrder(roles), (kind) => t(`export.columns.${kind}`));
}

/** "Hunter 6, Farmer 3, Coach 1": each role's name with its value, in mix order. */
export function mixText(names: Record<MixRole, string>, values: Record<MixRole, string>, t: T): string {
  return MIX_ROLES.map((r) => t('roleAmount', { role: names[r], value: values[r] })).join(t('roleSeparator'));
}

/** Widest a role's short name is in the motion header's mix tag (a Latin letter 1, a Chinese character 2). */
const SHORT_WIDTH = 8;
/** Job-title endings a Chinese role name can drop and still be known ("新客户经理" → "新客户"). */
const ZH_TITLE_ENDINGS = ['经理', '代表', '专员', '主管', '顾问', '总监'];
/** Small words an English role name's initials skip ("Head of sales" → "HS"). */
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'a', 'an']);

/**
 * A role's name short enough for the motion header's mix tag: as the room wrote it when it is
 * short ("猎手", "BD", "Hunter"); otherwise without its bracketed note ("客户经理（农夫）" →
 * "客户经理"), a Chinese name of several titles as its first ("专属客户主管/总监" → "专属客户",
 * never "专属客"), without its title ending or cut to its first three characters
 * ("新客户经理" → "新客户"), an English name of several words as its initials ("Key account
 * manager" → "KAM"), one long word as its first four letters and a full stop ("Specialist" →
 * "Spec."). The full name is always in the tag's tooltip and accessible name.
 */
export function shortRoleName(name: string): string {
  const full = name.trim();
  if (displayWidth(full) <= SHORT_WIDTH) return full;
  const bare = full.replace(/\s*[（(][^（()）]*[)）]\s*/g, ' ').trim() || full;
  if (displayWidth(bare) <= SHORT_WIDTH) return bare;
  if (/\p{Script=Han}/u.test(bare)) {
    // A name of several titles ("专属客户主管/总监"): its first one, so the cut falls between words.
    const first = bare.split(/[/／·・、，,]/)[0]!.trim();
    const title = [...first].length >= 2 ? first : bare;
    if (displayWidth(title) <= SHORT_WIDTH) return title;
    const ending = ZH_TITLE_ENDINGS.find((e) => title.endsWith(e) && [...title].length - e.length >= 2);
    const stem = ending ? title.slice(0, -ending.length) : title;
    return displayWidth(stem) <= SHORT_WIDTH ? stem : [...stem].slice(0, 3).join('');
  }
  const words = bare.split(/[\s/&+,-]+/).filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length > 1) return words.map((w) => [...w][0]!.toUpperCase()).join('');
  return `${[...bare].slice(0, 4).join('')}.`;
}

/** Each kind's short name; two kinds that would read the same keep their full names. */
export function shortRoleNames(names: Record<MixRole, string>): Record<MixRole, string> {
  const short = Object.fromEntries(MIX_ROLES.map((r) => [r, shortRoleName(names[r])])) as Record<MixRole, string>;
  const same = (r: MixRole) => MIX_ROLES.some((o) => o !== r && short[o] === short[r]);
  return Object.fromEntries(MIX_ROLES.map((r) => [r, same(r) ? names[r] : short[r]])) as Record<MixRole, string>;
}

/**
 * The motion header's mix tag: "猎手 20 · 农夫 70 · 辅导员 10 %" in the room's (short) role
 * names, the roles with a share only, one part per role (the header wraps between parts, never
 * inside one). Empty when no role has a share.
 */
export function mixTagParts(short: Record<MixRole, string>, mix: Record<MixRole, number>, value: (n: number) => string, t: T): string[] {
  return MIX_ROLES.filter((r) => mix[r] > 0).map((r) => t('rolesShort.part', { role: short[r], value: value(mix[r]) }));
}
