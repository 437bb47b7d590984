import type { CellFigures, CoverageWarning, Figure, PlanComparison, PlanFigures } from '../../../../shared/calc/coverage';
import { cellKey } from '../../../../shared/calc/coverage';
import type { ExportInput } from '../../../../shared/export/input';
import type { MixRole, Motion, Scenario, Segment } from '../../../../shared/records';
import { Bars } from '../../../report/parts/Bars';
import { currencyOf, inNamespace, inRuns } from '../../../report/parts/layout';
import { Notice } from '../../../report/parts/Notice';
import { ReportBlock, ReportEmpty, ReportSection } from '../../../report/parts/ReportSection';
import { Swatch } from '../../../report/parts/Swatch';
import type { ReportSectionProps } from '../../../report/sectionTypes';
import { assumptionFieldText, assumptionValueText } from '../assumptionText';
import { deltaText } from '../format';
import { makeFormatters, type Formatters } from '../formatters';
import { mixText, roleNamesOf } from '../roleText';
import { warningText } from '../warningText';
import { coverageFigures, type PlanExport } from './figures';

type T = (key: string, values?: Record<string, unknown>) => string;
interface Ctx {
  input: ExportInput;
  t: T;
  f: Formatters;
  segments: ReadonlyMap<string, Segment>;
  motions: ReadonlyMap<string, Motion>;
  /** The role mix's names, from the workshop's role records. */
  roles: Record<MixRole, string>;
}

/**
 * The coverage board in the report: the motions' assumptions, then every plan — its matrix with
 * people and cost per cell, row and column, its warnings next to their numbers and listed in
 * words, its people and cost by motion — and each other plan compared with the one on the board.
 */
export function CoverageReport({ input }: ReportSectionProps) {
  const t = inNamespace(input, 'coverage');
  const f = makeFormatters(input.language, currencyOf(input), t);
  const figures = coverageFigures(input);
  const ctx: Ctx = {
    input,
    t,
    f,
    segments: new Map(input.records.segment.map((s) => [s.id, s])),
    motions: new Map(input.records.motion.map((m) => [m.id, m])),
    roles: roleNamesOf(input.records.role, t),
  };
  const active = figures.plans.find((p) => p.active);
  return (
    <ReportSection board="coverage" title={t('title')}>
      {figures.plans.length === 0 ? (
        <ReportEmpty>{t('report.noPlans')}</ReportEmpty>
      ) : (
        figures.plans.map((plan) => (
          <div key={plan.scenario.id}>
            {/* Each plan owns its assumptions (issue 11): its motions table comes with it. */}
            {plan.figures.motions.length > 0 && <MotionTable ctx={ctx} plan={plan} />}
            <PlanBlock ctx={ctx} plan={plan} />
          </div>
        ))
      )}
      {active && (
        <ReportBlock title={t('report.comparison')} className="report-keep">
          {figures.comparisons.length === 0 ? (
            <ReportEmpty>{t('report.noComparison')}</ReportEmpty>
          ) : (
            figures.comparisons.map(({ other, comparison }) => <CompareTable key={other.id} ctx={ctx} other={other} active={active.scenario} cmp={comparison} />)
          )}
        </ReportBlock>
      )}
    </ReportSection>
  );
}

function MotionTable({ ctx, plan }: { ctx: Ctx; plan: PlanExport }) {
  const { t, f } = ctx;
  const none = t('assumptions.noLimit');
  return (
    <ReportBlock title={t('report.motionsOf', { name: plan.scenario.name })} className="report-keep">
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('report.motion')}</th>
            <th scope="col">{t('report.drive')}</th>
            <th scope="col" className="num">{t('report.capacity')}</th>
            <th scope="col" className="num">{t('report.costPerPerson')}</th>
            <th scope="col" className="num">{t('report.peopleLimit')}</th>
            <th scope="col" className="num">{t('report.threshold')}</th>
            <th scope="col">{t('report.roles')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.figures.motions.map(({ motion: m, unit }) => (
            <tr key={m.id}>
              <th scope="row">{m.name}</th>
              <td>
                {t(`drive.${m.drive}`)} · {t(`staffing.${m.staffing}`)}
              </td>
              <td className="num">{m.territory ? t('territoryTag', { accounts: f.count(unit.accounts), team: f.people(unit.people) }) : f.count(m.capacity)}</td>
              <td className="num">{f.money(unit.cost)}</td>
              <td className="num">{m.peopleLimit === null ? none : f.people(m.peopleLimit)}</td>
              <td className="num">{m.revenueThreshold === null ? none : f.money(m.revenueThreshold)}</td>
              <td>{mixText(ctx.roles, { hunter: f.share(m.roles.hunter), farmer: f.share(m.roles.farmer), coach: f.share(m.roles.coach) }, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportBlock>
  );
}

/** Where a warning is, in words: the segment, the motion, or both. */
function placeOf(w: CoverageWarning, ctx: Ctx): string {
  const seg = 'segmentId' in w ? ctx.segments.get(w.segmentId)?.name : undefined;
  const mot = 'motionId' in w ? ctx.motions.get(w.motionId)?.name : undefined;
  return [seg, mot].filter(Boolean).join(' · ');
}

function WarningNotes({ warnings, ctx, segment, motion }: { warnings: readonly CoverageWarning[]; ctx: Ctx; segment?: Segment; motion?: Motion }) {
  if (warnings.length === 0) return null;
  return (
    <>
      {warnings.map((w) => (
        <Notice key={w.kind} severity={w.severity} prefix={ctx.t(w.severity === 'warning' ? 'warnings.warningPrefix' : 'warnings.hintPrefix')}>
          {warningText(w, ctx.t, ctx.f, { ...(segment ? { segment } : {}), ...(motion ? { motion } : {}) })}
        </Notice>
      ))}
    </>
  );
}

function Cell({ cell, ctx, segment, motion }: { cell: CellFigures | undefined; ctx: Ctx; segment: Segment; motion: Motion }) {
  const { t, f } = ctx;
  if (!cell) return <td className="report-cell is-empty" />;
  return (
    <td className={`report-cell is-${cell.coverage.role}`}>
      <span className="report-cell-role">
        {cell.coverage.role === 'primary' ? '■' : '□'} {t(`role.${cell.coverage.role}`)} · {f.share(cell.coverage.share)}
      </span>
      <span className="report-cell-figures">
        {f.cellPeople(cell.people, cell.whole)} · {f.money(cell.cost)}
      </span>
      <WarningNotes warnings={cell.warnings} ctx={ctx} segment={segment} motion={motion} />
    </td>
  );
}

function PlanBlock({ ctx, plan }: { ctx: Ctx; plan: PlanExport }) {
  const { t, f } = ctx;
  const p: PlanFigures = plan.figures;
  const name = plan.scenario.name;
  const summary = [
    t('summary.people', { people: f.people(p.totals.people) }),
    t('summary.cost', { cost: f.money(p.totals.cost) }),
    ...(p.totals.uncoveredSegments > 0 ? [t('summary.uncovered', { count: p.totals.uncoveredSegments })] : []),
  ].join(' · ');
  const runs = inRuns(p.motions);
  return (
    <ReportBlock title={t(plan.active ? 'report.activePlan' : 'report.plan', { name })} className="report-plan">
      <p className="report-lead">{summary}</p>
      {p.segments.length === 0 || p.motions.length === 0 ? (
        <ReportEmpty>{t('report.noMatrix')}</ReportEmpty>
      ) : (
        runs.map((run, i) => (
          <table key={i} className="report-table report-matrix" aria-label={t('report.matrixCaption', { name })}>
            <thead>
              <tr>
                <th scope="col">{t('report.segment')}</th>
                {run.map((m) => (
                  <th key={m.motion.id} scope="col">
                    {m.motion.name}
                  </th>
                ))}
                {i === runs.length - 1 && (
                  <th scope="col" className="num">
                    {t('rowTotal')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {p.segments.map((s) => (
                <tr key={s.segment.id}>
                  <th scope="row">
                    <Swatch color={s.segment.color} />
                    {s.segment.name}
                    <span className="report-sub">
                      {f.accounts(s.facts.accounts)}
                      {s.facts.averageRevenue !== null && ` · ${t('average', { value: f.money(s.facts.averageRevenue) })}`}
                    </span>
                    <span className="report-sub">{s.segment.owner ? t('owner', { owner: s.segment.owner }) : t('noOwner')}</span>
                  </th>
                  {run.map((m) => (
                    <Cell key={m.motion.id} cell={p.cells.get(cellKey(s.segment.id, m.motion.id))} ctx={ctx} segment={s.segment} motion={m.motion} />
                  ))}
                  {i === runs.length - 1 && (
                    <td className="num report-total">
                      <span className="report-cell-figures">
                        {f.cellPeople(s.people, s.cells.every((c) => c.whole))} · {f.money(s.cost)}
                      </span>
                      <WarningNotes warnings={s.warnings} ctx={ctx} segment={s.segment} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('foot.accounts')}</th>
                {run.map((m) => (
                  <td key={m.motion.id}>{f.accounts(m.accounts)}</td>
                ))}
                {i === runs.length - 1 && <td className="num">{t('foot.accountsOf', { covered: f.count(p.totals.accountsCovered), total: f.count(p.totals.accounts) })}</td>}
              </tr>
              <tr>
                <th scope="row">{t('foot.people')}</th>
                {run.map((m) => (
                  <td key={m.motion.id}>
                    {f.people(m.people)}
                    <WarningNotes warnings={m.warnings} ctx={ctx} motion={m.motion} />
                  </td>
                ))}
                {i === runs.length - 1 && <td className="num">{f.people(p.totals.people)}</td>}
              </tr>
              <tr>
                <th scope="row">{t('foot.cost')}</th>
                {run.map((m) => (
                  <td key={m.motion.id}>{f.money(m.cost)}</td>
                ))}
                {i === runs.length - 1 && <td className="num">{f.money(p.totals.cost)}</td>}
              </tr>
            </tfoot>
          </table>
        ))
      )}
      {p.motions.some((m) => m.staffing === 'pooled' && m.segments > 0) && <p className="report-note">{t('reconcile')}</p>}
      {p.totals.quotaCoverage !== null && (
        <p className="report-note">
          {t('report.quotaLine', {
            quota: f.money(p.totals.quota),
            percent: f.share(p.totals.quotaCoverage),
            potential: f.money(p.totals.potential),
            roles: mixText(ctx.roles, { hunter: f.count(p.totals.rolePeople.hunter), farmer: f.count(p.totals.rolePeople.farmer), coach: f.count(p.totals.rolePeople.coach) }, t),
          })}
        </p>
      )}
      <PlanWarnings ctx={ctx} warnings={p.warnings} />
      {p.totals.people > 0 && (
        <div className="report-row">
          <Bars caption={t('report.chartPeople')} bars={p.motions.map((m) => ({ key: m.motion.id, label: m.motion.name, value: m.people, text: f.people(m.people) }))} />
          <Bars caption={t('report.chartCost')} bars={p.motions.map((m) => ({ key: m.motion.id, label: m.motion.name, value: m.cost, text: f.money(m.cost) }))} />
        </div>
      )}
    </ReportBlock>
  );
}

function PlanWarnings({ ctx, warnings }: { ctx: Ctx; warnings: readonly CoverageWarning[] }) {
  const { t } = ctx;
  return (
    <div className="report-keep">
      <h4 className="report-minor-title">{t('report.warnings')}</h4>
      {warnings.length === 0 ? (
        <p className="report-note">{t('report.noWarnings')}</p>
      ) : (
        <ul className="report-list">
          {warnings.map((w, i) => {
            const segment = 'segmentId' in w ? ctx.segments.get(w.segmentId) : undefined;
            const motion = 'motionId' in w ? ctx.motions.get(w.motionId) : undefined;
            return (
              <li key={i}>
                <Notice severity={w.severity} prefix={t(w.severity === 'warning' ? 'warnings.warningPrefix' : 'warnings.hintPrefix')}>
                  {t('report.warningAt', {
                    where: placeOf(w, ctx),
                    text: warningText(w, t, ctx.f, { ...(segment ? { segment } : {}), ...(motion ? { motion } : {}) }),
                  })}
                </Notice>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** Another plan against the plan on the board, read as on the board: active − other. */
function CompareTable({ ctx, other, active, cmp }: { ctx: Ctx; other: Scenario; active: Scenario; cmp: PlanComparison }) {
  const { t, f } = ctx;
  const pair = (x: Figure) => `${f.people(x.people)} · ${f.money(x.cost)}`;
  const diff = (x: Figure) => `${deltaText(f, x.people)} · ${deltaText(f, x.cost, true)}`;
  return (
    <table className="report-table report-compare">
      <caption>{t('compare.caption', { a: other.name, b: active.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.motion')}</th>
          <th scope="col" className="num">{other.name}</th>
          <th scope="col" className="num">{active.name}</th>
          <th scope="col" className="num">{t('compare.delta', { a: other.name, b: active.name })}</th>
        </tr>
      </thead>
      <tbody>
        {cmp.motions.map((m) => (
          <tr key={m.motion.id}>
            <th scope="row">{m.motion.name}</th>
            <td className="num">{pair(m.a)}</td>
            <td className="num">{pair(m.b)}</td>
            <td className="num">{diff(m.delta)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('compare.total')}</th>
          <td className="num">{pair(cmp.a)}</td>
          <td className="num">{pair(cmp.b)}</td>
          <td className="num">{diff(cmp.delta)}</td>
        </tr>
        <tr>
          <th scope="row">{t('compare.uncovered')}</th>
          <td className="num">{f.count(cmp.a.uncoveredSegments)}</td>
          <td className="num">{f.count(cmp.b.uncoveredSegments)}</td>
          <td className="num">{deltaText(f, cmp.delta.uncoveredSegments)}</td>
        </tr>
        {cmp.assumptions.map((d) => (
          <tr key={`${d.motionId}:${d.field}`}>
            <th scope="row">
              {ctx.motions.get(d.motionId)?.name ?? ''} · {assumptionFieldText(d, t, ctx.roles)}
            </th>
            <td className="num">{assumptionValueText(d, d.a, t, f)}</td>
            <td className="num">{assumptionValueText(d, d.b, t, f)}</td>
            <td />
          </tr>
        ))}
      </tfoot>
    </table>
  );
}
