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

/** A sales role (hunter / farmer / coach), defined once: what it does, how it is measured. */
export const roleSchema = z.object({
  id: idSchema,
  type: z.literal('role'),
  name: nameSchema,
  does: noteSchema,
  measured: noteSchema,
  order: orderKeySchema,
});
export type SalesRole = z.infer<typeof roleSchema>;
