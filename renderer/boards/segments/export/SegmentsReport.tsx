import { memo, type CSSProperties } from 'react';
import type { ExportInput } from '../../../../shared/export/input';
import type { Account } from '../../../../shared/records';
import { Bars } from '../../../report/parts/Bars';
import { currencyOf, inNamespace } from '../../../report/parts/layout';
import { ReportBlock, ReportEmpty, ReportSection } from '../../../report/parts/ReportSection';
import { Swatch } from '../../../report/parts/Swatch';
import type { ReportSectionProps } from '../../../report/sectionTypes';
import { makeSegmentFormat, type Formatters } from '../formatters';
import { segmentsFigures, type SegmentColumn } from './figures';

/** The Unassigned column's grey, as on the board. */
const UNASSIGNED_COLOR = '#9aa0a6';

type T = (key: string, values?: Record<string, unknown>) => string;

/**
 * Account rows per row group. On screen each group is laid out only when scrolled near (see
 * report.css): a 10,000-account report opens in a moment instead of laying out 10,000 rows first.
 */
const ROWS_PER_GROUP = 100;

function groups<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += ROWS_PER_GROUP) out.push(list.slice(i, i + ROWS_PER_GROUP));
  return out;
}

/**
 * The segments board in the report: every segment's figures (count, revenue, share, average), the
 * revenue share chart, the segments' profiles, and every account under its segment — tables that
 * run over as many pages as they need, their headers repeated on each.
 */
export function SegmentsReport({ input, options }: ReportSectionProps) {
  const t = inNamespace(input, 'segments');
  const f = makeSegmentFormat(input.language, currencyOf(input), t);
  const figures = segmentsFigures(input);
  const columns = [...figures.segments, figures.unassigned];
  const nameOf = (c: SegmentColumn) => c.segment?.name ?? t('unassigned');
  const colorOf = (c: SegmentColumn) => c.segment?.color ?? UNASSIGNED_COLOR;
  const withProfile = figures.segments.filter((c) => c.segment && (c.segment.description || c.segment.buying || c.segment.painPoints || c.segment.drive));

  return (
    <ReportSection board="segments" title={t('title')}>
      <div className="report-row">
        <table className="report-table report-summary">
          <caption className="sr-only">{t('report.summaryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.segment')}</th>
              <th scope="col" className="num">{t('report.accounts')}</th>
              <th scope="col" className="num">{t('report.revenue')}</th>
              <th scope="col" className="num">{t('report.share')}</th>
              <th scope="col" className="num">{t('report.average')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.segment?.id ?? 'unassigned'}>
                <th scope="row">
                  <Swatch color={colorOf(c)} />
                  {nameOf(c)}
                </th>
                <td className="num">{f.int(c.figures.count)}</td>
                <td className="num">{f.money(c.figures.revenue)}</td>
                <td className="num">{f.share(c.share)}</td>
                <td className="num">{c.figures.average === null ? input.t('common:report.none') : f.money(c.figures.average)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('report.total')}</th>
              <td className="num">{f.int(figures.totals.count)}</td>
              <td className="num">{f.money(figures.totals.revenue)}</td>
              <td className="num">{figures.totals.revenue > 0 ? f.share(100) : input.t('common:report.none')}</td>
              <td className="num">{figures.totals.average === null ? input.t('common:report.none') : f.money(figures.totals.average)}</td>
            </tr>
          </tfoot>
        </table>
        {figures.totals.revenue > 0 && (
          <Bars
            caption={t('chart.title')}
            bars={columns
              .filter((c) => c.figures.revenue > 0)
              .map((c) => ({ key: c.segment?.id ?? 'unassigned', label: nameOf(c), value: c.figures.revenue, text: `${f.share(c.share)} · ${f.money(c.figures.revenue)}`, color: colorOf(c) }))}
          />
        )}
      </div>

      {withProfile.length > 0 && (
        <ReportBlock title={t('report.profiles')}>
          <table className="report-table">
            <colgroup>
              <col style={{ width: '16%' }} />
              <col style={{ width: '26%' }} />
              <col style={{ width: '24%' }} />
              <col style={{ width: '24%' }} />
              <col style={{ width: '10%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('report.segment')}</th>
                <th scope="col">{t('report.description')}</th>
                <th scope="col">{t('report.buying')}</th>
                <th scope="col">{t('report.painPoints')}</th>
                <th scope="col">{t('report.drive')}</th>
              </tr>
            </thead>
            <tbody>
              {withProfile.map((c) => (
                <tr key={c.segment!.id}>
                  <th scope="row">
                    <Swatch color={colorOf(c)} />
                    {c.segment!.name}
                  </th>
                  <td className="report-text">{c.segment!.description}</td>
                  <td className="report-text">{c.segment!.buying}</td>
                  <td className="report-text">{c.segment!.painPoints}</td>
                  <td>{c.segment!.drive ? input.t(`coverage:drive.${c.segment!.drive}`) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ReportBlock>
      )}

      <ReportBlock title={t('report.accountsTitle')} className="report-accounts">
        {figures.totals.count === 0 ? (
          <ReportEmpty>{t('report.noAccounts')}</ReportEmpty>
        ) : !options.accounts ? (
          <ReportEmpty>{t('report.omitted', { accounts: t('figures.count', { count: figures.totals.count, formatted: f.int(figures.totals.count) }) })}</ReportEmpty>
        ) : (
          columns
            .filter((c) => c.accounts.length > 0)
            .map((c) => <AccountTable key={c.segment?.id ?? 'unassigned'} name={nameOf(c)} color={colorOf(c)} accounts={c.accounts} input={input} f={f} t={t} />)
        )}
      </ReportBlock>
    </ReportSection>
  );
}

/**
 * One segment's accounts. The segment's name is the first header row, so it is repeated with the
 * column headers at the top of every page the table runs onto.
 */
const AccountTable = memo(function AccountTable({ name, color, accounts, input, f, t }: { name: string; color: string; accounts: Account[]; input: ExportInput; f: Formatters; t: T }) {
  const none = input.t('common:report.none');
  return (
    <table className="report-table report-accounts-table" aria-label={t('report.accountsOf', { segment: name })}>
      <colgroup>
        <col style={{ width: '4.5em' }} />
        <col style={{ width: '30%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '13%' }} />
        <col style={{ width: '10%' }} />
        <col />
      </colgroup>
      <thead>
        <tr className="report-table-group">
          <th scope="colgroup" colSpan={8}>
            <Swatch color={color} />
            {name} · {t('figures.count', { count: accounts.length, formatted: f.int(accounts.length) })}
          </th>
        </tr>
        <tr>
          <th scope="col" className="num">{t('report.number')}</th>
          <th scope="col">{t('report.name')}</th>
          <th scope="col">{t('report.industry')}</th>
          <th scope="col">{t('report.region')}</th>
          <th scope="col">{t('report.city')}</th>
          <th scope="col" className="num">{t('report.revenue')}</th>
          <th scope="col" className="num">{t('report.employees')}</th>
          <th scope="col">{t('report.status')}</th>
        </tr>
      </thead>
      {groups(accounts).map((group, g) => (
        <tbody key={g} className="report-row-group" style={{ '--rows': group.length } as CSSProperties}>
          {group.map((a, i) => (
            <tr key={a.id}>
              <td className="num">{g * ROWS_PER_GROUP + i + 1}</td>
              <th scope="row">{a.name}</th>
              <td>{a.industry}</td>
              <td>{a.region}</td>
              <td>{a.city}</td>
              <td className="num">{a.revenue === null ? none : f.money(a.revenue)}</td>
              <td className="num">{a.employees === null ? none : f.int(a.employees)}</td>
              <td>{a.status}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
});
