import { defaultFunnel } from '../../../../shared/calc/funnel';
import { assess, pipeline, targetGap, type Assessment, type Pipeline, type TargetGap } from '../../../../shared/calc/pipeline';
import type { ExportInput } from '../../../../shared/export/input';
import { DEFAULT_PIPELINE, type Opportunity, type PipelineSettings, type Stage } from '../../../../shared/records';

export interface OpportunityRow {
  opportunity: Opportunity;
  stage: Stage | undefined;
  account: string;
  route: string;
  role: string;
  weighted: number;
  assessment: Assessment;
}

export interface OpportunitiesFigures {
  settings: PipelineSettings;
  pipeline: Pipeline;
  gap: TargetGap;
  /** Every opportunity, by stage in board order, then in its column's order. */
  rows: OpportunityRow[];
}

/** The opportunity board's figures for the files, from the same functions the board uses. */
export function opportunitiesFigures(input: ExportInput): OpportunitiesFigures {
  const { records } = input;
  const settings = records.pipelineSettings[0] ?? DEFAULT_PIPELINE;
  const accounts = new Map(records.account.map((a) => [a.id, a]));
  const p = pipeline({ opportunities: records.opportunity, stages: records.stage, accounts, segments: records.segment, routes: records.route });
  const names = input.t('method:funnel.defaultSteps', { returnObjects: true }) as unknown as string[];
  const steps = (input.settings?.funnel ?? defaultFunnel(names)).steps;
  const stageIndex = new Map(records.stage.map((s, i) => [s.id, i]));
  const routes = new Map(records.route.map((r) => [r.id, `${r.number}. ${r.name}`]));
  const roles = new Map(records.role.map((r) => [r.id, r.name]));
  const stages = new Map(records.stage.map((s) => [s.id, s]));
  const rows = records.opportunity
    .slice()
    .sort((a, b) => (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .map((o) => ({
      opportunity: o,
      stage: stages.get(o.stageId),
      account: o.accountId ? (accounts.get(o.accountId)?.name ?? '') : '',
      route: o.routeId ? (routes.get(o.routeId) ?? '') : '',
      role: o.roleId ? (roles.get(o.roleId) ?? '') : '',
      weighted: (o.value * o.probability) / 100,
      assessment: assess(o, records.criterion, settings),
    }));
  return { settings, pipeline: p, gap: targetGap(settings.target, p, steps), rows };
}
