import { useTranslation } from 'react-i18next';
import { closingSoon, recommendationCounts } from '../../../shared/calc/pipeline';
import type { PipelineFigure, ReviewMeeting } from '../../../shared/records';
import { useRecordMap } from '../../state/selectors';
import { usePipelineFormat } from '../opportunities/format';
import { useAssessments, usePipeline } from '../opportunities/usePipeline';

/** Today as YYYY-MM-DD in the local calendar (what "closing soon" counts from). */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * A level's standard report: the pipeline figures it reviews, live from the opportunity board's
 * calculation (shared/calc/pipeline.ts), so the room sees what the meeting would look at.
 */
export function ReportFigures({ meeting }: { meeting: ReviewMeeting }) {
  const { t } = useTranslation('cadence');
  const { pipeline, gap, settings } = usePipeline();
  const assessments = useAssessments();
  const opportunities = useRecordMap('opportunity');
  const f = usePipelineFormat();
  const line = (figure: PipelineFigure): string => {
    switch (figure) {
      case 'byStage':
        return pipeline.byStage.map((r) => `${r.key.name} ${f.money(r.weighted)}`).join(' · ');
      case 'bySegment':
        return pipeline.bySegment.map((r) => `${r.key?.name ?? t('figures.noSegment')} ${f.money(r.weighted)}`).join(' · ') || '—';
      case 'byRoute':
        return pipeline.byRoute.map((r) => `${r.key ? r.key.number : '—'} ${f.money(r.weighted)}`).join(' · ') || '—';
      case 'total':
        return f.money(gap.weighted);
      case 'gap':
        return settings.target > 0 ? f.money(gap.gap) : t('figures.noTarget');
      case 'visits':
        return gap.visitsNeeded === null ? '—' : f.count(gap.visitsNeeded);
      case 'closingSoon': {
        const soon = closingSoon(opportunities.values(), today());
        return soon.length ? soon.map((o) => `${o.name} (${o.closeDate})`).join(' · ') : t('figures.none');
      }
      case 'assessments': {
        const c = recommendationCounts(assessments.values());
        return t('figures.assessmentCounts', c);
      }
    }
  };
  if (meeting.report.length === 0) return <p className="muted small">{t('report.empty')}</p>;
  return (
    <dl className="cadence-report">
      {meeting.report.map((figure) => (
        <div key={figure}>
          <dt>{t(`figure.${figure}`)}</dt>
          <dd>{line(figure)}</dd>
        </div>
      ))}
    </dl>
  );
}
