import { z } from 'zod';
import { idSchema, nameSchema, noteSchema, orderKeySchema } from './common';

/** The pipeline figures a review can look at (computed in shared/calc/pipeline.ts). */
export const PIPELINE_FIGURES = ['byStage', 'bySegment', 'byRoute', 'total', 'gap', 'visits', 'closingSoon', 'assessments'] as const;
export const pipelineFigureSchema = z.enum(PIPELINE_FIGURES);
export type PipelineFigure = z.infer<typeof pipelineFigureSchema>;

/** One meeting of the weekly review cadence (每周销售业绩回顾例会): Day 1 account review … Day 5 executive review. */
export const reviewMeetingSchema = z.object({
  id: idSchema,
  type: z.literal('reviewMeeting'),
  /** "Day 1", "周一". */
  day: z.string().trim().min(1).max(50),
  /** The level reviewed: account, industry, group, VP, executive. */
  level: nameSchema,
  attendees: noteSchema,
  purpose: noteSchema,
  inputs: noteSchema,
  decisions: noteSchema,
  /** Minutes. */
  timeBox: z.number().int().min(5).max(8 * 60),
  /** 1 = short-term tactical … 5 = long-term strategic (the deck's axis). */
  horizon: z.number().int().min(1).max(5),
  /** The standard report of this level: which pipeline figures it reviews. */
  report: z.array(pipelineFigureSchema).max(PIPELINE_FIGURES.length),
  order: orderKeySchema,
});
export type ReviewMeeting = z.infer<typeof reviewMeetingSchema>;

/**
 * The three roles of the deck (角色和职责重新定位): a coverage motion's role mix is in these kinds
 * (shared/records/coverage.ts, MIX_ROLES), and the role record of a kind names it everywhere.
 */
export const ROLE_KINDS = ['hunter', 'farmer', 'coach'] as const;
export const roleKindSchema = z.enum(ROLE_KINDS);
export type RoleKind = z.infer<typeof roleKindSchema>;

/**
 * A sales role, defined once: what it does, how it is measured. A role of a kind (hunter / farmer
 * / coach) is the one a coverage motion's role mix counts people for, under this name; at most one
 * role per kind (shared/commands/cadence.ts). Other roles (a bid manager) have no kind: opportunity
 * owners may hold them, coverage does not staff them.
 */
export const roleSchema = z.object({
  id: idSchema,
  type: z.literal('role'),
  kind: roleKindSchema.nullable(),
  name: nameSchema,
  does: noteSchema,
  measured: noteSchema,
  order: orderKeySchema,
});
export type SalesRole = z.infer<typeof roleSchema>;
