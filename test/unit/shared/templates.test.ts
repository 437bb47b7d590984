import { describe, expect, it } from 'vitest';
import { templateSchema } from '../../../shared/templates';
import { loadTemplates, TEMPLATE_FILES } from '../../../electron/service/templates';

describe('workshop templates', () => {
  const templates = loadTemplates();

  it('every shipped template passes the record schemas and reference checks', () => {
    expect(templates.map((t) => `${t.id}.${t.language}`).sort()).toEqual([
      'blank.en', 'blank.zh-CN', 'sales-transformation.en', 'sales-transformation.zh-CN',
    ]);
  });

  it('the sales transformation template carries the deck: agenda, 6 segments, 6 motions, 3 offerings, 7 routes, 5 stages', () => {
    for (const t of templates.filter((x) => x.id === 'sales-transformation')) {
      const count = (type: string) => t.records.filter((r) => r.type === type).length;
      expect([count('segment'), count('motion'), count('offering'), count('route'), count('stage')]).toEqual([6, 6, 3, 7, 5]);
      expect(count('agendaItem')).toBeGreaterThanOrEqual(6);
      const stages = t.records.filter((r) => r.type === 'stage').map((r) => (r as { probability: number }).probability);
      expect(stages).toEqual([10, 25, 50, 75, 100]);
    }
  });

  it('the zh-CN and en variants have the same records (ids), only the words differ', () => {
    const ids = (lang: string) => templates.find((t) => t.id === 'sales-transformation' && t.language === lang)!.records.map((r) => r.id).sort();
    expect(ids('zh-CN')).toEqual(ids('en'));
    const zh = templates.find((t) => t.id === 'sales-transformation' && t.language === 'zh-CN')!;
    expect(zh.records.find((r) => r.id === 'seg-integrated')).toMatchObject({ name: '超大型客户' });
  });

  it('a template with a dangling reference or a bad value does not load', () => {
    const good = TEMPLATE_FILES['blank.en.json'] as { records: unknown[] };
    const dangling = { ...good, records: [...good.records, { id: 'p', type: 'placement', routeId: 'x', segmentId: 'y', offeringId: 'z', order: 'a0' }] };
    expect(templateSchema.safeParse(dangling).success).toBe(false);
    expect(() => loadTemplates({ 'broken.json': { ...good, records: [{ id: 'settings', type: 'settings' }] } })).toThrow(/broken\.json/);
  });
});
