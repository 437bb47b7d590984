import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPptx } from '../../helpers/pptxRead';
import { startTestService, type TestService } from '../../helpers/service';

/**
 * Issue 11, plans own their assumptions: the deck's plan comparison shows what the two plans
 * assume differently, as the board's comparison does — a role's share named by the workshop's role.
 */
let t: TestService;
let deck: ReturnType<typeof readPptx>;

beforeAll(async () => {
  t = await startTestService();
  const workshopId = (await t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' })).id;
  const dispatch = (command: unknown) => t.ok('dispatch', { workshopId, command });
  await dispatch({ type: 'coverage.place', scenarioId: 'scenario-a', segmentId: 'seg-mid', motionId: 'motion-phone' });
  await dispatch({ type: 'scenario.duplicate', id: 'scenario-a', newId: 'scenario-b', name: '方案 B' });
  await dispatch({ type: 'motion.update', id: 'motion-phone', scenarioId: 'scenario-b', patch: { capacity: 400, roles: { hunter: 70, farmer: 30, coach: 0 } } });
  await dispatch({ type: 'role.update', id: 'role-farmer', patch: { name: '客户经理' } });
  deck = readPptx(Buffer.from((await t.ok('exportPptx', { workshopId })).dataBase64, 'base64'));
}, 60_000);
afterAll(() => t.close());

describe('the deck’s plan comparison', () => {
  it('lists the assumptions the plans differ on, with both plans’ values', () => {
    const slide = deck.slides.find((s) => s.title === '两个方案的不同假设')!;
    expect(slide, deck.slides.map((s) => s.title).join(' | ')).toBeDefined();
    const [header, ...rows] = slide.tables[0]!;
    // Plan B, the copy, is the plan on the board; plan A the other.
    expect(header).toEqual(['假设', '方案 A', '方案 B']);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['专属电话覆盖 · 每人覆盖客户数', '300', '400'],
        ['专属电话覆盖 · 猎手占比', '50%', '70%'],
        ['专属电话覆盖 · 客户经理占比', '50%', '30%'],
      ]),
    );
    expect(rows).toHaveLength(3);
  });
});
