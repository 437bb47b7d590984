import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellAnalysis, RoutesAnalysis } from '../../../shared/calc/routes';
import type { Offering, Route, Segment } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { cellLabel, clashText, routeLabel } from './labels';
import { ContentButton } from '../../ui/readOnly';

interface FindingsProps {
  analysis: RoutesAnalysis;
  routes: ReadonlyMap<string, Route>;
  segments: ReadonlyMap<string, Segment>;
  offerings: ReadonlyMap<string, Offering>;
  onCell(segmentId: string, offeringId: string): void;
  onRoute(routeId: string, question: number): void;
  /** Opens a route's card with its number selected (to settle a duplicate number). */
  onRouteNumber(routeId: string): void;
}

/**
 * The live analysis as a list the room can work down: conflicts first (they need a decision),
 * then numbers two routes share (the room names routes by number), gaps, routes with open
 * questions, and the route count against the simplification target. Each item is a button: it
 * takes focus to the cell (or opens the route's card).
 */
export function FindingsPanel({ analysis, routes, segments, offerings, onCell, onRoute, onRouteNumber }: FindingsProps) {
  const { t } = useTranslation('routes');
  const nf = new Intl.NumberFormat(t('locale'));
  const name = (c: CellAnalysis) => cellLabel(t, segments.get(c.segmentId)?.name ?? '', offerings.get(c.offeringId)?.name ?? '');
  const { gaps, conflicts, incomplete, duplicates, inconsistent } = analysis;
  const over = analysis.capacity.filter((c) => c.over);
  const clear = gaps.length === 0 && conflicts.length === 0 && analysis.cells.size > 0;
  return (
    <aside className="routes-findings" aria-labelledby="findings-title">
      <h3 id="findings-title">{t('findings.title')}</h3>
      <p className="findings-summary">
        {[
          t('findings.cells', { count: analysis.cells.size, n: nf.format(analysis.cells.size) }),
          t('findings.gapsShort', { count: gaps.length, n: nf.format(gaps.length) }),
          t('findings.conflictsShort', { count: conflicts.length, n: nf.format(conflicts.length) }),
          ...(duplicates.length ? [t('findings.duplicatesShort', { count: duplicates.length, n: nf.format(duplicates.length) })] : []),
        ].join(' · ')}
      </p>
      {clear && (
        <p className="finding-ok">
          <span aria-hidden="true">✓ </span>
          {t('findings.allClear')}
        </p>
      )}
      <TargetEditor analysis={analysis} />

      {conflicts.length > 0 && (
        <section aria-labelledby="findings-conflicts">
          <h4 id="findings-conflicts" className="finding-head is-conflict">
            <span aria-hidden="true">⚡ </span>
            {t('findings.conflicts', { count: conflicts.length })}
          </h4>
          <ul className="findings-list">
            {conflicts.map((c) => (
              <li key={c.key}>
                <ContentButton className="finding is-conflict" onClick={() => onCell(c.segmentId, c.offeringId)} title={name(c)}>
                  <span className="finding-cell">{name(c)}</span>
                  <span className="finding-detail">
                    {c.placements.map((p) => routes.get(p.routeId)?.number).join(' · ')} — {t('findings.clash', { steps: clashText(t, c) })}
                  </span>
                </ContentButton>
              </li>
            ))}
          </ul>
        </section>
      )}

      {duplicates.length > 0 && (
        <section aria-labelledby="findings-duplicates">
          <h4 id="findings-duplicates" className="finding-head is-gap">
            <span aria-hidden="true">⚠ </span>
            {t('findings.duplicates', { count: duplicates.length })}
          </h4>
          <ul className="findings-list">
            {duplicates.map((d) => (
              <li key={d.number} className="finding finding-group is-gap">
                <span className="finding-cell">{t('findings.duplicateItem', { number: d.number })}</span>
                <span className="finding-detail">{t('findings.duplicateFix')}</span>
                <span className="finding-routes">
                  {d.routes.map((r) => (
                    <ContentButton key={r.id} className="finding-route" onClick={() => onRouteNumber(r.id)} aria-label={t('findings.renumber', { route: routeLabel(t, r) })}>
                      {routeLabel(t, r)}
                    </ContentButton>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {inconsistent.length > 0 && (
        <section aria-labelledby="findings-inconsistent">
          <h4 id="findings-inconsistent" className="finding-head is-gap">
            <span aria-hidden="true">⚠ </span>
            {t('findings.inconsistent', { count: inconsistent.length })}
          </h4>
          <ul className="findings-list">
            {inconsistent.map((r) => (
              <li key={r.id}>
                <button type="button" className="finding is-gap" onClick={() => onRoute(r.id, 0)}>
                  <span className="finding-cell">{routeLabel(t, r)}</span>
                  <span className="finding-detail">{t(r.family === 'partner' ? 'findings.inconsistentPartner' : 'findings.inconsistentDirect')}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {over.length > 0 && (
        <section aria-labelledby="findings-capacity">
          <h4 id="findings-capacity" className="finding-head is-gap">
            <span aria-hidden="true">⚠ </span>
            {t('findings.overCapacity', { count: over.length })}
          </h4>
          <ul className="findings-list">
            {over.map((c) => (
              <li key={c.route.id}>
                <button type="button" className="finding is-gap" onClick={() => onRoute(c.route.id, 3)}>
                  <span className="finding-cell">{routeLabel(t, c.route)}</span>
                  <span className="finding-detail">
                    {t('findings.overCapacityItem', { accounts: nf.format(c.accounts), capacity: nf.format(c.capacity), people: t('coverage:units.people', { count: c.people, value: nf.format(c.people) }) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {gaps.length > 0 && (
        <section aria-labelledby="findings-gaps">
          <h4 id="findings-gaps" className="finding-head is-gap">
            <span aria-hidden="true">⚠ </span>
            {t('findings.gaps', { count: gaps.length })}
          </h4>
          <ul className="findings-list">
            {gaps.map((c) => (
              <li key={c.key}>
                <ContentButton className="finding is-gap" onClick={() => onCell(c.segmentId, c.offeringId)} title={name(c)}>
                  <span className="finding-cell">{name(c)}</span>
                  <span className="finding-detail">{t('findings.noRoute')}</span>
                </ContentButton>
              </li>
            ))}
          </ul>
        </section>
      )}

      {incomplete.length > 0 && (
        <section aria-labelledby="findings-questions">
          <h4 id="findings-questions" className="finding-head is-gap">
            <span aria-hidden="true">? </span>
            {t('findings.questions', { count: incomplete.length })}
          </h4>
          <ul className="findings-list">
            {incomplete.map(({ route, unanswered }) => (
              <li key={route.id}>
                <ContentButton className="finding" onClick={() => onRoute(route.id, unanswered[0] ?? 0)}>
                  <span className="finding-cell">{routeLabel(t, route)}</span>
                  <span className="finding-detail">{t('findings.unanswered', { count: unanswered.length })}</span>
                </ContentButton>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}

/** The route count against the simplification target (7 in the deck), and the target itself. */
function TargetEditor({ analysis }: { analysis: RoutesAnalysis }) {
  const { t } = useTranslation('routes');
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? String(analysis.target);
  const n = Number(value);
  const valid = value.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 100;
  const save = (e?: FormEvent) => {
    e?.preventDefault();
    if (!valid) return;
    if (n !== analysis.target) void dispatch({ type: 'settings.update', patch: { routeTarget: n } });
    setDraft(null);
  };
  const over = analysis.overBy > 0;
  return (
    <form className={`target${over ? ' is-over' : ''}`} onSubmit={save}>
      <p className="target-line">
        {over && <span aria-hidden="true">⚠ </span>}
        {over
          ? t('target.over', { count: analysis.routeCount, target: analysis.target, over: analysis.overBy })
          : t('target.within', { count: analysis.routeCount, target: analysis.target })}
      </p>
      <label className="target-field">
        <span>{t('target.label')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          value={value}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : 'target-error'}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => save()}
        />
      </label>
      {!valid && (
        <p id="target-error" className="field-error" role="alert">
          <span aria-hidden="true">✖ </span>
          {t('target.invalid')}
        </p>
      )}
    </form>
  );
}
