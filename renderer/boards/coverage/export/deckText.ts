import type { CoverageWarning } from '../../../../shared/calc/coverage';
import type { ExportInput } from '../../../../shared/export/input';
import type { MixRole, Motion, Scenario, Segment } from '../../../../shared/records';
import { roleNamesOf } from '../roleText';
import { makeFormatters, type Formatters } from '../formatters';
import { warningText } from '../warningText';
import type { PlanExport } from './figures';

export type T = (key: string, values?: Record<string, unknown>) => string;

export interface CoverageText {
  t: T;
  f: Formatters;
  /** The plan's name; in the plans overview (`tagged`) with "(the plan on the board)" after the active one. */
  planName(plan: PlanExport | Scenario, tagged?: boolean): string;
  /** The marker of a warning in the matrix: "▲3" for a warning, "○4" for a hint (never colour alone). */
  marker(w: CoverageWarning, n: number): string;
  /** The warning's sentence, with the segment and motion it is about. */
  sentence(w: CoverageWarning): string;
  segmentOf(w: CoverageWarning): Segment | undefined;
  motionOf(w: CoverageWarning): Motion | undefined;
  /** The role mix's names, from the workshop's role records. */
  roles: Record<MixRole, string>;
}

/** The coverage board's words and number formats in the workshop's language, for its slides. */
export function coverageText(input: ExportInput): CoverageText {
  const t: T = (key, values) => input.t(`coverage:${key}`, values);
  const f = makeFormatters(input.language, input.settings?.currency ?? 'CNY', t);
  const segments = new Map(input.records.segment.map((s) => [s.id, s]));
  const motions = new Map(input.records.motion.map((m) => [m.id, m]));
  const segmentOf = (w: CoverageWarning) => ('segmentId' in w ? segments.get(w.segmentId) : undefined);
  const motionOf = (w: CoverageWarning) => ('motionId' in w ? motions.get(w.motionId) : undefined);
  return {
    t,
    f,
    planName: (plan, tagged = false) => {
      const scenario = 'scenario' in plan ? plan.scenario : plan;
      return tagged && 'active' in plan && plan.active ? t('export.activePlan', { plan: scenario.name }) : scenario.name;
    },
    marker: (w, n) => `${w.severity === 'warning' ? '▲' : '○'}${n}`,
    sentence: (w) => {
      const segment = segmentOf(w);
      const motion = motionOf(w);
      return warningText(w, t, f, { ...(segment ? { segment } : {}), ...(motion ? { motion } : {}) });
    },
    segmentOf,
    motionOf,
    roles: roleNamesOf(input.records.role, t),
  };
}
