import { describe, expect, it } from 'vitest';
import { exportInput } from '../../../shared/export/input';
import { translator } from '../../../electron/export/translate';
import { cssString, pageCounterContent, pageRules } from '../../../renderer/report/pageRules';

const workshop = (name: string, client: string, language: 'zh-CN' | 'en') =>
  exportInput({
    workshop: { id: 'w', name, client, language, templateId: null, version: 0, createdAt: '', updatedAt: '' },
    records: [],
    at: new Date(2026, 11, 3),
    t: translator(language),
  });

describe('the printed page’s footer', () => {
  it('quotes any workshop name safely into CSS (quotes, backslashes and line breaks cannot end the string)', () => {
    expect(cssString('海格 "Q4" \\ draft\nv2')).toBe('"海格 \\"Q4\\" \\\\ draft v2"');
    const rules = pageRules(workshop('x"; } body { display: none; } @page { content: "', '', 'en'), '3 December 2026');
    expect(rules).toContain('content: "x\\"; } body { display: none; } @page { content: \\" · 3 December 2026";');
  });

  it('puts the page counters where each language says them', () => {
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
    const zh = pageRules(workshop('海格物流研讨会', '海格物流', 'zh-CN'), '2026年12月3日');
    expect(zh).toContain('content: "海格物流研讨会 · 海格物流 · 2026年12月3日";');
    expect(zh).toContain('content: "第 " counter(page) " 页，共 " counter(pages) " 页";');
    expect(pageRules(workshop('Haige', '  ', 'en'), '3 December 2026')).toContain('content: "Haige · 3 December 2026";');
  });
});
