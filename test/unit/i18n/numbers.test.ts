import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/i18n/resources';

/**
 * Counts read out in toasts, findings and announcements are locale-formatted ("Deleted 7,999
 * accounts", not "7999"): the boards' strings format them with i18next's `number` formatter
 * (Intl.NumberFormat in the UI language), the same options the app initialises i18next with.
 */
const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false });
});

describe('numbers in board messages', () => {
  it.each([
    ['en', 'Deleted 7,999 accounts'],
    ['zh-CN', '已删除 7,999 家客户'],
  ] as const)('the bulk-delete toast groups digits (%s)', (lng, text) => {
    expect(i18n.t('segments:toast.accountsDeleted', { count: 7999, lng })).toBe(text);
  });

  it('findings, figures and drag announcements group digits too', () => {
    expect(i18n.t('routes:findings.gaps', { count: 1200, lng: 'en' })).toBe('1,200 gaps');
    expect(i18n.t('routes:target.over', { count: 1234, target: 1000, over: 234, lng: 'en' })).toContain('1,234 routes, target 1,000: 234 too many');
    expect(i18n.t('coverage:summary.uncovered', { count: 2500, lng: 'zh-CN' })).toContain('2,500');
    expect(i18n.t('segments:dnd.over', { name: 'A', segment: 'B', position: 1500, count: 12000, lng: 'en' })).toBe('A → B, position 1,500 of 12,000');
    expect(i18n.t('segments:toolbar.valueCount', { value: '制造', n: 3400, lng: 'zh-CN' })).toBe('制造（3,400）');
  });

  /** Placeholders that always carry a raw count: each must be formatted in every board string. */
  const COUNTS = ['count', 'position', 'unassigned', 'chosen', 'answered', 'target', 'over'];
  it.each(['segments', 'coverage', 'routes'] as const)('no raw count placeholder is left in %s', (ns) => {
    const raw: string[] = [];
    for (const lang of ['en', 'zh-CN'] as const) {
      const walk = (tree: unknown, path: string) => {
        if (typeof tree === 'string') {
          for (const m of tree.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) if (COUNTS.includes(m[1]!)) raw.push(`${lang} ${path}: ${m[0]}`);
        } else if (tree && typeof tree === 'object') {
          for (const [k, v] of Object.entries(tree)) walk(v, path ? `${path}.${k}` : k);
        }
      };
      walk((resources[lang] as Record<string, unknown>)[ns], '');
    }
    expect(raw).toEqual([]);
  });
});
