import { describe, expect, it } from 'vitest';
import { templateSchema } from '../../../shared/templates';
import { loadTemplates, TEMPLATE_FILES } from '../../../electron/service/templates';
import { addMinutes } from '../../../shared/commands/agenda';
import { assess, probabilityBound } from '../../../shared/calc/pipeline';
import { sortByOrder } from '../../../shared/order';
import type { AgendaItem, AnyRecord, Assumption, Motion } from '../../../shared/records';

describe('workshop templates', () => {
  const templates = loadTemplates();

  it('every shipped template passes the record schemas and reference checks', () => {
    expect(templates.map((t) => `${t.id}.${t.language}`).sort()).toEqual([
      'blank.en', 'blank.zh-CN', 'logistics-example.en', 'logistics-example.zh-CN', 'sales-transformation.en', 'sales-transformation.zh-CN',
    ]);
  });

  it('the agenda links a block to every board, in the day’s three questions (issue 12: opportunities and cadence too)', () => {
    for (const t of templates.filter((x) => x.id === 'sales-transformation')) {
      const boards = t.records.flatMap((r) => (r.type === 'agendaItem' && r.board ? [r.board] : []));
      expect(boards).toEqual(['segments', 'method', 'opportunities', 'cadence', 'coverage', 'routes']);
      // The day still runs 09:00 to 18:15, each block starting when the one before ends.
      const items = sortByOrder(t.records.filter((r): r is AgendaItem => r.type === 'agendaItem'));
      items.slice(1).forEach((item, i) => expect(item.start, item.title).toBe(addMinutes(items[i]!.start, items[i]!.duration)));
      expect(addMinutes(items.at(-1)!.start, items.at(-1)!.duration)).toBe('18:15');
    }
  });

  it('gives each role of coverage’s mix a record (one definition) and the motions example quotas labelled as assumptions', () => {
    for (const t of templates.filter((x) => x.id === 'sales-transformation')) {
      const kinds = t.records.flatMap((r) => (r.type === 'role' ? [r.kind] : []));
      expect(kinds).toEqual(['hunter', 'farmer', 'coach']);
      const assumptions = t.records.filter((r): r is Assumption => r.type === 'assumption');
      expect(assumptions.every((a) => a.quotas.hunter !== null && a.quotas.farmer !== null)).toBe(true);
      const label = t.language === 'en' ? /Example quotas .*an assumption to replace/ : /示例销售指标.*这是假设，请替换/;
      for (const m of t.records.filter((r): r is Motion => r.type === 'motion')) expect(m.notes, m.name).toMatch(label);
      expect(t.notes).toMatch(t.language === 'en' ? /quotas .* are an example/ : /销售指标只是示例/);
    }
  });

  it('the logistics example adds example accounts, practice opportunities across the stages and plans, labelled as examples, to the template', () => {
    const base = (lang: string) => templates.find((x) => x.id === 'sales-transformation' && x.language === lang)!;
    for (const t of templates.filter((x) => x.id === 'logistics-example')) {
      const mark = t.language === 'en' ? '(example)' : '（示例）';
      const of = <T extends AnyRecord['type']>(type: T) => t.records.filter((r) => r.type === type) as Extract<AnyRecord, { type: T }>[];
      // Everything of the template, plus the example.
      expect(t.records.slice(0, base(t.language).records.length)).toEqual(base(t.language).records);
      const accounts = of('account');
      expect(accounts.length).toBeGreaterThanOrEqual(5);
      expect(accounts.every((a) => a.name.endsWith(mark))).toBe(true);
      const opportunities = of('opportunity');
      expect(opportunities.length).toBeGreaterThanOrEqual(3);
      expect(opportunities.length).toBeLessThanOrEqual(5);
      expect(opportunities.every((o) => o.name.endsWith(mark))).toBe(true);
      expect(new Set(opportunities.map((o) => o.stageId)).size).toBeGreaterThanOrEqual(3);
      // Each is within its stage's bound and its assessment's cap (what the commands enforce).
      const settings = of('pipelineSettings')[0]!;
      const stages = new Map(of('stage').map((s) => [s.id, s]));
      for (const o of opportunities) {
        const bound = probabilityBound(stages.get(o.stageId)!, assess(o, of('criterion'), settings));
        expect(o.probability, o.name).toBeLessThanOrEqual(bound.bound);
      }
      // Every recommendation appears once assessed: pursue, qualify further, walk away.
      expect(new Set(opportunities.map((o) => assess(o, of('criterion'), settings).recommendation))).toEqual(new Set(['pursue', 'qualify', 'walkAway', null]));
      expect(of('accountPlan')).toHaveLength(1);
      expect(opportunities.filter((o) => Object.keys(o.plan.answers).length > 0 && o.plan.competitors.length > 0)).toHaveLength(1);
    }
    const ids = (lang: string) => templates.find((t) => t.id === 'logistics-example' && t.language === lang)!.records.map((r) => r.id).sort();
    expect(ids('zh-CN')).toEqual(ids('en'));
    // The template itself and the blank one stay without example data.
    for (const t of templates.filter((x) => x.id !== 'logistics-example')) expect(t.records.some((r) => r.type === 'account' || r.type === 'opportunity')).toBe(false);
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
