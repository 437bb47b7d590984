import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/api/apiError';
import { i18next } from '../../../renderer/i18n';
import { NAMESPACES, resources } from '../../../renderer/i18n/resources';
import { errorText } from '../../../renderer/ui/errors';

beforeAll(async () => {
  await i18next.init({ resources, lng: 'zh-CN', ns: [...NAMESPACES], defaultNS: 'common', interpolation: { escapeValue: false } });
});

describe('error messages the user reads', () => {
  it('name the field in the user’s words, never the internal path', async () => {
    const e = new ApiError({ code: 'invalid_command', message: 'x', params: { type: 'motion.update', field: 'patch.costPerPerson' } });
    expect(errorText(e)).toBe('“每人年成本”无效，没有做任何更改。');
    await i18next.changeLanguage('en');
    expect(errorText(e)).toBe('“Cost per person” is not valid. Nothing was changed.');
    await i18next.changeLanguage('zh-CN');
  });

  it('leave an unknown field out rather than show it raw', () => {
    const e = new ApiError({ code: 'invalid_value', message: 'x', params: { field: 'weirdInternal.thing' } });
    expect(errorText(e)).toBe('该值不被允许，没有做任何更改。');
  });

  it('say plainly when Salesmap cannot be reached', () => {
    expect(errorText(new ApiError({ code: 'unreachable', message: 'Failed to fetch' }))).toContain('无法连接 Salesmap');
  });
});
