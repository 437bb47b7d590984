import { describe, expect, it } from 'vitest';
import { world } from './world';

const add = (values: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'opportunity.add',
  values: { name: 'Cold-chain contract', accountId: 'acc-1', value: 40, ...values },
  ...extra,
});

describe('opportunities on the stages', () => {
  it('a new opportunity starts in the first stage with that stage’s probability', () => {
    const w = world();
    w.run(add({}, { id: 'o1' }));
    expect(w.get('opportunity', 'o1')).toMatchObject({ stageId: 'stage-identify', probability: 10, accountId: 'acc-1', value: 40 });
  });

  it('refuses a probability above the stage’s bound, naming the bound and the stage, and changes nothing', () => {
    const w = world();
    w.run(add({}, { id: 'o1' }));
    const e = w.fail({ type: 'opportunity.update', id: 'o1', patch: { probability: 60 } });
    expect(e.code).toBe('probability_over_stage');
    expect(e.params).toMatchObject({ bound: 10, stage: 'Identify', probability: 60, name: 'Cold-chain contract' });
    expect(w.fail(add({ probability: 30 })).code).toBe('probability_over_stage');
    // At or under the bound is fine.
    w.run({ type: 'opportunity.update', id: 'o1', patch: { probability: 5 } });
    expect(w.get('opportunity', 'o1').probability).toBe(5);
  });

  it('moving to another stage takes that stage’s probability; reordering in a column keeps it', () => {
    const w = world();
    w.run(add({}, { id: 'o1' }));
    w.run(add({ name: 'Second' }, { id: 'o2' }));
    w.run({ type: 'opportunity.move', id: 'o1', stageId: 'stage-validate', index: 0 });
    expect(w.get('opportunity', 'o1')).toMatchObject({ stageId: 'stage-validate', probability: 25 });
    w.run({ type: 'opportunity.update', id: 'o2', patch: { probability: 7 } });
    w.run({ type: 'opportunity.move', id: 'o2', stageId: 'stage-identify', index: 0 });
    expect(w.get('opportunity', 'o2').probability).toBe(7);
  });

  it('an assessment score caps the probability by the deck’s bands, and the cap is named when refused', () => {
    const w = world();
    w.run(add({}, { id: 'o1', stageId: 'stage-agree' }));
    expect(w.get('opportunity', 'o1').probability).toBe(75);
    // The template's six criteria are worth 100 points; need and budget in full = 40 points:
    // the 30-point band caps at 25 %, and the probability follows it down.
    w.run({ type: 'opportunity.update', id: 'o1', patch: { scores: { 'crit-need': 20, 'crit-budget': 20 } } });
    expect(w.get('opportunity', 'o1').probability).toBe(25);
    const e = w.fail({ type: 'opportunity.update', id: 'o1', patch: { probability: 50 } });
    expect(e.code).toBe('probability_over_assessment');
    expect(e.params).toMatchObject({ bound: 25 });
  });

  it('lowering a stage’s probability pulls its opportunities down; a stage with opportunities cannot be deleted', () => {
    const w = world();
    w.run(add({}, { id: 'o1', stageId: 'stage-propose' }));
    w.run({ type: 'stage.update', id: 'stage-propose', patch: { probability: 40 } });
    expect(w.get('opportunity', 'o1').probability).toBe(40);
    const e = w.fail({ type: 'stage.delete', ids: ['stage-propose'] });
    expect(e.code).toBe('stage_in_use');
    expect(e.params).toMatchObject({ stage: 'Propose', count: 1 });
  });

  it('refuses unknown accounts, routes and stages; deleting an account or route keeps the opportunity without it', () => {
    const w = world();
    expect(w.fail(add({ accountId: 'nope' })).code).toBe('not_found');
    expect(w.fail(add({ routeId: 'nope' })).code).toBe('not_found');
    expect(w.fail(add({}, { stageId: 'nope' })).code).toBe('not_found');
    w.run(add({ routeId: 'route-f2f' }, { id: 'o1' }));
    w.run({ type: 'accountPlan.save', accountId: 'acc-1', id: 'plan-1', patch: { goals: 'Grow cold chain' } });
    w.run({ type: 'account.delete', ids: ['acc-1'] });
    w.run({ type: 'route.delete', ids: ['route-f2f'] });
    expect(w.get('opportunity', 'o1')).toMatchObject({ accountId: null, routeId: null });
    expect(w.all('accountPlan')).toEqual([]);
  });

  it('pipeline settings: editable thresholds, qualify above pursue refused, lower caps pull probabilities down', () => {
    const w = world();
    // 65 of the template's 100 points: the 60-point band allows 50 %.
    w.run(add({ scores: { 'crit-need': 20, 'crit-budget': 20, 'crit-win': 20, 'crit-fit': 5 } }, { id: 'o1', stageId: 'stage-propose' }));
    expect(w.get('opportunity', 'o1').probability).toBe(50);
    w.run({ type: 'pipeline.update', patch: { target: 500, period: '2015 Q1' } });
    expect(w.get('pipelineSettings', 'pipeline')).toMatchObject({ target: 500, pursueFrom: 60, qualifyFrom: 30 });
    expect(w.fail({ type: 'pipeline.update', patch: { qualifyFrom: 80 } }).code).toBe('invalid_value');
    w.run({ type: 'pipeline.update', patch: { bands: [{ minScore: 0, cap: 10 }, { minScore: 60, cap: 30 }] } });
    expect(w.get('opportunity', 'o1').probability).toBe(30);
  });

  it('one account plan per account, made by its first edit and updated by the next', () => {
    const w = world();
    w.run({ type: 'accountPlan.save', accountId: 'acc-2', id: 'p1', patch: { situation: 'Expanding to 3 new DCs' } });
    w.run({ type: 'accountPlan.save', accountId: 'acc-2', id: 'p2', patch: { goals: '¥ 20 M in 2015' } });
    expect(w.all('accountPlan')).toEqual([expect.objectContaining({ id: 'p1', situation: 'Expanding to 3 new DCs', goals: '¥ 20 M in 2015' })]);
    expect(w.fail({ type: 'accountPlan.save', accountId: 'nope', patch: {} }).code).toBe('not_found');
  });

  it('deleting a role clears it from the opportunities it owned', () => {
    const w = world();
    w.run({ type: 'role.add', id: 'r1', values: { name: 'Hunter' } });
    w.run(add({ roleId: 'r1' }, { id: 'o1' }));
    w.run({ type: 'role.delete', ids: ['r1'] });
    expect(w.get('opportunity', 'o1').roleId).toBeNull();
  });
});
