import { z } from 'zod';
import { agendaItemSchema } from './agenda';
import { ballotSchema, parkingItemSchema, stickyNoteSchema, voteSchema } from './facilitation';
import { assumptionSchema, coverageSchema, motionSchema, scenarioSchema } from './coverage';
import { accountPlanSchema } from './accountPlan';
import { breakoutCopySchema, breakoutGroupSchema } from './breakout';
import { reviewMeetingSchema, roleSchema } from './cadence';
import { stageSchema } from './method';
import { criterionSchema, opportunitySchema, pipelineSettingsSchema } from './opportunity';
import { cellRuleSchema, offeringSchema, placementSchema, routeSchema } from './routes';
import { accountSchema, segmentSchema } from './segments';
import { settingsSchema } from './settings';

export * from './common';
export * from './agenda';
export * from './segments';
export * from './coverage';
export * from './routes';
export * from './method';
export * from './settings';
export * from './facilitation';
export * from './opportunity';
export * from './cadence';
export * from './accountPlan';
export * from './breakout';

/** Every record a workshop holds. One row each in SQLite; `type` says which table of the model. */
export const anyRecordSchema = z.discriminatedUnion('type', [
  agendaItemSchema,
  segmentSchema,
  accountSchema,
  motionSchema,
  assumptionSchema,
  scenarioSchema,
  coverageSchema,
  offeringSchema,
  routeSchema,
  placementSchema,
  cellRuleSchema,
  stageSchema,
  settingsSchema,
  parkingItemSchema,
  stickyNoteSchema,
  voteSchema,
  opportunitySchema,
  criterionSchema,
  pipelineSettingsSchema,
  reviewMeetingSchema,
  roleSchema,
  accountPlanSchema,
  breakoutGroupSchema,
  breakoutCopySchema,
  ballotSchema,
]);
export type AnyRecord = z.infer<typeof anyRecordSchema>;
export type RecordType = AnyRecord['type'];
export type RecordOf<T extends RecordType> = Extract<AnyRecord, { type: T }>;

export const recordSchemas = {
  agendaItem: agendaItemSchema,
  segment: segmentSchema,
  account: accountSchema,
  motion: motionSchema,
  assumption: assumptionSchema,
  scenario: scenarioSchema,
  coverage: coverageSchema,
  offering: offeringSchema,
  route: routeSchema,
  placement: placementSchema,
  cellRule: cellRuleSchema,
  stage: stageSchema,
  settings: settingsSchema,
  parkingItem: parkingItemSchema,
  note: stickyNoteSchema,
  vote: voteSchema,
  opportunity: opportunitySchema,
  criterion: criterionSchema,
  pipelineSettings: pipelineSettingsSchema,
  reviewMeeting: reviewMeetingSchema,
  role: roleSchema,
  accountPlan: accountPlanSchema,
  breakoutGroup: breakoutGroupSchema,
  breakoutCopy: breakoutCopySchema,
  ballot: ballotSchema,
} as const satisfies { [T in RecordType]: z.ZodType<RecordOf<T>> };

/** Records of one workshop by id: the state every pure command function reads. */
export type Records = ReadonlyMap<string, AnyRecord>;

/** Every record type, in the order of the schemas above (one list for every grouping by type). */
export const RECORD_TYPES = Object.keys(recordSchemas) as RecordType[];
