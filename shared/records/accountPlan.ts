import { z } from 'zod';
import { idSchema, noteSchema } from './common';
import { contactSchema, dateSchema } from './opportunity';

/** An offering's standing at the account: what we sell there today and where the whitespace is. */
export const whitespaceSchema = z.object({
  offering: z.string().trim().max(200),
  status: z.enum(['sold', 'open', 'notFit']),
  note: z.string().max(2000),
});
export type Whitespace = z.infer<typeof whitespaceSchema>;

export const planActionSchema = z.object({
  what: z.string().trim().max(500),
  owner: z.string().trim().max(200),
  due: dateSchema,
});
export type PlanAction = z.infer<typeof planActionSchema>;

/** The account plan of one account (客户计划): situation, relationship map, whitespace, goals, actions. */
export const accountPlanSchema = z.object({
  id: idSchema,
  type: z.literal('accountPlan'),
  accountId: idSchema,
  situation: noteSchema,
  relationships: z.array(contactSchema).max(50),
  whitespace: z.array(whitespaceSchema).max(50),
  goals: noteSchema,
  actions: z.array(planActionSchema).max(50),
});
export type AccountPlan = z.infer<typeof accountPlanSchema>;
