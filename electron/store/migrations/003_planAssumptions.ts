import { recordStep } from '../../../shared/records/migrations';
import { recordsMigration } from './recordsMigration';

/** Records version 2: every plan gets its own copy of each motion's assumptions (issue 11). */
export const m003PlanAssumptions = recordsMigration(3, recordStep(2));
