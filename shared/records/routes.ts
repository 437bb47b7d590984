import { z } from 'zod';
import { colorSchema, idSchema, nameSchema, noteSchema, orderKeySchema } from './common';

/** Offering types: the grid's columns. */
export const offeringSchema = z.object({
  id: idSchema,
  type: z.literal('offering'),
  name: nameSchema,
  order: orderKeySchema,
});
export type Offering = z.infer<typeof offeringSchema>;

export const channelFamilySchema = z.enum(['direct', 'partner', 'online']);
export type ChannelFamily = z.infer<typeof channelFamilySchema>;

/** Who does a step of the sales cycle on this route. */
export const stepOwnerSchema = z.enum(['own', 'partner', 'shared']);
export type StepOwner = z.infer<typeof stepOwnerSchema>;

export const SALES_STEPS = ['relationship', 'discovery', 'ownership', 'support'] as const;
export type SalesStep = (typeof SALES_STEPS)[number];

/** The deck's six questions of every route, in order (text lives in the translations). */
export const ROUTE_QUESTION_COUNT = 6;
export const routeAnswerSchema = z.object({
  answer: noteSchema,
  done: z.boolean(),
});
export type RouteAnswer = z.infer<typeof routeAnswerSchema>;

export const routeSchema = z.object({
  id: idSchema,
  type: z.literal('route'),
  number: z.number().int().min(1).max(999),
  name: nameSchema,
  family: channelFamilySchema,
  partnerType: z.string().max(200),
  color: colorSchema,
  questions: z.array(routeAnswerSchema).length(ROUTE_QUESTION_COUNT),
  steps: z.object({
    relationship: stepOwnerSchema.nullable(),
    discovery: stepOwnerSchema.nullable(),
    ownership: stepOwnerSchema.nullable(),
    support: stepOwnerSchema.nullable(),
  }),
  capacityNotes: noteSchema,
  /** The coverage motions whose people staff this route (④ 面对面销售 → 区域销售代表). */
  motionIds: z.array(idSchema).max(50),
  order: orderKeySchema,
});
export type Route = z.infer<typeof routeSchema>;

/** A route serving one grid cell (customer tier × offering). */
export const placementSchema = z.object({
  id: idSchema,
  type: z.literal('placement'),
  routeId: idSchema,
  segmentId: idSchema,
  offeringId: idSchema,
  order: orderKeySchema,
});
export type Placement = z.infer<typeof placementSchema>;

/** The rule of engagement written on a cell that two routes claim. */
export const cellRuleSchema = z.object({
  id: idSchema,
  type: z.literal('cellRule'),
  segmentId: idSchema,
  offeringId: idSchema,
  rule: noteSchema,
});
export type CellRule = z.infer<typeof cellRuleSchema>;

/** Cell rules have a derived id so "set the rule of this cell" needs no lookup. */
export function cellRuleId(segmentId: string, offeringId: string): string {
  return `cell:${segmentId}:${offeringId}`;
}
