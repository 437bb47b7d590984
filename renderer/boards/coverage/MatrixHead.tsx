import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedMotion } from '../../../shared/calc/assumptions';
import { dispatch } from '../../state/actions';
import { useFormatters } from './format';
import { NumberField } from './NumberField';
import { mixTagParts, mixText, shortRoleNames, useRoleNames } from './roleNames';
import type { MixRole } from '../../../shared/records';
import { NoteBadge } from '../../facilitation/NoteBadge';
import { AsContent, useReadOnly } from '../../ui/readOnly';
import { Name } from '../../ui/Name';

interface MotionHeaderProps {
  motion: PlannedMotion;
  index: number;
  count: number;
  onEdit(motionId: string): void;
}

/**
 * The motion's role mix in the room's role names, short ("新客户 40 · 农夫 50 · 辅导员 10 %"),
 * on the laptop and the projector alike; the full names and shares are its tooltip and what a
 * screen reader says. It wraps between roles, and inside a role only at its name's own separators
 * (a long name kept whole when two would read the same: "专属客户主管/" · "总监 20", ui/Name); a
 * role's value and the unit stay with it, and the " · " with the role before it.
 */
function MixTag({ mix, names }: { mix: Record<MixRole, number>; names: Record<MixRole, string> }) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const short = useMemo(() => shortRoleNames(names), [names]);
  const parts = mixTagParts(short, mix, f.count, t);
  if (!parts.length) return null;
  const full = mixText(names, { hunter: f.share(mix.hunter), farmer: f.share(mix.farmer), coach: f.share(mix.coach) }, t);
  const separator = t('rolesShort.separator').replace(/^ /, '\u00a0');
  const unit = t('rolesShort.unit').replace(/^ /, '\u00a0');
  return (
    <span className="muted cov-small mix-tag" title={full}>
      <span className="sr-only">{full}</span>
      <span aria-hidden="true">
        {parts.map((part, i) => (
          <span key={part}>
            {i > 0 && separator}
            <span className="mix-part">
              <Name text={part.replace(/ (?=\S+$)/, '\u00a0')} inline />
              {i === parts.length - 1 && unit}
            </span>
          </span>
        ))}
      </span>
    </span>
  );
}

/** A motion's column header: name, drive, threshold; edit and move left/right. */
const MotionHeader = memo(function MotionHeader({ motion, index, count, onEdit }: MotionHeaderProps) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const move = (to: number) => void dispatch({ type: 'motion.move', id: motion.id, index: to }, { optimistic: true });
  const readOnly = useReadOnly();
  const names = useRoleNames();
  return (
    <th scope="col" className="motion-head" aria-labelledby={`cov-mot-${motion.id}`} data-drive={motion.drive}>
      {readOnly ? (
        <AsContent className="motion-name" title={motion.name}>
          <span id={`cov-mot-${motion.id}`}>
            <Name text={motion.name} inline />
          </span>
        </AsContent>
      ) : (
        <button type="button" className="motion-name" onClick={() => onEdit(motion.id)} aria-label={t('editMotion', { motion: motion.name })} title={motion.name}>
          <span id={`cov-mot-${motion.id}`}>
            <Name text={motion.name} inline />
          </span>
        </button>
      )}
      <NoteBadge anchor={{ kind: 'record', id: motion.id }} label={motion.name} />
      <div className="motion-tags">
        {readOnly ? (
          // The projector: the symbol alone (the corner's legend says it in words), the words for screen readers.
          <span className={`drive-tag drive-${motion.drive}`} title={t(`drive.${motion.drive}`)}>
            <span className="sr-only">{t(`drive.${motion.drive}`)}</span>
          </span>
        ) : (
          <span className={`drive-tag drive-${motion.drive}`}>{t(`drive.${motion.drive}`)}</span>
        )}
        <MixTag mix={motion.roles} names={names} />
        <span className="muted cov-small">{t(`staffing.${motion.staffing}`)}</span>
        {motion.territory && (
          <span className="muted cov-small">{t('territoryTag', { accounts: f.count(motion.territory.accountsPerTerritory), team: f.people(motion.territory.team.reduce((s, m) => s + m.count, 0)) })}</span>
        )}
        {motion.revenueThreshold !== null && <span className="muted cov-small">{t('thresholdTag', { value: f.money(motion.revenueThreshold) })}</span>}
      </div>
      <div className="motion-move">
        <button
          type="button"
          className="icon-button"
          disabled={index === 0}
          onClick={() => move(index - 1)}
          aria-label={t('moveLeft', { motion: motion.name })}
          title={t('moveLeftShort')}
        >
          ‹
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={index === count - 1}
          onClick={() => move(index + 1)}
          aria-label={t('moveRight', { motion: motion.name })}
          title={t('moveRightShort')}
        >
          ›
        </button>
      </div>
    </th>
  );
});

type Field = 'capacity' | 'costPerPerson' | 'peopleLimit';

/**
 * The assumptions the room plays with, one row each, editable in place like a spreadsheet:
 * every edit is one command, and every figure below follows at once.
 */
function AssumptionRow({ scenarioId, motions, field }: { scenarioId: string; motions: PlannedMotion[]; field: Field }) {
  const { t } = useTranslation('coverage');
  const f = useFormatters();
  const label = t(`assumptions.${field}`, { symbol: f.symbol });
  const check = (motion: PlannedMotion) => (v: number | null) => {
    if (v !== null && Number.isNaN(v)) return t('assumptions.notANumber');
    if (field === 'capacity' && (v === null || v <= 0)) return t('errors:capacity_not_positive', { motion: motion.name });
    if (v !== null && v < 0) return t('assumptions.notNegative');
    if (field === 'peopleLimit' && v !== null && !Number.isInteger(v)) return t('assumptions.wholePeople');
    return null;
  };
  return (
    <tr className="assumption-row">
      <th scope="row" className="assumption-label">
        {label}
      </th>
      {motions.map((m) => (
        <td key={m.id} className="assumption-cell">
          {/* A motion sized in territories takes its capacity and cost from its team (dialog). */}
          {m.territory && field !== 'peopleLimit' ? (
            <span className="muted cov-small">{t('assumptions.byTerritory')}</span>
          ) : (
          <NumberField
            value={m[field]}
            label={t('assumptions.inputLabel', { field: label, motion: m.name })}
            allowEmpty={field === 'peopleLimit'}
            placeholder={field === 'peopleLimit' ? t('assumptions.noLimit') : undefined}
            check={check(m)}
            commit={(v) => void dispatch({ type: 'motion.update', id: m.id, scenarioId, patch: { [field]: v } })}
          />
          )}
        </td>
      ))}
      <td />
    </tr>
  );
}

/** Column headers and the assumptions rows. */
export function MatrixHead({ scenarioId, motions, onEditMotion }: { scenarioId: string; motions: PlannedMotion[]; onEditMotion(id: string): void }) {
  const { t } = useTranslation('coverage');
  const readOnly = useReadOnly();
  return (
    <thead>
      <tr>
        <th scope="col" className="corner">
          <span className="legend cov-small">
            <span className="legend-role">
              <span aria-hidden="true">■</span> {t('legend.primary')}
            </span>
            <span className="legend-role">
              <span aria-hidden="true">□</span> {t('legend.overlay')}
            </span>
            {/* On the projector the motions show their drive as ◆ / ▲ alone: its words are here once. */}
            {readOnly && (
              <>
                <span className="drive-tag drive-relationship">{t('drive.relationship')}</span>
                <span className="drive-tag drive-transaction">{t('drive.transaction')}</span>
              </>
            )}
          </span>
          <span className="muted cov-small">{t('corner')}</span>
        </th>
        {motions.map((m, i) => (
          <MotionHeader key={m.id} motion={m} index={i} count={motions.length} onEdit={onEditMotion} />
        ))}
        <th scope="col" className="total-head" id="cov-col-total">
          {t('rowTotal')}
        </th>
      </tr>
      <AssumptionRow scenarioId={scenarioId} motions={motions} field="capacity" />
      <AssumptionRow scenarioId={scenarioId} motions={motions} field="costPerPerson" />
      <AssumptionRow scenarioId={scenarioId} motions={motions} field="peopleLimit" />
    </thead>
  );
}
