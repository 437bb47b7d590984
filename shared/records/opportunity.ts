import { z } from 'zod';
import { idSchema, moneySchema, nameSchema, noteSchema, orderKeySchema, percentSchema } from './common';

/** "YYYY-MM-DD", or '' while the room has not agreed a close date. */
export const dateSchema = z.union([z.literal(''), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date must be YYYY-MM-DD')]);

/** A person on the buying side: who decides, and where they stand (the deck's relationship map). */
export const contactSchema = z.object({
  name: z.string().trim().max(200),
  title: z.string().trim().max(200),
  /** Buying role: decision maker, influencer, user, coach (the client's own "coach" inside). */
  role: z.enum(['decisionMaker', 'influencer', 'user', 'coach']),
  attitude: z.enum(['supporter', 'neutral', 'opponent']),
});
export type Contact = z.infer<typeof contactSchema>;

/** One competitor on a deal and how we intend to beat them (the competitive analysis). */
export const competitorSchema = z.object({
  name: z.string().trim().max(200),
  strengths: z.string().max(2000),
  weaknesses: z.string().max(2000),
  /** Our answer to them: what we stress, what we neutralise. */
  response: z.string().max(2000),
});
export type Competitor = z.infer<typeof competitorSchema>;

/**
 * The opportunity plan: it grows stage by stage (answers to each stage's guiding questions),
 * with the decision makers, the competition and the next steps.
 */
export const opportunityPlanSchema = z.object({
  /** Stage id → the room's answers to that stage's guiding questions. */
  answers: z.record(idSchema, noteSchema),
  decisionMakers: z.array(contactSchema).max(50),
  competitors: z.array(competitorSchema).max(20),
  nextSteps: noteSchema,
});
export type OpportunityPlan = z.infer<typeof opportunityPlanSchema>;

export const EMPTY_OPPORTUNITY_PLAN: OpportunityPlan = { answers: {}, decisionMakers: [], competitors: [], nextSteps: '' };

/** An opportunity the room practises the method on: one card in its stage's column. */
export const opportunitySchema = z.object({
  id: idSchema,
  type: z.literal('opportunity'),
  name: nameSchema,
  /** The segments board's account it is for; null once that account was deleted. */
  accountId: idSchema.nullable(),
  /** Contract value, ¥ M. */
  value: moneySchema,
  stageId: idSchema,
  /** Win probability, percent; never above its stage's (shared/calc/pipeline.ts, probabilityBound). */
  probability: percentSchema,
  closeDate: dateSchema,
  owner: z.string().trim().max(200),
  /** The owner's role (hunter / farmer / coach), defined once in the workshop's roles. */
  roleId: idSchema.nullable(),
  nextAction: z.string().trim().max(500),
  /** The route to market used; null = not decided. */
  routeId: idSchema.nullable(),
  /** Stage id → indexes of that stage's verifiable outcomes (lines of its outcome) checked. */
  outcomes: z.record(idSchema, z.array(z.number().int().min(0).max(100)).max(100)),
  /** Criterion id → points given in the opportunity assessment (go / no-go); empty = not assessed. */
  scores: z.record(idSchema, z.number().finite().min(0).max(1000)),
  plan: opportunityPlanSchema,
  /** Order inside the stage's column. */
  order: orderKeySchema,
});
export type Opportunity = z.infer<typeof opportunitySchema>;

/** One question of the opportunity assessment (商机评估表), with the points it is worth. */
export const criterionSchema = z.object({
  id: idSchema,
  type: z.literal('criterion'),
  name: nameSchema,
  /** The question the room answers ("Is there a budget, and who holds it?"). */
  question: noteSchema,
  maxPoints: z.number().int().min(1).max(1000),
  order: orderKeySchema,
});
export type Criterion = z.infer<typeof criterionSchema>;

/** A scoring band: from `minScore` points (percent of the maximum) the probability may reach `cap`. */
export const scoreBandSchema = z.object({
  minScore: percentSchema,
  cap: percentSchema,
});
export type ScoreBand = z.infer<typeof scoreBandSchema>;

export const PIPELINE_ID = 'pipeline';

/**
 * The pipeline's workshop-wide inputs: the period's target and the assessment's thresholds.
 * One per workshop, made by the first edit (templates carry one).
 */
export const pipelineSettingsSchema = z
  .object({
    id: z.literal(PIPELINE_ID),
    type: z.literal('pipelineSettings'),
    /** The period the target is for, e.g. "2015 Q1". */
    period: z.string().trim().max(100),
    /** Bookings target of the period, ¥ M. */
    target: moneySchema,
    /** Score (percent of the maximum) from which the recommendation is "pursue" / "qualify further". */
    pursueFrom: percentSchema,
    qualifyFrom: percentSchema,
    /** The deck's bands: 0 / 30 / 60 / 90 points ↔ the probability an opportunity may be given. */
    bands: z.array(scoreBandSchema).min(1).max(10),
  })
  .refine((p) => p.qualifyFrom <= p.pursueFrom, { message: '“qualify further” must start at or below “pursue”', path: ['qualifyFrom'] });
export type PipelineSettings = z.infer<typeof pipelineSettingsSchema>;

/** The deck's defaults: what a workshop without its own pipeline settings uses. */
export const DEFAULT_PIPELINE: PipelineSettings = {
  id: PIPELINE_ID,
  type: 'pipelineSettings',
  period: '',
  target: 0,
  pursueFrom: 60,
  qualifyFrom: 30,
  bands: [
    { minScore: 0, cap: 10 },
    { minScore: 30, cap: 25 },
    { minScore: 60, cap: 50 },
    { minScore: 90, cap: 75 },
  ],
};
