import type { ExportInput } from '../../../../shared/export/input';
import type { ReviewMeeting, SalesRole } from '../../../../shared/records';

export interface CadenceFigures {
  meetings: ReviewMeeting[];
  roles: SalesRole[];
  /** Opportunities each role owns, by role id. */
  owned: Map<string, number>;
}

/** The cadence board's content for the files, as the board shows it. */
export function cadenceFigures(input: ExportInput): CadenceFigures {
  const owned = new Map<string, number>();
  for (const o of input.records.opportunity) if (o.roleId) owned.set(o.roleId, (owned.get(o.roleId) ?? 0) + 1);
  return { meetings: input.records.reviewMeeting, roles: input.records.role, owned };
}
