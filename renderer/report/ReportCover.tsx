import type { ExportInput } from '../../shared/export/input';
import { REPORT_SECTIONS } from './sections';

/** The report's first page: what it is, for whom, when, and what follows. */
export function ReportCover({ input, date }: { input: ExportInput; date: string }) {
  const { workshop, t } = input;
  return (
    <header className="report-cover" aria-labelledby="report-title">
      <p className="report-kicker">{t('common:report.kicker')}</p>
      <h1 id="report-title" className="report-title">
        {workshop.name}
      </h1>
      <dl className="report-facts">
        {workshop.client.trim() && (
          <div>
            <dt>{t('common:report.client')}</dt>
            <dd>{workshop.client}</dd>
          </div>
        )}
        <div>
          <dt>{t('common:report.date')}</dt>
          <dd>{date}</dd>
        </div>
      </dl>
      <h2 className="report-contents-title">{t('common:report.contents')}</h2>
      <ol className="report-contents">
        {REPORT_SECTIONS.map(({ board }) => (
          <li key={board}>{t(`common:boards.${board}`)}</li>
        ))}
      </ol>
    </header>
  );
}
