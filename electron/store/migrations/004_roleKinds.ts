import { recordStep } from '../../../shared/records/migrations';
import { recordsMigration } from './recordsMigration';

/**
 * Records version 3: role records carry the kind (hunter / farmer / coach) coverage's role mix
 * counts (issues 11/12). Planned as 005, after facilitation's 004; facilitation needed no database
 * migration (its records are new types), so the numbers stay contiguous with this one as 004.
 */
export const m004RoleKinds = recordsMigration(4, recordStep(3));
