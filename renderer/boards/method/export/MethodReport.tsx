import { Bars } from '../../../report/parts/Bars';
import { inNamespace } from '../../../report/parts/layout';
import { Notice } from '../../../report/parts/Notice';
import { ReportBlock, ReportEmpty, ReportSection } from '../../../report/parts/ReportSection';
import type { ReportSectionProps } from '../../../report/sectionTypes';
import { methodFigures } from './figures';

/**
 * The sales method board in the report: the stages with their win probabilities and verifiable
 * outcomes (with the stages whose probability falls), and the funnel calculator's answer.
 */
export function MethodReport({ input }: ReportSectionProps) {
  const t = inNamespace(input, 'method');
  const m = methodFigures(input);
  const nf = new Intl.NumberFormat(input.language, { maximumFractionDigits: 1 });
  const percent = (n: number) => input.t('coverage:units.share', { value: nf.format(n) });
  const count = (n: number) => (Number.isFinite(n) ? nf.format(n) : '∞');
  const first = m.rows[0];
  const last = m.rows[m.rows.length - 1];
  const impossible = m.rows.some((r) => !Number.isFinite(r.count));
  const answer =
    !first || !last || impossible
      ? null
      : m.funnel.mode === 'fromWins'
        ? t('funnel.resultWins', { wins: nf.format(last.count), visits: nf.format(first.count) })
        : t('funnel.resultVisits', { visits: nf.format(first.count), wins: nf.format(last.count) });

  return (
    <ReportSection board="method" title={t('title')}>
      <ReportBlock title={t('stages.title')} className="report-keep">
        {m.stages.length === 0 ? (
          <ReportEmpty>{t('report.noStages')}</ReportEmpty>
        ) : (
          <div className="report-row">
            <table className="report-table">
              <caption className="sr-only">{t('report.stageCaption')}</caption>
              <colgroup>
                <col style={{ width: '4.5em' }} />
                <col style={{ width: '25%' }} />
                <col style={{ width: '8em' }} />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col" className="num">{t('report.number')}</th>
                  <th scope="col">{t('report.stage')}</th>
                  <th scope="col" className="num">{t('report.probability')}</th>
                  <th scope="col">{t('report.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {m.stages.map((s, i) => (
                  <tr key={s.id}>
                    <td className="num">{i + 1}</td>
                    <th scope="row">{s.name}</th>
                    <td className="num">{percent(s.probability)}</td>
                    <td className="report-text">{s.outcome}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Bars caption={t('stages.probability')} bars={m.stages.map((s) => ({ key: s.id, label: s.name, value: s.probability, text: percent(s.probability) }))} />
          </div>
        )}
        {m.outOfOrder.map(({ stage, previous }) => (
          <p key={stage.id} className="report-note">
            <Notice severity="warning" prefix={input.t('common:report.warning')}>
              {t('stages.outOfOrder', { stage: stage.name, p: nf.format(stage.probability), previous: previous.name, q: nf.format(previous.probability) })}
            </Notice>
          </p>
        ))}
        <p className="report-note">{t('stages.rule')}</p>
      </ReportBlock>

      <ReportBlock title={t('funnel.title')} className="report-keep">
        <p className="report-lead">
          {t(`funnel.${m.funnel.mode}`)} ·{' '}
          {m.funnel.mode === 'fromWins' ? `${t('funnel.targetWins')}: ${nf.format(m.funnel.targetWins)}` : `${t('funnel.visits')}: ${nf.format(m.funnel.visits)}`}
        </p>
        <div className="report-row">
          <table className="report-table">
            <caption className="sr-only">{t('report.funnelCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.step')}</th>
                <th scope="col" className="num">{t('report.rate')}</th>
                <th scope="col" className="num">{t(m.funnel.mode === 'fromWins' ? 'report.needed' : 'report.expected')}</th>
              </tr>
            </thead>
            <tbody>
              {m.funnel.steps.map((step, i) => (
                <tr key={i}>
                  <th scope="row">{step.name}</th>
                  <td className="num">{i < m.funnel.steps.length - 1 ? percent(step.rate) : t('report.lastStep')}</td>
                  <td className="num">{count(m.rows[i]!.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Bars centred caption={t('funnel.chartLabel')} bars={m.rows.map((r, i) => ({ key: String(i), label: r.name, value: r.count, text: count(r.count) }))} />
        </div>
        {impossible ? (
          <p className="report-note">
            <Notice severity="warning" prefix={input.t('common:report.warning')}>
              {t('funnel.impossible')}
            </Notice>
          </p>
        ) : (
          answer && <p className="report-lead">{answer}</p>
        )}
        <p className="report-note">{t('funnel.overall', { rate: nf.format(m.overall) })}</p>
      </ReportBlock>
    </ReportSection>
  );
}
