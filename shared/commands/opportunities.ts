import { z } from 'zod';
import { assess, probabilityBound } from '../calc/pipeline';
import { AppError } from '../errors';
import { keysAtExcept } from '../order';
import {
  DEFAULT_PIPELINE,
  EMPTY_OPPORTUNITY_PLAN,
  idSchema,
  opportunitySchema,
  PIPELINE_ID,
  type Opportunity,
  type PipelineSettings,
  type Stage,
} from '../records';
import { defineCommand, type Tx } from './define';

/** The pipeline settings of the workshop, or the deck's defaults until the room first edits them. */
export function pipelineSettingsOf(tx: Tx): PipelineSettings {
  const stored = tx.get(PIPELINE_ID);
  return stored?.type === 'pipelineSettings' ? stored : DEFAULT_PIPELINE;
}

function sortedCriteria(tx: Tx) {
  return tx.all('criterion');
}

/** How high this opportunity's probability may go in its stage, given its assessment. */
export function boundOf(tx: Tx, o: Opportunity, stage: Stage) {
  return probabilityBound(stage, assess(o, sortedCriteria(tx), pipelineSettingsOf(tx)));
}

function checked(value: unknown): Opportunity {
  const parsed = opportunitySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new AppError('invalid_value', `${field}: ${issue?.message ?? 'invalid'}`, { field });
  }
  return parsed.data;
}

/** Refuses a probability above the bound, naming the bound and what sets it (stage or assessment). */
function checkBound(tx: Tx, o: Opportunity, stage: Stage): void {
  const { bound, by } = boundOf(tx, o, stage);
  if (o.probability <= bound) return;
  if (by === 'stage') {
    throw new AppError('probability_over_stage', `${o.name}: ${o.probability} % is above ${bound} %, the bound of stage ${stage.name}`, {
      name: o.name,
      probability: o.probability,
      bound,
      stage: stage.name,
    });
  }
  throw new AppError('probability_over_assessment', `${o.name}: ${o.probability} % is above ${bound} %, the cap of its assessment score`, {
    name: o.name,
    probability: o.probability,
    bound,
  });
}

function checkReferences(tx: Tx, o: Opportunity): Stage {
  if (o.accountId !== null) tx.need('account', o.accountId);
  if (o.routeId !== null) tx.need('route', o.routeId);
  if (o.roleId !== null) tx.need('role', o.roleId);
  return tx.need('stage', o.stageId);
}

/** Puts `o` at `index` of its stage's column (index without it). */
function placed(tx: Tx, o: Opportunity, index: number): Opportunity {
  const [order] = keysAtExcept(tx.sortedIn('opportunity', 'stageId', o.stageId), [o], index);
  return { ...o, order: order! };
}

const editable = opportunitySchema.omit({ id: true, type: true, order: true, stageId: true }).partial();

export const opportunityCommands = [
  defineCommand({
    type: 'opportunity.add',
    schema: z.object({
      type: z.literal('opportunity.add'),
      id: idSchema.optional(),
      /** The stage it starts in; omitted = the first stage. */
      stageId: idSchema.optional(),
      values: editable.extend({ name: opportunitySchema.shape.name }),
    }),
    apply(tx, cmd, ctx) {
      const id = cmd.id ?? ctx.newId();
      if (tx.get(id)) throw new AppError('conflict', `A record with id ${id} already exists`, { id });
      const stageId = cmd.stageId ?? [...tx.all('stage')].sort((a, b) => (a.order < b.order ? -1 : 1))[0]?.id;
      if (!stageId) throw new AppError('not_found', 'No stage to put an opportunity in: add the stages first', { type: 'stage', id: '' });
      const draft = checked({
        value: 0,
        accountId: null,
        closeDate: '',
        owner: '',
        roleId: null,
        nextAction: '',
        routeId: null,
        outcomes: {},
        scores: {},
        plan: EMPTY_OPPORTUNITY_PLAN,
        ...cmd.values,
        probability: cmd.values.probability ?? tx.need('stage', stageId).probability,
        id,
        type: 'opportunity',
        stageId,
        order: 'a0',
      });
      const stage = checkReferences(tx, draft);
      checkBound(tx, draft, stage);
      tx.put(placed(tx, draft, tx.sortedIn('opportunity', 'stageId', stageId).length));
    },
  }),
  defineCommand({
    type: 'opportunity.update',
    schema: z.object({ type: z.literal('opportunity.update'), id: idSchema, patch: editable }),
    apply(tx, cmd) {
      const current = tx.need('opportunity', cmd.id);
      let next = checked({ ...current, ...cmd.patch });
      const stage = checkReferences(tx, next);
      if (cmd.patch.probability !== undefined) checkBound(tx, next, stage);
      else {
        // A new score may lower the cap: the probability follows it down in the same change.
        const { bound } = boundOf(tx, next, stage);
        if (next.probability > bound) next = { ...next, probability: bound };
      }
      tx.put(next);
    },
  }),
  defineCommand({
    type: 'opportunity.move',
    schema: z.object({
      type: z.literal('opportunity.move'),
      id: idSchema,
      stageId: idSchema,
      /** Position in the target column without the moved card. */
      index: z.number().int().min(0),
    }),
    apply(tx, cmd) {
      const current = tx.need('opportunity', cmd.id);
      const stage = tx.need('stage', cmd.stageId);
      // Probability is bound to stage: a card taking a new stage takes its probability (capped by
      // the assessment), so the weighted pipeline follows the board.
      const next = current.stageId === stage.id ? current : { ...current, stageId: stage.id, probability: boundOf(tx, current, stage).bound };
      tx.put(placed(tx, next, cmd.index));
    },
  }),
  defineCommand({
    type: 'opportunity.delete',
    schema: z.object({ type: z.literal('opportunity.delete'), ids: z.array(idSchema).min(1).max(10_000) }),
    apply(tx, cmd) {
      for (const id of cmd.ids) {
        tx.need('opportunity', id);
        tx.remove(id);
      }
    },
  }),
] as const;

/** The stage's opportunities after its probability changed: none may stay above the new bound. */
export function clampToStage(tx: Tx, stage: Stage): void {
  for (const o of tx.sortedIn('opportunity', 'stageId', stage.id)) {
    const { bound } = boundOf(tx, o, stage);
    if (o.probability > bound) tx.put({ ...o, probability: bound });
  }
}

/** A stage that still holds opportunities cannot go: where would its cards land? */
export function refuseStageInUse(tx: Tx, stage: Stage): void {
  const count = tx.sortedIn('opportunity', 'stageId', stage.id).length;
  if (count > 0) {
    throw new AppError('stage_in_use', `Stage ${stage.name} still holds ${count} opportunities`, { stage: stage.name, count });
  }
}

const pipelinePatch = z
  .object({
    period: z.string(),
    target: z.number(),
    pursueFrom: z.number(),
    qualifyFrom: z.number(),
    bands: z.array(z.object({ minScore: z.number(), cap: z.number() })),
  })
  .partial();

export const pipelineCommands = [
  defineCommand({
    type: 'pipeline.update',
    schema: z.object({ type: z.literal('pipeline.update'), patch: pipelinePatch }),
    apply(tx, cmd) {
      const next = { ...pipelineSettingsOf(tx), ...cmd.patch };
      // The record's own schema (tx → applyCommand) says what is wrong: qualify above pursue, a cap over 100.
      tx.put(next as PipelineSettings);
      // Lower caps pull probabilities down with them, in the same change.
      const stages = new Map(tx.all('stage').map((s) => [s.id, s]));
      for (const o of tx.all('opportunity')) {
        const stage = stages.get(o.stageId);
        if (!stage) continue;
        const { bound } = boundOf(tx, o, stage);
        if (o.probability > bound) tx.put({ ...o, probability: bound });
      }
    },
  }),
] as const;
