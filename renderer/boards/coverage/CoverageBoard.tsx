import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedMotion } from '../../../shared/calc/assumptions';
import { hrefFor } from '../../app/router';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useRecordMap } from '../../state/selectors';
import { useWorkshop } from '../../state/workshopStore';
import { useReadOnly } from '../../ui/readOnly';
import { CoverageChart } from './CoverageChart';
import { CoverageMatrix } from './CoverageMatrix';
import { useFormatters } from './format';
import { MotionDialog } from './MotionDialog';
import { PlacementDialog } from './PlacementDialog';
import { COVERAGE_PANEL_ID, ScenarioTabs, scenarioTabId, useDuplicatePlan } from './ScenarioTabs';
import { ScenarioCompare } from './ScenarioCompare';
import { SegmentDialog } from './SegmentDialog';
import { useActiveScenario, usePlan } from './usePlan';
import './coverage.css';

/** Which dialog is open: view state, not workshop data. */
type Open =
  | { kind: 'cover'; segmentId: string; motionId?: string }
  | { kind: 'placement'; coverageId: string }
  | { kind: 'segment'; segmentId: string }
  | { kind: 'motion'; motionId: string }
  | null;

/**
 * Board 2 of the workshop (客户覆盖模式): segments as rows, coverage motions as columns. The room
 * drags segments into motions and sees at once the people and cost the plan takes.
 */
export function CoverageBoard() {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const readOnly = useReadOnly();
  const workshopId = useWorkshop((s) => s.workshop!.id);
  const scenario = useActiveScenario();
  const segments = useRecordMap('segment');
  const motions = useRecordMap('motion');
  const coverage = useRecordMap('coverage');
  const plan = usePlan(scenario?.id ?? null);
  const [open, setOpen] = useState<Open>(null);
  const close = useCallback(() => setOpen(null), []);

  const addMotion = async () => {
    const id = crypto.randomUUID();
    const r = await dispatch({ type: 'motion.add', id, values: { name: t('motion.newName') } });
    if (r) setOpen({ kind: 'motion', motionId: id });
  };
  const deleteMotion = (m: PlannedMotion) => {
    setOpen(null);
    void dispatchWithUndo({ type: 'motion.delete', ids: [m.id] }, t('motion.deleted', { motion: m.name }));
  };
  const removePlacement = useCallback(
    (coverageId: string) => {
      const c = coverage.get(coverageId);
      if (!c) return;
      const text = t('placement.removed', { segment: segments.get(c.segmentId)?.name ?? '', motion: motions.get(c.motionId)?.name ?? '' });
      void dispatchWithUndo({ type: 'coverage.remove', ids: [coverageId] }, text);
    },
    [coverage, segments, motions, t],
  );
  const duplicate = useDuplicatePlan(scenario);
  const onCoverWith = useCallback((segmentId: string) => setOpen({ kind: 'cover', segmentId }), []);
  // A second motion on a covered segment asks for its share first (never a silent 0 % overlay).
  const onAskShare = useCallback((segmentId: string, motionId: string) => setOpen({ kind: 'cover', segmentId, motionId }), []);
  const onDetails = useCallback((segmentId: string) => setOpen({ kind: 'segment', segmentId }), []);
  const onOpenPlacement = useCallback((coverageId: string) => setOpen({ kind: 'placement', coverageId }), []);
  const onEditMotion = useCallback((motionId: string) => setOpen({ kind: 'motion', motionId }), []);

  const header = (
    <header className="board-header">
      <h2 id="coverage-title">{t('title')}</h2>
      {scenario && plan.segments.length > 0 && (
        <p className="plan-summary" aria-live="polite">
          {/* The projector has no plan tabs (they cost the matrix a row): the plan shown is named here. */}
          {readOnly && <strong className="plan-shown">{scenario.name}</strong>}
          <span>{t('summary.people', { people: f.people(plan.totals.people) })}</span>
          <span>{t('summary.cost', { cost: f.money(plan.totals.cost) })}</span>
          {plan.totals.uncoveredSegments > 0 && (
            <span className="cov-warning">
              <span aria-hidden="true">⚠ </span>
              {t('summary.uncovered', { count: plan.totals.uncoveredSegments })}
            </span>
          )}
        </p>
      )}
      <button type="button" className="primary" onClick={() => void addMotion()}>
        + {t('motion.add')}
      </button>
    </header>
  );

  if (!scenario) {
    return (
      <section className="board coverage-board" aria-labelledby="coverage-title">
        {header}
        <div className="empty-state">
          <p>{t('empty.noScenario')}</p>
          <button type="button" className="primary" onClick={() => void dispatch({ type: 'scenario.add', name: t('scenario.defaultName') })}>
            + {t('scenario.addFirst')}
          </button>
        </div>
      </section>
    );
  }

  const openCoverage = open?.kind === 'placement' ? coverage.get(open.coverageId) : undefined;
  const openSegmentId = open?.kind === 'cover' || open?.kind === 'segment' ? open.segmentId : openCoverage?.segmentId;
  const openSegment = openSegmentId ? segments.get(openSegmentId) : undefined;
  const openMotion = open?.kind === 'motion' ? plan.motions.find((m) => m.motion.id === open.motionId)?.motion : undefined;
  const noAccounts = plan.segments.length > 0 && plan.totals.accounts === 0;

  return (
    <section className="board coverage-board" aria-labelledby="coverage-title">
      {header}
      <ScenarioTabs active={scenario} />
      <div role="tabpanel" id={COVERAGE_PANEL_ID} aria-labelledby={scenarioTabId(scenario.id)} className="coverage-panel">
        {plan.segments.length === 0 ? (
          <div className="empty-state">
            <p>{t('empty.noSegments')}</p>
            <a className="button-link primary" href={hrefFor({ view: 'workshop', workshopId, board: 'segments' })}>
              {t('empty.toSegments')}
            </a>
          </div>
        ) : plan.motions.length === 0 ? (
          <div className="empty-state">
            <p>{t('empty.noMotions')}</p>
            <button type="button" className="primary" onClick={() => void addMotion()}>
              + {t('motion.add')}
            </button>
          </div>
        ) : (
          <>
            {noAccounts && (
              <p className="cov-note">
                <span aria-hidden="true">ⓘ </span>
                {t('empty.noAccounts')} <a href={hrefFor({ view: 'workshop', workshopId, board: 'segments' })}>{t('empty.toSegments')}</a>
              </p>
            )}
            <CoverageMatrix
              scenario={scenario}
              plan={plan}
              onCoverWith={onCoverWith}
              onDetails={onDetails}
              onOpenPlacement={onOpenPlacement}
              onRemovePlacement={removePlacement}
              onEditMotion={onEditMotion}
              onAskShare={onAskShare}
            />
          </>
        )}
      </div>
      {plan.segments.length > 0 && plan.motions.length > 0 && (
        <div className="coverage-insights">
          <CoverageChart plan={plan} />
          <ScenarioCompare active={scenario} plan={plan} onDuplicate={duplicate} />
        </div>
      )}
      {(open?.kind === 'cover' || open?.kind === 'placement') && openSegment && (
        <PlacementDialog
          scenarioId={scenario.id}
          segment={openSegment}
          {...(openCoverage ? { coverage: openCoverage } : {})}
          {...(open.kind === 'cover' && open.motionId ? { motionId: open.motionId } : {})}
          onClose={close}
          onRemove={removePlacement}
        />
      )}
      {open?.kind === 'segment' && openSegment && <SegmentDialog segment={openSegment} onClose={close} />}
      {openMotion && <MotionDialog motion={openMotion} scenarioId={scenario.id} planName={scenario.name} onClose={close} onDelete={deleteMotion} />}
    </section>
  );
}
