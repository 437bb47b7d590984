import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannedMotion } from '../../../shared/calc/assumptions';
import type { Drive, Staffing, TeamMember } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { Dialog } from '../../ui/Dialog';
import { FormButtons } from '../../ui/Field';
import { editPatch } from '../../ui/editPatch';
import { isEmptyPatch } from '../../ui/patch';
import { useFormatters } from './format';
import { useRoleNames } from './roleNames';

type NumberKey =
  | 'capacity'
  | 'costPerPerson'
  | 'hunter'
  | 'farmer'
  | 'coach'
  | 'quotaHunter'
  | 'quotaFarmer'
  | 'quotaCoach'
  | 'peopleLimit'
  | 'revenueThreshold'
  | 'maxAccountsPerPerson'
  | 'accountsPerTerritory';

interface TeamRow {
  role: string;
  count: string;
  cost: string;
}

const toText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const parse = (s: string) => {
  const trimmed = s.trim().replace(/,/g, '');
  return trimmed === '' ? null : Number(trimmed);
};

/**
 * Everything about a coverage motion: what it is (name, drive, notes: the same in every plan) and
 * what THIS plan assumes about it (staffing, capacity or territory team, cost, role mix and
 * quotas, limits, thresholds). Save sends only what the user changed, as one command on the plan
 * shown, so another window's edits meanwhile stay and the other plans keep their assumptions.
 */
export function MotionDialog({
  motion,
  scenarioId,
  planName,
  onClose,
  onDelete,
}: {
  motion: PlannedMotion;
  scenarioId: string;
  planName: string;
  onClose(): void;
  onDelete(motion: PlannedMotion): void;
}) {
  const { t } = useTranslation('coverage');
  const names = useRoleNames();
  const f = useFormatters();
  // The motion as it was when the dialog opened (`motion` follows the live record).
  const [original] = useState(motion);
  const [name, setName] = useState(motion.name);
  const [drive, setDrive] = useState<Drive>(motion.drive);
  const [notes, setNotes] = useState(motion.notes);
  const [staffing, setStaffing] = useState<Staffing>(motion.staffing);
  const [byTerritory, setByTerritory] = useState(motion.territory !== null);
  const [team, setTeam] = useState<TeamRow[]>(
    (motion.territory?.team ?? [
      { role: t('territory.leader'), count: 1, costPerPerson: motion.costPerPerson },
      { role: t('territory.rep'), count: 4, costPerPerson: motion.costPerPerson },
    ]).map((m) => ({ role: m.role, count: String(m.count), cost: String(m.costPerPerson) })),
  );
  const [nums, setNums] = useState<Record<NumberKey, string>>({
    capacity: toText(motion.capacity),
    costPerPerson: toText(motion.costPerPerson),
    hunter: toText(motion.roles.hunter),
    farmer: toText(motion.roles.farmer),
    coach: toText(motion.roles.coach),
    quotaHunter: toText(motion.quotas.hunter),
    quotaFarmer: toText(motion.quotas.farmer),
    quotaCoach: toText(motion.quotas.coach),
    peopleLimit: toText(motion.peopleLimit),
    revenueThreshold: toText(motion.revenueThreshold),
    maxAccountsPerPerson: toText(motion.maxAccountsPerPerson),
    accountsPerTerritory: toText(motion.territory?.accountsPerTerritory ?? 2000),
  });
  const v = Object.fromEntries(Object.entries(nums).map(([k, s]) => [k, parse(s)])) as Record<NumberKey, number | null>;

  /** The first thing wrong with the form, said plainly; nothing is sent while there is one. */
  const problems: Partial<Record<NumberKey, string>> = {};
  const notNumber = (k: NumberKey) => v[k] !== null && !Number.isFinite(v[k]);
  for (const k of Object.keys(nums) as NumberKey[]) if (notNumber(k)) problems[k] = t('assumptions.notANumber');
  if (!problems.capacity && (v.capacity === null || v.capacity <= 0)) problems.capacity = t('errors:capacity_not_positive', { motion: name || motion.name });
  for (const k of ['hunter', 'farmer', 'coach'] as const) {
    if (!problems[k] && (v[k] === null || v[k] < 0 || v[k] > 100)) problems[k] = t('motion.roleRange');
  }
  for (const k of ['costPerPerson', 'revenueThreshold', 'peopleLimit', 'quotaHunter', 'quotaFarmer', 'quotaCoach'] as const) {
    if (!problems[k] && v[k] !== null && v[k] < 0) problems[k] = t('assumptions.notNegative');
  }
  if (!problems.costPerPerson && v.costPerPerson === null) problems.costPerPerson = t('assumptions.notANumber');
  if (!problems.peopleLimit && v.peopleLimit !== null && !Number.isInteger(v.peopleLimit)) problems.peopleLimit = t('assumptions.wholePeople');
  if (!problems.maxAccountsPerPerson && v.maxAccountsPerPerson !== null && (!Number.isInteger(v.maxAccountsPerPerson) || v.maxAccountsPerPerson < 1)) {
    problems.maxAccountsPerPerson = t('motion.maxAccountsRange');
  }
  if (byTerritory && !problems.accountsPerTerritory && (v.accountsPerTerritory === null || v.accountsPerTerritory <= 0)) {
    problems.accountsPerTerritory = t('territory.accountsPositive');
  }
  const teamMembers: TeamMember[] = team.map((r) => ({ role: r.role.trim(), count: Number(r.count), costPerPerson: Number(r.cost) }));
  const teamProblem = !byTerritory
    ? null
    : teamMembers.some((m) => !m.role)
      ? t('territory.roleNeeded')
      : teamMembers.some((m) => !Number.isInteger(m.count) || m.count < 0 || !Number.isFinite(m.costPerPerson) || m.costPerPerson < 0)
        ? t('territory.memberRange')
        : teamMembers.reduce((s, m) => s + m.count, 0) < 1
          ? t('territory.nobody')
          : null;
  const invalid = Object.keys(problems).length > 0 || !name.trim() || teamProblem !== null;
  const roleSum = (v.hunter ?? 0) + (v.farmer ?? 0) + (v.coach ?? 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (invalid) return;
    const draft: Partial<PlannedMotion> = {
      name: name.trim(),
      drive,
      notes,
      staffing,
      capacity: v.capacity!,
      costPerPerson: v.costPerPerson!,
      roles: { hunter: v.hunter!, farmer: v.farmer!, coach: v.coach! },
      quotas: { hunter: v.quotaHunter, farmer: v.quotaFarmer, coach: v.quotaCoach },
      peopleLimit: v.peopleLimit,
      revenueThreshold: v.revenueThreshold,
      maxAccountsPerPerson: v.maxAccountsPerPerson,
      territory: byTerritory ? { accountsPerTerritory: v.accountsPerTerritory!, team: teamMembers } : null,
    };
    const patch = editPatch(original, draft, motion);
    if (isEmptyPatch(patch)) return onClose();
    const result = await dispatch({ type: 'motion.update', id: motion.id, scenarioId, patch });
    if (result) onClose();
  };

  const numberField = (k: NumberKey, label: string, help?: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        value={nums[k]}
        onChange={(e) => setNums({ ...nums, [k]: e.target.value })}
        aria-invalid={problems[k] ? true : undefined}
      />
      {problems[k] ? (
        <small role="alert" className="form-error">
          <span aria-hidden="true">✖ </span>
          {problems[k]}
        </small>
      ) : (
        help && <small className="muted">{help}</small>
      )}
    </label>
  );
  // Staffing follows the motion's nature until the user chooses it: relationship motions are
  // dedicated teams per segment, transactional ones pooled.
  const changeDrive = (d: Drive) => {
    if (staffing === (drive === 'relationship' ? 'perSegment' : 'pooled')) setStaffing(d === 'relationship' ? 'perSegment' : 'pooled');
    setDrive(d);
  };
  const setMember = (i: number, patch: Partial<TeamRow>) => setTeam(team.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <Dialog title={t('motion.titleInPlan', { plan: planName })} onClose={onClose} wide>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field-row">
          <label className="field">
            <span>{t('motion.name')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoFocus />
          </label>
          <fieldset className="field">
            <legend>{t('motion.drive')}</legend>
            <div className="inline-choices">
              {(['relationship', 'transaction'] as const).map((d) => (
                <label key={d} className="choice">
                  <input type="radio" name="drive" checked={drive === d} onChange={() => changeDrive(d)} />
                  <span>{t(`drive.${d}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <p className="muted cov-small">{t('motion.planOwns', { plan: planName })}</p>
        <fieldset className="field">
          <legend>{t('motion.staffing')}</legend>
          <div className="inline-choices">
            {(['pooled', 'perSegment'] as const).map((s) => (
              <label key={s} className="choice">
                <input type="radio" name="staffing" checked={staffing === s} onChange={() => setStaffing(s)} />
                <span>
                  {t(`staffing.${s}`)}
                  <small>{t(`staffing.${s}Help`)}</small>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={byTerritory} onChange={(e) => setByTerritory(e.target.checked)} />
          <span>{t('territory.toggle')}</span>
        </label>
        {byTerritory ? (
          <fieldset className="field">
            <legend>{t('territory.legend')}</legend>
            {numberField('accountsPerTerritory', t('territory.accounts'), t('territory.accountsHelp'))}
            <table className="team-table">
              <thead>
                <tr>
                  <th scope="col">{t('territory.role')}</th>
                  <th scope="col">{t('territory.count')}</th>
                  <th scope="col">{t('territory.cost', { symbol: f.symbol })}</th>
                  <th scope="col">
                    <span className="sr-only">{t('territory.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {team.map((r, i) => (
                  <tr key={i}>
                    <td>
                      <input aria-label={t('territory.roleN', { n: i + 1 })} value={r.role} maxLength={200} onChange={(e) => setMember(i, { role: e.target.value })} />
                    </td>
                    <td>
                      <input aria-label={t('territory.countN', { n: i + 1 })} inputMode="numeric" value={r.count} onChange={(e) => setMember(i, { count: e.target.value })} />
                    </td>
                    <td>
                      <input aria-label={t('territory.costN', { n: i + 1 })} inputMode="decimal" value={r.cost} onChange={(e) => setMember(i, { cost: e.target.value })} />
                    </td>
                    <td>
                      <button type="button" className="icon-button" disabled={team.length === 1} onClick={() => setTeam(team.filter((_, j) => j !== i))} aria-label={t('territory.removeN', { n: i + 1 })}>
                        ✕
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" onClick={() => setTeam([...team, { role: t('territory.specialist'), count: '1', cost: String(v.costPerPerson ?? 0) }])} disabled={team.length >= 20}>
              + {t('territory.addRole')}
            </button>
            {teamProblem && (
              <small role="alert" className="form-error">
                <span aria-hidden="true">✖ </span>
                {teamProblem}
              </small>
            )}
          </fieldset>
        ) : (
          <div className="field-row">
            {numberField('capacity', t('assumptions.capacity'), t('motion.capacityHelp'))}
            {numberField('costPerPerson', t('assumptions.costPerPerson', { symbol: f.symbol }))}
          </div>
        )}
        <div className="field-row three">
          {numberField('peopleLimit', t('assumptions.peopleLimit'), t('motion.limitHelp'))}
          {numberField('revenueThreshold', t('motion.threshold', { symbol: f.symbol }), t('motion.thresholdHelp'))}
          {numberField('maxAccountsPerPerson', t('motion.maxAccounts'), t('motion.maxAccountsHelp'))}
        </div>
        <fieldset className="field">
          <legend>{t('motion.roles')}</legend>
          <div className="field-row three">
            {numberField('hunter', t('motion.mixOf', { role: names.hunter }))}
            {numberField('farmer', t('motion.mixOf', { role: names.farmer }))}
            {numberField('coach', t('motion.mixOf', { role: names.coach }))}
          </div>
          {Math.abs(roleSum - 100) > 1e-6 && (
            <small className="cov-hint">
              <span aria-hidden="true">ⓘ </span>
              {t('motion.roleSum', { sum: f.share(roleSum) })}
            </small>
          )}
          <div className="field-row three">
            {numberField('quotaHunter', t('motion.quotaOf', { role: names.hunter, symbol: f.symbol }))}
            {numberField('quotaFarmer', t('motion.quotaOf', { role: names.farmer, symbol: f.symbol }))}
            {numberField('quotaCoach', t('motion.quotaOf', { role: names.coach, symbol: f.symbol }))}
          </div>
          <small className="muted">{t('motion.quotaHelp')}</small>
        </fieldset>
        <label className="field">
          <span>{t('motion.notes')}</span>
          <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} maxLength={20000} />
        </label>
        <FormButtons
          cancel={t('common:actions.cancel')}
          submit={t('common:actions.save')}
          onCancel={onClose}
          disabled={invalid}
          before={
            <button type="button" className="danger-text footer-left" onClick={() => onDelete(motion)}>
              {t('motion.delete')}
            </button>
          }
        />
      </form>
    </Dialog>
  );
}
