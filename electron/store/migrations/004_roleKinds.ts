import { recordStep } from '../../../shared/records/migrations';
import { recordsMigration } from './recordsMigration';

/**
 * Records version 3: role records carry the kind (hunter / farmer / coach) coverage's role mix
 * counts (issues 11/12). This session's plan gives the method migration number 005 (004 is the
 * facilitation helper's): if 004 lands first, this file becomes 005_roleKinds.ts, version 5.
 */
export const m004RoleKinds = recordsMigration(4, recordStep(3));
