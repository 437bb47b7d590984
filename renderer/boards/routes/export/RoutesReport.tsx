import type { CellAnalysis, RoutesAnalysis } from '../../../../shared/calc/routes';
import { cellKey, isAnswered } from '../../../../shared/calc/routes';
import type { ExportInput } from '../../../../shared/export/input';
import { ROUTE_QUESTION_COUNT, SALES_STEPS, type Route } from '../../../../shared/records';
import { inNamespace, inRuns } from '../../../report/parts/layout';
import { Notice } from '../../../report/parts/Notice';
import { ReportBlock, ReportEmpty, ReportSection } from '../../../report/parts/ReportSection';
import type { ReportSectionProps } from '../../../report/sectionTypes';
import { textOn } from '../chipColor';
import { cellLabel, handoffText, routeLabel } from '../labels';
import { routesFigures } from './figures';

type T = (key: string, values?: Record<string, unknown>) => string;

/** A route as on the board: its colour, its number and its name (the number and name carry the meaning). */
function Chip({ route }: { route: Route }) {
  return (
    <span className="report-chip">
      <span className="report-chip-num" style={{ background: route.color, color: textOn(route.color) }}>
        {route.number}
      </span>
      {route.name}
    </span>
  );
}

/**
 * The routes board in the report: the grid of customer tiers × offering types with every gap and
 * conflict marked in words (not by colour alone), the findings, who does each step of the sales
 * cycle on each route, and each route's six answers.
 */
export function RoutesReport({ input }: ReportSectionProps) {
  const t = inNamespace(input, 'routes');
  const a = routesFigures(input);
  const routes = input.records.route; // in palette order
  const byId = new Map(routes.map((r) => [r.id, r]));
  const segmentName = new Map([...a.rows, ...a.hiddenRows].map((s) => [s.id, s.name]));
  const offeringName = new Map(a.columns.map((o) => [o.id, o.name]));
  const nameOfCell = (c: CellAnalysis) => cellLabel(input.t, segmentName.get(c.segmentId) ?? '', offeringName.get(c.offeringId) ?? '');
  const summary = [
    t(a.overBy > 0 ? 'target.over' : 'target.within', { count: a.routeCount, target: a.target, over: a.overBy }),
    t('findings.gaps', { count: a.gaps.length }),
    t('findings.conflicts', { count: a.conflicts.length }),
    t('findings.questions', { count: a.incomplete.length }),
  ].join(' · ');

  return (
    <ReportSection board="routes" title={t('title')}>
      <p className="report-lead">{summary}</p>
      {a.rows.length === 0 || a.columns.length === 0 ? (
        <ReportEmpty>{t('report.noGrid')}</ReportEmpty>
      ) : (
        inRuns(a.columns).map((run, i) => (
          <table key={i} className="report-table report-grid" aria-label={t('gridLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('corner')}</th>
                {run.map((o) => (
                  <th key={o.id} scope="col">
                    {o.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {a.rows.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  {run.map((o) => (
                    <GridCell key={o.id} cell={a.cells.get(cellKey(s.id, o.id))!} routes={byId} t={t} anyT={input.t} prefix={input.t('common:report.warning')} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))
      )}
      {a.hiddenRows.length > 0 && (
        <p className="report-note">
          {t('hiddenRows')} {a.hiddenRows.map((s) => s.name).join(t('listSeparator'))}
        </p>
      )}
      <Findings a={a} t={t} input={input} nameOfCell={nameOfCell} routes={byId} />
      {routes.length === 0 ? <ReportEmpty>{t('report.noRoutes')}</ReportEmpty> : <RouteTables routes={routes} a={a} t={t} input={input} />}
    </ReportSection>
  );
}

function GridCell({ cell, routes, t, anyT, prefix }: { cell: CellAnalysis; routes: ReadonlyMap<string, Route>; t: T; anyT: T; prefix: string }) {
  const placed = cell.placements.flatMap((p) => (routes.has(p.routeId) ? [routes.get(p.routeId)!] : []));
  return (
    <td className={`report-cell is-${cell.status}`}>
      {placed.map((r) => (
        <Chip key={r.id} route={r} />
      ))}
      {cell.status === 'gap' && (
        <Notice severity="warning" prefix={prefix}>
          {t('status.gap')}
        </Notice>
      )}
      {cell.status === 'conflict' && (
        <Notice severity="warning" prefix={prefix}>
          {t('status.conflict')}
        </Notice>
      )}
      {cell.handoff && <span className="report-rule">{t('handoff.label', { text: handoffText(anyT, cell, routes) })}</span>}
      {cell.rule && <span className="report-rule">{t('status.rule', { rule: cell.rule })}</span>}
    </td>
  );
}

function Findings({ a, t, input, nameOfCell, routes }: { a: RoutesAnalysis; t: T; input: ExportInput; nameOfCell(c: CellAnalysis): string; routes: ReadonlyMap<string, Route> }) {
  const labels = (c: CellAnalysis) =>
    c.placements
      .flatMap((p) => (routes.has(p.routeId) ? [routeLabel(input.t, routes.get(p.routeId)!)] : []))
      .join(t('listSeparator'));
  const items = [
    ...a.gaps.map((c) => ({ key: `g${c.key}`, warn: true, text: t('report.gapItem', { cell: nameOfCell(c) }) })),
    ...a.conflicts.map((c) => ({ key: `c${c.key}`, warn: true, text: t('report.conflictItem', { cell: nameOfCell(c), routes: labels(c) }) })),
    ...a.resolved.map((c) => ({ key: `r${c.key}`, warn: false, text: t('report.ruleItem', { cell: nameOfCell(c), rule: c.rule }) })),
    ...a.inconsistent.map((r) => ({
      key: `i${r.id}`,
      warn: true,
      text: `${routeLabel(input.t, r)}: ${t(r.family === 'partner' ? 'findings.inconsistentPartner' : 'findings.inconsistentDirect')}`,
    })),
    ...a.capacity
      .filter((c) => c.over)
      .map((c) => ({
        key: `o${c.route.id}`,
        warn: true,
        text: `${routeLabel(input.t, c.route)}: ${t('findings.overCapacityItem', { accounts: c.accounts, capacity: c.capacity, people: input.t('coverage:units.people', { count: c.people, value: c.people }) })}`,
      })),
    ...a.duplicates.map((d) => ({
      key: `d${d.number}`,
      warn: true,
      text: t('report.duplicateItem', { number: d.number, routes: d.routes.map((r) => routeLabel(input.t, r)).join(t('listSeparator')) }),
    })),
    ...a.incomplete.map((r) => ({
      key: `q${r.route.id}`,
      warn: false,
      text: t('report.openItem', { route: routeLabel(input.t, r.route), questions: t('findings.unanswered', { count: r.unanswered.length }) }),
    })),
  ];
  return (
    <ReportBlock title={t('report.findings')}>
      {items.length === 0 ? (
        <p className="report-note">{t('findings.allClear')}</p>
      ) : (
        <ul className="report-list">
          {items.map((i) => (
            <li key={i.key}>
              <Notice severity={i.warn ? 'warning' : 'hint'} prefix={input.t(i.warn ? 'common:report.warning' : 'common:report.hint')}>
                {i.text}
              </Notice>
            </li>
          ))}
        </ul>
      )}
    </ReportBlock>
  );
}

function RouteTables({ routes, a, t, input }: { routes: Route[]; a: RoutesAnalysis; t: T; input: ExportInput }) {
  const owner = (o: string | null) => t(`owner.${o ?? 'none'}`);
  const count = (n: number) => new Intl.NumberFormat(input.language).format(n);
  const questions = Array.from({ length: ROUTE_QUESTION_COUNT }, (_, i) => t(`questions.q${i + 1}`));
  return (
    <>
      <ReportBlock title={t('report.legend')} className="report-keep">
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.route')}</th>
              <th scope="col">{t('report.family')}</th>
              <th scope="col">{t('report.partnerType')}</th>
              <th scope="col" className="num">{t('report.cells')}</th>
              <th scope="col">{input.t('common:fields.questions')}</th>
              <th scope="col">{t('editor.capacityNotes')}</th>
            </tr>
          </thead>
          <tbody>
            {routes.map((r) => {
              const answered = r.questions.filter(isAnswered).length;
              return (
                <tr key={r.id}>
                  <th scope="row">
                    <Chip route={r} />
                    {a.duplicateRouteIds.has(r.id) && (
                      <Notice severity="warning" prefix={input.t('common:report.warning')}>
                        {t('duplicate.chip', { number: r.number })}
                      </Notice>
                    )}
                  </th>
                  <td>{t(`family.${r.family}`)}</td>
                  <td>{r.partnerType}</td>
                  <td className="num">{count(a.cellsServed.get(r.id) ?? 0)}</td>
                  <td>{t('questionsAnswered', { answered, count: ROUTE_QUESTION_COUNT })}</td>
                  <td className="report-text">{r.capacityNotes}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ReportBlock>

      <ReportBlock title={t('report.split')} className="report-keep">
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.route')}</th>
              {SALES_STEPS.map((s) => (
                <th key={s} scope="col">
                  {t(`step.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {routes.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Chip route={r} />
                </th>
                {SALES_STEPS.map((s) => (
                  <td key={s} className={r.steps[s] ? undefined : 'report-undecided'}>
                    {owner(r.steps[s])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ReportBlock>

      {routes.map((r) => (
        <table key={r.id} className="report-table report-questions" aria-label={t('report.questions', { route: routeLabel(input.t, r) })}>
          <colgroup>
            <col style={{ width: '3em' }} />
            <col style={{ width: '34%' }} />
            <col />
            <col style={{ width: '8em' }} />
          </colgroup>
          <thead>
            <tr className="report-table-group">
              <th scope="colgroup" colSpan={4}>
                <Chip route={r} /> · {t(`family.${r.family}`)}
                {r.partnerType && ` · ${r.partnerType}`}
              </th>
            </tr>
            <tr>
              <th scope="col" className="num">#</th>
              <th scope="col">{t('report.question')}</th>
              <th scope="col">{t('report.answer')}</th>
              <th scope="col">{t('report.state')}</th>
            </tr>
          </thead>
          <tbody>
            {r.questions.map((q, i) => (
              <tr key={i}>
                <td className="num">{i + 1}</td>
                <th scope="row">{questions[i]}</th>
                <td className="report-text">{q.answer.trim() ? q.answer : <span className="report-undecided">{t('report.noAnswer')}</span>}</td>
                <td>{q.done ? t('report.done') : isAnswered(q) ? t('report.answered') : t('report.open')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
