import { z } from 'zod';
import {
  colorSchema,
  driveSchema,
  idSchema,
  moneySchema,
  nameSchema,
  noteSchema,
  orderKeySchema,
} from './common';

/** Rules that say which accounts belong in a segment (used by "Suggest segments"). */
export const segmentRulesSchema = z.object({
  /** Annual revenue range in ¥ M, inclusive; null = open. */
  revenueMin: moneySchema.nullable(),
  revenueMax: moneySchema.nullable(),
  /** Empty list = any. Matching is case-insensitive on trimmed text. */
  industries: z.array(z.string().trim().min(1).max(100)).max(200),
  regions: z.array(z.string().trim().min(1).max(100)).max(200),
  statuses: z.array(z.string().trim().min(1).max(100)).max(50),
});
export type SegmentRules = z.infer<typeof segmentRulesSchema>;

export const EMPTY_RULES: SegmentRules = {
  revenueMin: null,
  revenueMax: null,
  industries: [],
  regions: [],
  statuses: [],
};

export const segmentSchema = z.object({
  id: idSchema,
  type: z.literal('segment'),
  name: nameSchema,
  color: colorSchema,
  order: orderKeySchema,
  /** Who they are. */
  description: noteSchema,
  rules: segmentRulesSchema,
  /** How they buy (buying behaviour). */
  buying: noteSchema,
  painPoints: noteSchema,
  /** Relationship- or transaction-driven buyers; null = not decided. Coverage hints use it. */
  drive: driveSchema.nullable(),
  /** Coverage board: the one owner of the segment's accounts, and its coverage principles. */
  owner: z.string().max(200),
  principles: noteSchema,
  /** Routes board: a tier can be hidden from the grid without losing its routes. */
  hiddenInRoutes: z.boolean(),
});
export type Segment = z.infer<typeof segmentSchema>;

export const accountSchema = z.object({
  id: idSchema,
  type: z.literal('account'),
  name: nameSchema,
  industry: z.string().trim().max(100),
  region: z.string().trim().max(100),
  city: z.string().trim().max(100),
  /** Annual revenue, ¥ M. */
  revenue: moneySchema.nullable(),
  employees: z.number().int().min(0).max(10_000_000).nullable(),
  /** Annual logistics / purchase spend, ¥ M. */
  spend: moneySchema.nullable(),
  /** Potential (wallet) for the client, ¥ M. */
  potential: moneySchema.nullable(),
  status: z.string().trim().max(100),
  notes: noteSchema,
  /** null = Unassigned column. */
  segmentId: idSchema.nullable(),
  order: orderKeySchema,
});
export type Account = z.infer<typeof accountSchema>;
