import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultFunnel } from '../../../shared/calc/funnel';
import { assess, pipeline, targetGap, type Assessment, type Pipeline, type TargetGap } from '../../../shared/calc/pipeline';
import { DEFAULT_PIPELINE, PIPELINE_ID, type PipelineSettings } from '../../../shared/records';
import { useOrdered, useRecordMap } from '../../state/selectors';
import { useSettings } from '../../state/workshopStore';

/** The workshop's pipeline settings, or the deck's defaults until the room edits them. */
export function usePipelineSettings(): PipelineSettings {
  return useRecordMap('pipelineSettings').get(PIPELINE_ID) ?? DEFAULT_PIPELINE;
}

/** Each opportunity's assessment (go / no-go), by id: the cards and the dialog read it. */
export function useAssessments(): ReadonlyMap<string, Assessment> {
  const opportunities = useRecordMap('opportunity');
  const criteria = useOrdered('criterion');
  const settings = usePipelineSettings();
  return useMemo(() => new Map([...opportunities.values()].map((o) => [o.id, assess(o, criteria, settings)])), [opportunities, criteria, settings]);
}

/** The weighted pipeline and the target gap, live from the records (shared/calc/pipeline.ts). */
export function usePipeline(): { pipeline: Pipeline; gap: TargetGap; settings: PipelineSettings } {
  const { t } = useTranslation('method');
  const opportunities = useRecordMap('opportunity');
  const accounts = useRecordMap('account');
  const stages = useOrdered('stage');
  const segments = useOrdered('segment');
  const routes = useOrdered('route');
  const settings = usePipelineSettings();
  const funnel = useSettings()?.funnel;
  return useMemo(() => {
    const p = pipeline({ opportunities: opportunities.values(), stages, accounts, segments, routes });
    // The funnel calculator's steps (the room's, or the deck's default): visits needed to close the gap.
    const steps = (funnel ?? defaultFunnel(t('funnel.defaultSteps', { returnObjects: true }) as string[])).steps;
    return { pipeline: p, gap: targetGap(settings.target, p, steps), settings };
  }, [opportunities, stages, accounts, segments, routes, settings, funnel, t]);
}
