import { z } from 'zod';
import { ROLE_KINDS, type RoleKind } from './cadence';
import { driveSchema, idSchema, moneySchema, nameSchema, noteSchema, orderKeySchema, percentSchema } from './common';

/** The role mix of a motion's people, in percent (hunters chase, farmers keep, coaches grow). */
export const roleMixSchema = z.object({
  hunter: percentSchema,
  farmer: percentSchema,
  coach: percentSchema,
});
export type RoleMix = z.infer<typeof roleMixSchema>;
/** The mix's roles are the role records' kinds (shared/records/cadence.ts): one definition. */
export const MIX_ROLES = ROLE_KINDS;
export type MixRole = RoleKind;

/** Revenue each person of a role is expected to bring in a year, ¥ M; null = no quota for that role. */
export const roleQuotaSchema = z.object({
  hunter: moneySchema.nullable(),
  farmer: moneySchema.nullable(),
  coach: moneySchema.nullable(),
});
export type RoleQuota = z.infer<typeof roleQuotaSchema>;

/**
 * How a motion's people are counted (issue 11). `pooled`: one team serves every segment the
 * motion covers, so people = ceil(Σ covered accounts ÷ capacity) once per motion (territory,
 * phone, web, partner). `perSegment`: each segment gets its own dedicated team, rounded up on its
 * own (dedicated executives: one owner per account, never half an executive shared).
 */
export const staffingSchema = z.enum(['pooled', 'perSegment']);
export type Staffing = z.infer<typeof staffingSchema>;

/** One role of a territory team ("1 territory leader + 6 reps + 2 specialists"). */
export const teamMemberSchema = z.object({
  role: nameSchema,
  count: z.number().int().min(0).max(1000),
  /** Annual cost of one such person, ¥ M. */
  costPerPerson: moneySchema,
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

/**
 * A motion sized in territories (the deck: "每个地域至多2000家企业，区域领导者=销售+市场领导"):
 * territories = ceil(accounts ÷ accountsPerTerritory), people = territories × the team.
 */
export const territorySchema = z.object({
  accountsPerTerritory: z.number().finite().positive('accounts per territory must be more than 0').max(1e7),
  team: z.array(teamMemberSchema).min(1).max(20),
});
export type Territory = z.infer<typeof territorySchema>;

/** The columns of the board: what a motion is, the same in every plan. */
export const motionSchema = z.object({
  id: idSchema,
  type: z.literal('motion'),
  name: nameSchema,
  drive: driveSchema,
  notes: noteSchema,
  order: orderKeySchema,
});
export type Motion = z.infer<typeof motionSchema>;

/**
 * What one plan assumes about one motion (issue 11: plans own their assumptions, so a capacity
 * what-if in plan B leaves plan A as it was). One per scenario × motion, with a derived id.
 */
export const assumptionSchema = z.object({
  id: idSchema,
  type: z.literal('assumption'),
  scenarioId: idSchema,
  motionId: idSchema,
  /** Accounts one person covers. Must be positive: people = ceil(accounts × share ÷ capacity). */
  capacity: z.number().finite().positive('capacity must be more than 0').max(1e7),
  /** Annual cost of one person, ¥ M. */
  costPerPerson: moneySchema,
  roles: roleMixSchema,
  quotas: roleQuotaSchema,
  /** The facilitator's limit on people for this motion; null = no limit. */
  peopleLimit: z.number().int().min(0).max(1e6).nullable(),
  /** Minimum revenue (¥ M) of EACH account that justifies this motion (dedicated executives). */
  revenueThreshold: moneySchema.nullable(),
  /** The most accounts one person may own (the deck: dedicated executives 1–10); null = no rule. */
  maxAccountsPerPerson: z.number().int().min(1).max(1e6).nullable(),
  staffing: staffingSchema,
  /** Sized in territories instead of accounts per person; null = per person. */
  territory: territorySchema.nullable(),
});
export type Assumption = z.infer<typeof assumptionSchema>;
export type AssumptionFields = Omit<Assumption, 'id' | 'type' | 'scenarioId' | 'motionId'>;
export const ASSUMPTION_FIELDS = [
  'capacity',
  'costPerPerson',
  'roles',
  'quotas',
  'peopleLimit',
  'revenueThreshold',
  'maxAccountsPerPerson',
  'staffing',
  'territory',
] as const satisfies readonly (keyof AssumptionFields)[];

/** Assumption ids are derived so "this plan's capacity of this motion" needs no lookup. */
export function assumptionId(scenarioId: string, motionId: string): string {
  return `assume:${scenarioId}:${motionId}`;
}

/**
 * A new plan's quota floor: 0, no floor. The quota is compared with the covered potential (the
 * client's wallet), which it cannot exceed; a floor is the facilitator's choice (e.g. 30 %).
 */
export const DEFAULT_QUOTA_FLOOR = 0;

/** A coverage plan; the workshop compares scenarios side by side. */
export const scenarioSchema = z.object({
  id: idSchema,
  type: z.literal('scenario'),
  name: nameSchema,
  /** Quota carried ÷ potential covered below this percentage is warned (facilitator's floor; 0 = none). */
  quotaFloor: z.number().finite().min(0).max(1000),
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
