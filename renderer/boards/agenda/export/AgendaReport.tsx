import { inNamespace } from '../../../report/parts/layout';
import { ReportEmpty, ReportSection } from '../../../report/parts/ReportSection';
import type { ReportSectionProps } from '../../../report/sectionTypes';
import { agendaFigures } from './figures';

/** The agenda in the report: the day's blocks in order, with their times, boards and notes. */
export function AgendaReport({ input }: ReportSectionProps) {
  const t = inNamespace(input, 'agenda');
  const f = agendaFigures(input);
  return (
    <ReportSection board="agenda" title={input.t('common:boards.agenda')}>
      {f.rows.length === 0 ? (
        <ReportEmpty>{t('empty')}</ReportEmpty>
      ) : (
        <>
          <p className="report-lead">{t('total', { start: f.start, end: f.end, count: f.rows.length })}</p>
          <table className="report-table">
            <caption className="sr-only">{t('report.caption')}</caption>
            <colgroup>
              <col style={{ width: '9em' }} />
              <col style={{ width: '30%' }} />
              <col style={{ width: '6em' }} />
              <col style={{ width: '9em' }} />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('report.time')}</th>
                <th scope="col">{t('report.block')}</th>
                <th scope="col" className="num">
                  {t('report.duration')}
                </th>
                <th scope="col">{t('report.board')}</th>
                <th scope="col">{t('report.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {f.rows.map(({ item, end }) => (
                <tr key={item.id}>
                  <td className="nowrap">{t('span', { start: item.start, end })}</td>
                  <th scope="row">{item.title}</th>
                  <td className="num">{input.t('common:minutes', { count: item.duration })}</td>
                  <td>{item.board ? input.t(`common:boards.${item.board}`) : t('noBoard')}</td>
                  <td className="report-text">{item.notes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ReportSection>
  );
}
