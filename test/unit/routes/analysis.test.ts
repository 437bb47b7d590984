import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseRoutes, isAnswered, unansweredQuestions, type RoutesInput } from '../../../shared/calc/routes';
import {
  cellRuleId,
  EMPTY_RULES,
  type CellRule,
  type Offering,
  type Placement,
  type Route,
  type Segment,
} from '../../../shared/records';

const segment = (id: string, order: string, hidden = false): Segment => ({
  id,
  type: 'segment',
  name: id,
  color: '#0072b2',
  order,
  description: '',
  rules: EMPTY_RULES,
  buying: '',
  painPoints: '',
  drive: null,
  owner: '',
  principles: '',
  hiddenInRoutes: hidden,
});
const offering = (id: string, order: string): Offering => ({ id, type: 'offering', name: id, order });
const route = (id: string, number: number, answers: Array<[string, boolean]> = []): Route => ({
  id,
  type: 'route',
  number,
  name: id,
  family: 'direct',
  partnerType: '',
  color: '#e69f00',
  questions: Array.from({ length: 6 }, (_, i) => ({ answer: answers[i]?.[0] ?? '', done: answers[i]?.[1] ?? false })),
  // A route that does every step itself: two of them in one cell clash on every step.
  steps: { relationship: 'own', discovery: 'own', ownership: 'own', support: 'own' },
  capacityNotes: '',
  motionIds: [],
  order: `a${number}`,
});
let n = 0;
const place = (routeId: string, segmentId: string, offeringId: string, order = 'a0'): Placement => ({
  id: `p${++n}`,
  type: 'placement',
  routeId,
  segmentId,
  offeringId,
  order,
});
const rule = (segmentId: string, offeringId: string, text: string): CellRule => ({
  id: cellRuleId(segmentId, offeringId),
  type: 'cellRule',
  segmentId,
  offeringId,
  rule: text,
});

/** Two tiers × two offerings, three routes: the smallest grid where every finding can show. */
function grid(over: Partial<RoutesInput> = {}): RoutesInput {
  return {
    segments: [segment('big', 'a0'), segment('smb', 'a1')],
    offerings: [offering('simple', 'a0'), offering('solutions', 'a1')],
    routes: [route('r1', 1), route('r2', 2), route('r3', 3)],
    placements: [],
    cellRules: [],
    target: 7,
    ...over,
  };
}
const keys = (cells: { segmentId: string; offeringId: string }[]) => cells.map((c) => `${c.segmentId}×${c.offeringId}`);

describe('gaps', () => {
  it('every visible cell is a gap until a route serves it, listed row by row', () => {
    const a = analyseRoutes(grid());
    expect(keys(a.gaps)).toEqual(['big×simple', 'big×solutions', 'smb×simple', 'smb×solutions']);
  });

  it('a placed route closes its cell and only its cell', () => {
    const a = analyseRoutes(grid({ placements: [place('r1', 'smb', 'solutions')] }));
    expect(keys(a.gaps)).toEqual(['big×simple', 'big×solutions', 'smb×simple']);
    expect(a.cells.get(cellRuleId('smb', 'solutions'))?.status).toBe('served');
  });

  it('a hidden row is neither a gap nor a conflict, and its placements serve nothing', () => {
    const a = analyseRoutes(
      grid({
        segments: [segment('big', 'a0', true), segment('smb', 'a1')],
        placements: [place('r1', 'big', 'simple'), place('r2', 'big', 'simple')],
      }),
    );
    expect(keys(a.gaps)).toEqual(['smb×simple', 'smb×solutions']);
    expect(a.conflicts).toEqual([]);
    expect(a.rows.map((r) => r.id)).toEqual(['smb']);
    expect(a.hiddenRows.map((r) => r.id)).toEqual(['big']);
    expect(a.cellsServed.get('r1')).toBe(0);
  });

  it('a placement of a route that was removed leaves the cell a gap again', () => {
    const a = analyseRoutes(
      grid({ routes: [route('r2', 2)], placements: [place('r1', 'big', 'simple')] }),
    );
    expect(keys(a.gaps)).toContain('big×simple');
    expect(a.cells.get(cellRuleId('big', 'simple'))?.placements).toEqual([]);
  });

  it('rows and columns follow the board order, not the input order', () => {
    const a = analyseRoutes(
      grid({ segments: [segment('smb', 'a1'), segment('big', 'a0')], offerings: [offering('solutions', 'a1'), offering('simple', 'a0')] }),
    );
    expect(keys(a.gaps)[0]).toBe('big×simple');
  });
});

describe('conflicts', () => {
  it('two routes in one cell with no rule are a conflict', () => {
    const a = analyseRoutes(grid({ placements: [place('r1', 'big', 'simple'), place('r2', 'big', 'simple', 'a1')] }));
    expect(keys(a.conflicts)).toEqual(['big×simple']);
    expect(a.conflicts[0]!.placements.map((p) => p.routeId)).toEqual(['r1', 'r2']);
  });

  it('a written rule of engagement resolves it', () => {
    const a = analyseRoutes(
      grid({
        placements: [place('r1', 'big', 'simple'), place('r2', 'big', 'simple')],
        cellRules: [rule('big', 'simple', '金额 > ¥5M 由直销负责')],
      }),
    );
    expect(a.conflicts).toEqual([]);
    expect(keys(a.resolved)).toEqual(['big×simple']);
    expect(a.cells.get(cellRuleId('big', 'simple'))?.rule).toBe('金额 > ¥5M 由直销负责');
  });

  it('a rule of blanks (spaces, ideographic spaces, line breaks) resolves nothing', () => {
    const a = analyseRoutes(
      grid({
        placements: [place('r1', 'big', 'simple'), place('r2', 'big', 'simple')],
        cellRules: [rule('big', 'simple', ' \u3000\n\t ')],
      }),
    );
    expect(keys(a.conflicts)).toEqual(['big×simple']);
  });

  it('a rule on a cell one route serves is kept but is no finding', () => {
    const a = analyseRoutes(grid({ placements: [place('r1', 'big', 'simple')], cellRules: [rule('big', 'simple', 'x')] }));
    expect(a.cells.get(cellRuleId('big', 'simple'))?.status).toBe('served');
    expect(a.resolved).toEqual([]);
  });

  it('removing a route from a conflicted cell ends the conflict', () => {
    const a = analyseRoutes(
      grid({ routes: [route('r1', 1)], placements: [place('r1', 'big', 'simple'), place('r2', 'big', 'simple')] }),
    );
    expect(a.conflicts).toEqual([]);
    expect(a.cells.get(cellRuleId('big', 'simple'))?.status).toBe('served');
  });
});

describe('sales-cycle-aware conflicts', () => {
  const withSteps = (id: string, n: number, steps: Route['steps'], family: Route['family'] = 'direct'): Route => ({ ...route(id, n), steps, family });
  const f2f = withSteps('f2f', 4, { relationship: 'own', discovery: 'own', ownership: 'own', support: 'partner' });
  const partner = withSteps('bp', 5, { relationship: 'partner', discovery: 'partner', ownership: 'partner', support: 'shared' }, 'partner');
  const si = withSteps('si', 3, { relationship: 'shared', discovery: 'shared', ownership: 'partner', support: 'partner' }, 'partner');
  const cell = (a: ReturnType<typeof analyseRoutes>) => a.cells.get(cellRuleId('big', 'simple'))!;

  it('complementary splits are a hand-off, not a conflict: who carries which step', () => {
    const a = analyseRoutes(grid({ routes: [f2f, partner], placements: [place('f2f', 'big', 'simple'), place('bp', 'big', 'simple', 'a1')] }));
    expect(a.conflicts).toEqual([]);
    expect(cell(a).status).toBe('served');
    expect(cell(a).handoff).toEqual([
      { step: 'relationship', routeIds: ['f2f'] },
      { step: 'discovery', routeIds: ['f2f'] },
      { step: 'ownership', routeIds: ['f2f'] },
      { step: 'support', routeIds: ['bp'] },
    ]);
  });

  it('two routes that both claim own or shared on one step clash there, and need a rule', () => {
    const a = analyseRoutes(grid({ routes: [f2f, si], placements: [place('f2f', 'big', 'simple'), place('si', 'big', 'simple', 'a1')] }));
    expect(keys(a.conflicts)).toEqual(['big×simple']);
    expect(cell(a).clashes).toEqual([
      { step: 'relationship', routeIds: ['f2f', 'si'] },
      { step: 'discovery', routeIds: ['f2f', 'si'] },
    ]);
    expect(cell(a).handoff).toBeNull();
    const ruled = analyseRoutes(
      grid({ routes: [f2f, si], placements: [place('f2f', 'big', 'simple'), place('si', 'big', 'simple', 'a1')], cellRules: [rule('big', 'simple', 'SI 登记的项目由 SI 牵头')] }),
    );
    expect(ruled.conflicts).toEqual([]);
    expect(keys(ruled.resolved)).toEqual(['big×simple']);
  });

  it('a step nobody filled in claims nothing', () => {
    const blank = withSteps('blank', 9, { relationship: null, discovery: null, ownership: null, support: null });
    const a = analyseRoutes(grid({ routes: [f2f, blank], placements: [place('f2f', 'big', 'simple'), place('blank', 'big', 'simple', 'a1')] }));
    expect(a.conflicts).toEqual([]);
  });

  it('flags a route whose family contradicts its split', () => {
    const fakePartner = withSteps('fp', 6, { relationship: 'own', discovery: 'own', ownership: 'own', support: 'own' }, 'partner');
    const fakeDirect = withSteps('fd', 7, { relationship: 'partner', discovery: 'partner', ownership: 'partner', support: 'partner' }, 'direct');
    const a = analyseRoutes(grid({ routes: [f2f, partner, si, fakePartner, fakeDirect] }));
    expect(a.inconsistent.map((r) => r.id)).toEqual(['fp', 'fd']);
  });
});

describe('routes and coverage', () => {
  const linked = (motionIds: string[]): Route => ({ ...route('f2f', 4), motionIds });
  const capacityOf = (accounts: Record<string, number>, capacity: number) =>
    analyseRoutes({
      ...grid({ routes: [linked(['m-territory'])], placements: [place('f2f', 'big', 'simple'), place('f2f', 'smb', 'simple')] }),
      motionCapacity: new Map([['m-territory', { people: 9, capacity, accounts: 0 }]]),
      segmentAccounts: new Map(Object.entries(accounts)),
    }).capacity;

  it('compares the accounts of the segments a route serves with its linked motions’ capacity', () => {
    expect(capacityOf({ big: 45, smb: 1800 }, 2000)).toEqual([expect.objectContaining({ accounts: 1845, capacity: 2000, people: 9, over: false })]);
    expect(capacityOf({ big: 45, smb: 2100 }, 2000)[0]).toMatchObject({ accounts: 2145, over: true });
  });

  it('says nothing about a route linked to no motion', () => {
    const a = analyseRoutes({ ...grid(), motionCapacity: new Map(), segmentAccounts: new Map() });
    expect(a.capacity).toEqual([]);
  });
});

describe('route questions', () => {
  it('a question is answered only by a written answer: a tick on an empty box is not an answer', () => {
    expect(isAnswered({ answer: '', done: false })).toBe(false);
    expect(isAnswered({ answer: '  \n', done: false })).toBe(false);
    expect(isAnswered({ answer: '按行业采购', done: false })).toBe(true);
    expect(isAnswered({ answer: '', done: true })).toBe(false);
    expect(isAnswered({ answer: ' \u3000', done: true })).toBe(false);
  });

  it('lists the routes with unanswered questions and which ones', () => {
    const full = route('full', 1, Array.from({ length: 6 }, () => ['yes', false] as [string, boolean]));
    const partial = route('partial', 2, [['a', false], ['', true], [' ', false]]);
    const a = analyseRoutes(grid({ routes: [full, partial] }));
    expect(a.incomplete.map((r) => r.route.id)).toEqual(['partial']);
    // The ticked question 2 has no written answer: still open.
    expect(unansweredQuestions(partial)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('simplification target', () => {
  it('counts every route in the palette against the target', () => {
    const many = Array.from({ length: 9 }, (_, i) => route(`r${i + 1}`, i + 1));
    expect(analyseRoutes(grid({ routes: many, target: 7 })).overBy).toBe(2);
    expect(analyseRoutes(grid({ routes: many, target: 9 })).overBy).toBe(0);
    expect(analyseRoutes(grid({ routes: many.slice(0, 3), target: 7 })).overBy).toBe(0);
  });
});

describe('duplicate route numbers', () => {
  it('none while every route has its own number', () => {
    const a = analyseRoutes(grid());
    expect(a.duplicates).toEqual([]);
    expect(a.duplicateRouteIds.size).toBe(0);
  });

  it('lists each number two or more routes share, smallest first, with the routes in palette order', () => {
    const routes = [route('r1', 1), route('r2', 1), route('r3', 3), { ...route('r4', 3), order: 'a9' }, route('r5', 5)];
    const a = analyseRoutes(grid({ routes }));
    expect(a.duplicates.map((d) => [d.number, d.routes.map((r) => r.id)])).toEqual([
      [1, ['r1', 'r2']],
      [3, ['r3', 'r4']],
    ]);
    expect([...a.duplicateRouteIds].sort()).toEqual(['r1', 'r2', 'r3', 'r4']);
  });
});

describe('every visible cell has exactly one status', () => {
  it('holds for any placements, rules and hidden rows', () => {
    const segIds = ['s1', 's2', 's3', 's4'];
    const offIds = ['o1', 'o2', 'o3'];
    const routeIds = ['r1', 'r2', 'r3'];
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom(...routeIds), fc.constantFrom(...segIds), fc.constantFrom(...offIds)), { maxLength: 30 }),
        fc.array(fc.tuple(fc.constantFrom(...segIds), fc.constantFrom(...offIds), fc.constantFrom('', ' ', 'rule')), { maxLength: 6 }),
        (hidden, places, rules) => {
          const input = grid({
            segments: segIds.map((id, i) => segment(id, `a${i}`, hidden[i])),
            offerings: offIds.map((id, i) => offering(id, `a${i}`)),
            placements: places.map(([r, s, o]) => place(r, s, o)),
            cellRules: rules.map(([s, o, text]) => rule(s, o, text)),
          });
          const a = analyseRoutes(input);
          const visible = segIds.filter((_, i) => !hidden[i]).length * offIds.length;
          const served = [...a.cells.values()].filter((c) => c.status === 'served').length;
          expect(a.cells.size).toBe(visible);
          expect(a.gaps.length + a.conflicts.length + a.resolved.length + served).toBe(visible);
          for (const c of a.conflicts) expect(c.placements.length).toBeGreaterThanOrEqual(2);
          for (const c of a.gaps) expect(c.placements).toHaveLength(0);
        },
      ),
    );
  });
});
