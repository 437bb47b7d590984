import { Bars } from '../../../report/parts/Bars';
import { inNamespace } from '../../../report/parts/layout';
import { ReportBlock, ReportEmpty, ReportSection } from '../../../report/parts/ReportSection';
import type { ReportSectionProps } from '../../../report/sectionTypes';
import { CURRENCY_SYMBOLS } from '../../../../shared/records';
import { opportunitiesFigures } from './figures';
import { plansText } from './plans';

/** The opportunity board in the report: the weighted pipeline against target, the funnel, every opportunity. */
export function OpportunitiesReport({ input }: ReportSectionProps) {
  const t = inNamespace(input, 'opportunities');
  const f = opportunitiesFigures(input);
  const nf = new Intl.NumberFormat(input.language, { maximumFractionDigits: 1 });
  const symbol = CURRENCY_SYMBOLS[input.settings?.currency ?? 'CNY'];
  const money = (v: number) => `${symbol} ${nf.format(v)} M`;
  const plans = plansText(input);
  return (
    <ReportSection board="opportunities" title={t('title')}>
      <ReportBlock title={t('pipeline.title')} className="report-keep">
        <p className="report-lead">
          {t('pipeline.weighted')}: {money(f.gap.weighted)}
          {f.settings.target > 0 && ` · ${t('pipeline.target')}: ${money(f.settings.target)} · ${t('pipeline.gap')}: ${money(f.gap.gap)}`}
          {f.settings.period && ` · ${f.settings.period}`}
        </p>
        {f.gap.gap > 0 && f.gap.winsNeeded !== null && f.gap.averageDeal !== null && (
          <p className="report-note">
            {t('pipeline.toClose', { wins: nf.format(f.gap.winsNeeded), deal: money(f.gap.averageDeal), visits: f.gap.visitsNeeded === null ? '—' : nf.format(f.gap.visitsNeeded) })}
          </p>
        )}
        <div className="report-row">
          <table className="report-table">
            <caption className="sr-only">{t('table.byStage')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.stage')}</th>
                <th scope="col" className="num">{t('table.count')}</th>
                <th scope="col" className="num">{t('table.value')}</th>
                <th scope="col" className="num">{t('table.weighted')}</th>
              </tr>
            </thead>
            <tbody>
              {f.pipeline.byStage.map((r) => (
                <tr key={r.key.id}>
                  <th scope="row">{r.key.name}</th>
                  <td className="num">{nf.format(r.count)}</td>
                  <td className="num">{money(r.value)}</td>
                  <td className="num">{money(r.weighted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Bars caption={t('chart.title')} bars={f.pipeline.byStage.map((r) => ({ key: r.key.id, label: r.key.name, value: r.value, text: money(r.value) }))} />
        </div>
      </ReportBlock>
      <ReportBlock title={t('export.listTitle')}>
        {f.rows.length === 0 ? (
          <ReportEmpty>{t('empty')}</ReportEmpty>
        ) : (
          <table className="report-table">
            <caption className="sr-only">{t('export.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.name')}</th>
                <th scope="col">{t('field.account')}</th>
                <th scope="col">{t('table.stage')}</th>
                <th scope="col" className="num">{t('table.value')}</th>
                <th scope="col" className="num">{t('field.probability')}</th>
                <th scope="col">{t('assessment.title')}</th>
                <th scope="col">{t('field.nextAction')}</th>
              </tr>
            </thead>
            <tbody>
              {f.rows.map((r) => (
                <tr key={r.opportunity.id}>
                  <th scope="row">{r.opportunity.name}</th>
                  <td>{r.account || '—'}</td>
                  <td>{r.stage?.name ?? '—'}</td>
                  <td className="num">{money(r.opportunity.value)}</td>
                  <td className="num">{nf.format(r.opportunity.probability)} %</td>
                  <td>{r.assessment.recommendation ? `${t(`assessment.rec.${r.assessment.recommendation}`)} · ${Math.round(r.assessment.percent)}` : '—'}</td>
                  <td className="report-text">{r.opportunity.nextAction}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ReportBlock>
      {plans.map((plan, i) => (
        <ReportBlock key={i} title={plan.title}>
          <dl className="report-plan">
            {plan.sections.map((s, j) => (
              <div key={j}>
                <dt>{s.label}</dt>
                <dd className="report-text">{s.text}</dd>
              </div>
            ))}
          </dl>
        </ReportBlock>
      ))}
    </ReportSection>
  );
}
