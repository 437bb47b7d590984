import { inNamespace } from '../../../report/parts/layout';
import { ReportBlock, ReportEmpty, ReportSection } from '../../../report/parts/ReportSection';
import type { ReportSectionProps } from '../../../report/sectionTypes';
import { cadenceFigures } from './figures';

/** The cadence board in the report: the weekly reviews with their standard reports, and the roles. */
export function CadenceReport({ input }: ReportSectionProps) {
  const t = inNamespace(input, 'cadence');
  const f = cadenceFigures(input);
  return (
    <ReportSection board="cadence" title={t('title')}>
      <ReportBlock title={t('table.title')}>
        {f.meetings.length === 0 ? (
          <ReportEmpty>{t('table.empty')}</ReportEmpty>
        ) : (
          <table className="report-table">
            <caption className="sr-only">{t('table.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.day')}</th>
                <th scope="col">{t('field.level')}</th>
                <th scope="col">{t('field.attendees')}</th>
                <th scope="col">{t('field.purpose')}</th>
                <th scope="col">{t('field.decisions')}</th>
                <th scope="col" className="num">{t('field.timeBox')}</th>
                <th scope="col">{t('export.report')}</th>
              </tr>
            </thead>
            <tbody>
              {f.meetings.map((m) => (
                <tr key={m.id}>
                  <td>{m.day}</td>
                  <th scope="row">{m.level}</th>
                  <td className="report-text">{m.attendees}</td>
                  <td className="report-text">{m.purpose}</td>
                  <td className="report-text">{m.decisions}</td>
                  <td className="num">{m.timeBox}</td>
                  <td className="report-text">{m.report.map((r) => t(`figure.${r}`)).join('；')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="report-note">
          {t('axis.tactical')} → {t('axis.strategic')}
        </p>
      </ReportBlock>
      <ReportBlock title={t('roles.title')}>
        {f.roles.length === 0 ? (
          <ReportEmpty>{t('roles.empty')}</ReportEmpty>
        ) : (
          <table className="report-table">
            <caption className="sr-only">{t('roles.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roles.name')}</th>
                <th scope="col">{t('roles.does')}</th>
                <th scope="col">{t('roles.measured')}</th>
                <th scope="col" className="num">{t('roles.owned')}</th>
              </tr>
            </thead>
            <tbody>
              {f.roles.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td className="report-text">{r.does}</td>
                  <td className="report-text">{r.measured}</td>
                  <td className="num">{f.owned.get(r.id) ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ReportBlock>
    </ReportSection>
  );
}
