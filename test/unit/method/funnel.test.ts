import { describe, expect, it } from 'vitest';
import { fromVisits, fromWins, overallRate, stagesOutOfOrder, weightedPipeline } from '../../../shared/calc/funnel';
import type { Stage } from '../../../shared/records';
import { startTestService } from '../../helpers/service';

const steps = (rates: number[]) => rates.map((rate, i) => ({ name: `s${i}`, rate }));

describe('funnel calculator', () => {
  it('works back from target wins, rounding up to whole customers, consistent with the overall rate', () => {
    // 10 wins at 80 % per step over 4 transitions: ceil(10 / 0.8^k) = 25, 20, 16, 13, 10.
    const rows = fromWins(steps([80, 80, 80, 80, 80]), 10);
    expect(rows.map((r) => r.count)).toEqual([25, 20, 16, 13, 10]);
    expect(rows[0]!.count * (overallRate(steps([80, 80, 80, 80, 80])) / 100)).toBeGreaterThanOrEqual(10);
  });

  it('says a 0 % step makes any win impossible, and zero wins need no visits', () => {
    expect(fromWins(steps([50, 0, 50]), 3).map((r) => r.count)).toEqual([Infinity, Infinity, 3]);
    expect(fromWins(steps([50, 0, 50]), 0).map((r) => r.count)).toEqual([0, 0, 0]);
  });

  it('works forward from visits to expected wins, keeping fractions', () => {
    expect(fromVisits(steps([80, 50, 100]), 100).map((r) => r.count)).toEqual([100, 80, 40]);
    expect(overallRate(steps([80, 50, 100]))).toBe(40);
  });

  it('flags stages whose win probability drops, and weights the pipeline by stage', () => {
    const stage = (name: string, probability: number) => ({ id: name, type: 'stage', name, probability, outcome: '', order: name }) as Stage;
    const out = stagesOutOfOrder([stage('a', 10), stage('b', 50), stage('c', 25), stage('d', 75)]);
    expect(out.map((o) => [o.previous.name, o.stage.name])).toEqual([['b', 'c']]);
    expect(weightedPipeline([{ value: 100, probability: 25 }, { value: 10, probability: 100 }])).toBe(35);
  });
});

describe('funnel.update command', () => {
  it('stores the funnel in the workshop (first from the board’s defaults), undoably, and refuses bad rates', async () => {
    const t = await startTestService();
    const w = await t.ok('createWorkshop', { name: 'W', client: '', language: 'en', templateId: 'sales-transformation' });
    const base = { steps: steps([80, 80, 80]), mode: 'fromWins' as const, targetWins: 10, visits: 100 };
    await t.ok('dispatch', { workshopId: w.id, command: { type: 'funnel.update', base, patch: { targetWins: 25 } } });
    const settings = () => t.ok('openWorkshop', { workshopId: w.id }).then((s) => s.records.find((r) => r.type === 'settings')!);
    expect(await settings()).toMatchObject({ funnel: { targetWins: 25, steps: base.steps } });
    const bad = await t.fail('dispatch', { workshopId: w.id, command: { type: 'funnel.update', base, patch: { steps: steps([120, 80]) } } });
    expect(bad.code).toBe('invalid_command');
    await t.ok('undo', { workshopId: w.id });
    expect(await settings()).not.toHaveProperty('funnel');
    t.close();
  });
});
