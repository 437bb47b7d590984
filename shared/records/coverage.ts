import { z } from 'zod';
import { driveSchema, idSchema, moneySchema, nameSchema, noteSchema, orderKeySchema, percentSchema } from './common';

/** The role mix of a motion's people, in percent (hunters chase, farmers keep, coaches grow). */
export const roleMixSchema = z.object({
  hunter: percentSchema,
  farmer: percentSchema,
  coach: percentSchema,
});
export type RoleMix = z.infer<typeof roleMixSchema>;

export const motionSchema = z.object({
  id: idSchema,
  type: z.literal('motion'),
  name: nameSchema,
  drive: driveSchema,
  /** Accounts one person covers. Must be positive: people = ceil(accounts × share ÷ capacity). */
  capacity: z.number().finite().positive('capacity must be more than 0').max(1e7),
  /** Annual cost of one person, ¥ M. */
  costPerPerson: moneySchema,
  roles: roleMixSchema,
  /** The facilitator's limit on people for this motion; null = no limit. */
  peopleLimit: z.number().int().min(0).max(1e6).nullable(),
  /** Minimum average account revenue (¥ M) that justifies this motion (dedicated executives). */
  revenueThreshold: moneySchema.nullable(),
  notes: noteSchema,
  order: orderKeySchema,
});
export type Motion = z.infer<typeof motionSchema>;

/** A coverage plan; the workshop compares scenarios side by side. */
export const scenarioSchema = z.object({
  id: idSchema,
  type: z.literal('scenario'),
  name: nameSchema,
  order: orderKeySchema,
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** One segment covered by one motion in one scenario. */
export const coverageSchema = z.object({
  id: idSchema,
  type: z.literal('coverage'),
  scenarioId: idSchema,
  segmentId: idSchema,
  motionId: idSchema,
  role: z.enum(['primary', 'overlay']),
  /** Share of the segment's accounts this motion covers, percent. */
  share: percentSchema,
});
export type Coverage = z.infer<typeof coverageSchema>;
