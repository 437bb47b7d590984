import { useTranslation } from 'react-i18next';
import type { Pipeline, PipelineRow, TargetGap } from '../../../shared/calc/pipeline';
import type { PipelineSettings } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { CommitField } from '../../ui/CommitField';
import { Icon } from '../../ui/Icon';
import type { PipelineFormat } from './format';
import { PipelineChart } from './PipelineChart';

interface PipelinePanelProps {
  pipeline: Pipeline;
  gap: TargetGap;
  settings: PipelineSettings;
  format: PipelineFormat;
}

function RowsTable<K>({ caption, head, rows, label, format }: { caption: string; head: string; rows: PipelineRow<K>[]; label(k: K): string; format: PipelineFormat }) {
  const { t } = useTranslation('opportunities');
  return (
    <table className="pipeline-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t('table.count')}</th>
          <th scope="col">{t('table.value')}</th>
          <th scope="col">{t('table.weighted')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <th scope="row">{label(r.key)}</th>
            <td>{format.count(r.count)}</td>
            <td>{format.money(r.value)}</td>
            <td>{format.money(r.weighted)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The weighted pipeline, live: total, target and gap, what closing the gap takes (average deals
 * won and the funnel calculator's visits), the funnel by stage, and the split by segment and route.
 */
export function PipelinePanel({ pipeline, gap, settings, format }: PipelinePanelProps) {
  const { t } = useTranslation('opportunities');
  const update = (patch: Partial<Pick<PipelineSettings, 'target' | 'period'>>) => void dispatch({ type: 'pipeline.update', patch }, { optimistic: true });
  return (
    <aside className="panel pipeline-panel" aria-labelledby="pipeline-title">
      <h3 id="pipeline-title">{t('pipeline.title')}</h3>
      <div className="field-row">
        <label className="field">
          <span>{t('pipeline.period')}</span>
          <CommitField value={settings.period} maxLength={100} onCommit={(period) => update({ period: period.trim() })} />
        </label>
        <label className="field">
          <span>{t('pipeline.target')}</span>
          <CommitField
            type="number"
            min={0}
            step="any"
            value={String(settings.target)}
            onCommit={(v) => {
              const n = Number(v);
              if (v !== '' && Number.isFinite(n) && n >= 0) update({ target: n });
            }}
          />
        </label>
      </div>
      <dl className="pipeline-figures" aria-label={t('pipeline.figures')}>
        <div>
          <dt>{t('pipeline.weighted')}</dt>
          <dd data-testid="pipeline-weighted">{format.money(gap.weighted)}</dd>
        </div>
        <div>
          <dt>{t('pipeline.total')}</dt>
          <dd>{t('pipeline.totalValue', { value: format.money(pipeline.total.value), count: pipeline.total.count })}</dd>
        </div>
        <div>
          <dt>{t('pipeline.gap')}</dt>
          <dd className={gap.gap > 0 ? 'warning' : undefined}>
            {gap.gap > 0 && <Icon name="warning" size={16} />}
            {settings.target > 0 ? (gap.gap > 0 ? format.money(gap.gap) : t('pipeline.covered')) : t('pipeline.noTarget')}
          </dd>
        </div>
        {gap.coverage !== null && (
          <div>
            <dt>{t('pipeline.coverage')}</dt>
            <dd>{format.percent(gap.coverage)}</dd>
          </div>
        )}
      </dl>
      {settings.target > 0 && gap.gap > 0 && (
        <p className="pipeline-close" role="status">
          {gap.winsNeeded === null || gap.averageDeal === null
            ? t('pipeline.noAverage')
            : t('pipeline.toClose', { wins: format.count(gap.winsNeeded), deal: format.money(gap.averageDeal), visits: format.count(gap.visitsNeeded ?? 0) })}
        </p>
      )}
      <figure className="pipeline-funnel" aria-labelledby="pipeline-funnel-title">
        <figcaption id="pipeline-funnel-title" className="panel-title">
          {t('chart.title')}
        </figcaption>
        {pipeline.total.count === 0 ? <p className="muted">{t('chart.empty')}</p> : <PipelineChart pipeline={pipeline} format={format} />}
      </figure>
      <RowsTable caption={t('table.byStage')} head={t('table.stage')} rows={pipeline.byStage} label={(s) => s.name} format={format} />
      <RowsTable caption={t('table.bySegment')} head={t('table.segment')} rows={pipeline.bySegment} label={(s) => s?.name ?? t('table.noSegment')} format={format} />
      <RowsTable caption={t('table.byRoute')} head={t('table.route')} rows={pipeline.byRoute} label={(r) => (r ? `${r.number}. ${r.name}` : t('table.noRoute'))} format={format} />
    </aside>
  );
}
