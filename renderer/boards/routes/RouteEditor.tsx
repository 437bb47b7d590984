import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  channelFamilySchema,
  PALETTE,
  SALES_STEPS,
  stepOwnerSchema,
  type ChannelFamily,
  type Route,
  type RouteAnswer,
  type StepOwner,
} from '../../../shared/records';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { Dialog } from '../../ui/Dialog';
import { FormButtons } from '../../ui/Field';
import { editPatch } from '../../ui/editPatch';
import { isEmptyPatch } from '../../ui/patch';
import type { RouteCapacity } from '../../../shared/calc/routes';
import { routeLabel } from './labels';
import { chipStyle, RouteChipFace } from './RouteChipView';
import type { RoutesData } from './useRoutesData';

interface RouteEditorProps {
  route: Route;
  /** Other routes' numbers, to warn about a number used twice. */
  otherNumbers: ReadonlySet<number>;
  cellsServed: number;
  /** The coverage plan on screen and its motions (to link the route and show its capacity). */
  plan: RoutesData['plan'];
  /** The route's accounts against its linked motions' capacity, when it is linked. */
  capacity: RouteCapacity | undefined;
  /** Question to put the cursor in (from the findings list), if any. */
  focusQuestion?: number | undefined;
  /** Put the cursor in the number (a duplicate number in the findings list). */
  focusNumber?: boolean;
  onClose(): void;
}

const FAMILIES = channelFamilySchema.options;
/** Question 4 (0-based 3): "which channels can sell it — is there enough capacity?" */
const CAPACITY_QUESTION = 3;

/** Question 4's facts from the coverage plan on screen: the linked motions' people and accounts. */
function CapacityFacts({ id, plan, motionIds, capacity }: { id: string; plan: RoutesData['plan']; motionIds: readonly string[]; capacity: RouteCapacity | undefined }) {
  const { t } = useTranslation('routes');
  const nf = new Intl.NumberFormat(t('locale'), { maximumFractionDigits: 0 });
  const linked = plan.motions.filter((m) => motionIds.includes(m.motion.id));
  if (linked.length === 0 || !plan.scenario) return null;
  return (
    <div id={id} className="route-capacity muted small">
      {linked.map((m) => (
        <p key={m.motion.id}>
          {t('editor.capacityLine', {
            plan: plan.scenario!.name,
            motion: m.motion.name,
            people: t('coverage:units.people', { count: m.people, value: nf.format(m.people) }),
            accounts: nf.format(m.accounts),
            capacity: nf.format(m.units * m.unit.accounts),
          })}
        </p>
      ))}
      {capacity && (
        <p className={capacity.over ? 'form-error' : undefined}>
          {capacity.over && <span aria-hidden="true">⚠ </span>}
          {t('editor.capacityTotal', { accounts: nf.format(capacity.accounts), capacity: nf.format(capacity.capacity) })}
          {capacity.over && ` ${t('editor.capacityOver')}`}
        </p>
      )}
    </div>
  );
}
const OWNERS = stepOwnerSchema.options;

/**
 * A route's card: what it is (number, name, channel family, partner type, colour), the deck's six
 * questions with answers and a done tick, who does each step of the sales cycle, capacity notes.
 * Saving writes one command, so one undo takes the whole edit back; it carries only what the user
 * changed (down to one question's answer), so another group's edits in another window stay.
 */
export function RouteEditor({ route, otherNumbers, cellsServed, plan, capacity, focusQuestion, focusNumber = false, onClose }: RouteEditorProps) {
  const { t } = useTranslation('routes');
  // The route as it was when the card opened (`route` follows the live record).
  const [original] = useState(route);
  const [number, setNumber] = useState(String(route.number));
  const [name, setName] = useState(route.name);
  const [family, setFamily] = useState<ChannelFamily>(route.family);
  const [partnerType, setPartnerType] = useState(route.partnerType);
  const [color, setColor] = useState(route.color);
  const [questions, setQuestions] = useState<RouteAnswer[]>(route.questions);
  const [steps, setSteps] = useState(route.steps);
  const [capacityNotes, setCapacityNotes] = useState(route.capacityNotes);
  const [motionIds, setMotionIds] = useState(route.motionIds);
  const [tried, setTried] = useState(false);
  const answerRefs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const nameRef = useRef<HTMLInputElement | null>(null);
  const numberRef = useRef<HTMLInputElement | null>(null);

  // The dialog opens (showModal) after this effect and would focus its first field: wait a frame,
  // then put the cursor where the user is headed — the question a finding pointed at, or the name.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const el = focusQuestion !== undefined ? answerRefs.current[focusQuestion] : focusNumber ? numberRef.current : nameRef.current;
      el?.focus();
      if (focusNumber) numberRef.current?.select();
      if (focusQuestion !== undefined) el?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusQuestion, focusNumber]);

  const n = Number(number);
  const numberOk = number.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 999;
  const nameOk = name.trim() !== '';
  const colors = PALETTE.includes(color as (typeof PALETTE)[number]) ? [...PALETTE] : [...PALETTE, color];

  const setQuestion = (i: number, patch: Partial<RouteAnswer>) =>
    setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...patch } : q)));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!numberOk || !nameOk) return;
    const draft = { number: n, name: name.trim(), family, partnerType: partnerType.trim(), color, questions, steps, capacityNotes, motionIds };
    const patch = editPatch(original, draft, route);
    if (isEmptyPatch(patch)) return onClose();
    const result = await dispatch({ type: 'route.update', id: route.id, patch });
    if (result) onClose();
  };
  const remove = async () => {
    const result = await dispatchWithUndo({ type: 'route.delete', ids: [route.id] }, t('routeDeleted', { route: routeLabel(t, route) }));
    if (result) onClose();
  };

  return (
    <Dialog title={t('editor.title', { route: routeLabel(t, route) })} onClose={onClose} wide>
      <form className="form route-editor" onSubmit={save} noValidate>
        <div className="editor-columns">
          <div className="editor-basics">
            <div className="editor-preview">
              <span className="route-chip" style={chipStyle({ color })}>
                <RouteChipFace route={{ number: numberOk ? n : route.number, name: nameOk ? name : route.name, color }} />
              </span>
              <span className="muted small">{t('cellsServed', { count: cellsServed })}</span>
            </div>
            <div className="field-row narrow-first">
              <label className="field">
                <span>{t('editor.number')}</span>
                <input
                  ref={numberRef}
                  type="number"
                  min={1}
                  max={999}
                  step={1}
                  value={number}
                  onChange={(e) => setNumber(e.target.value)}
                  aria-invalid={tried && !numberOk}
                  aria-describedby="route-number-msg"
                  required
                />
              </label>
              <label className="field">
                <span>{t('editor.name')}</span>
                <input ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required aria-invalid={tried && !nameOk} aria-describedby="route-name-msg" />
              </label>
            </div>
            <div id="route-number-msg" className="messages">
              {tried && !numberOk && (
                <p className="field-error" role="alert">
                  <span aria-hidden="true">✖ </span>
                  {t('editor.numberInvalid')}
                </p>
              )}
              {numberOk && otherNumbers.has(n) && (
                <p className="field-warn">
                  <span aria-hidden="true">⚠ </span>
                  {t('editor.numberTaken', { number: n })}
                </p>
              )}
            </div>
            <div id="route-name-msg" className="messages">
              {tried && !nameOk && (
                <p className="field-error" role="alert">
                  <span aria-hidden="true">✖ </span>
                  {t('nameRequired')}
                </p>
              )}
            </div>
            <div className="field-row">
              <label className="field">
                <span>{t('editor.family')}</span>
                <select value={family} onChange={(e) => setFamily(e.target.value as ChannelFamily)}>
                  {FAMILIES.map((f) => (
                    <option key={f} value={f}>
                      {t(`family.${f}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>{t('editor.partnerType')}</span>
                <input value={partnerType} onChange={(e) => setPartnerType(e.target.value)} maxLength={200} placeholder={t('editor.partnerTypeHint')} />
              </label>
            </div>
            <fieldset className="field">
              <legend>{t('editor.color')}</legend>
              <div className="swatches">
                {colors.map((c, i) => (
                  <label key={c} className="swatch" style={{ background: c }}>
                    <input type="radio" name="route-color" value={c} checked={c === color} onChange={() => setColor(c)} aria-label={t('editor.colorN', { n: i + 1 })} />
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="field steps">
              <legend>{t('editor.steps')}</legend>
              <table className="steps-table">
                <thead>
                  <tr>
                    <th scope="col">
                      <span className="sr-only">{t('editor.step')}</span>
                    </th>
                    {OWNERS.map((o) => (
                      <th key={o} scope="col">
                        {t(`owner.${o}`)}
                      </th>
                    ))}
                    <th scope="col">{t('owner.none')}</th>
                  </tr>
                </thead>
                <tbody>
                  {SALES_STEPS.map((s) => (
                    <tr key={s}>
                      <th scope="row">{t(`step.${s}`)}</th>
                      {[...OWNERS, null].map((o: StepOwner | null) => (
                        <td key={o ?? 'none'}>
                          <input
                            type="radio"
                            name={`step-${s}`}
                            checked={steps[s] === o}
                            onChange={() => setSteps((st) => ({ ...st, [s]: o }))}
                            aria-label={`${t(`step.${s}`)}: ${t(`owner.${o ?? 'none'}`)}`}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </fieldset>
            <label className="field">
              <span>{t('editor.capacityNotes')}</span>
              <textarea rows={3} maxLength={20000} value={capacityNotes} onChange={(e) => setCapacityNotes(e.target.value)} />
            </label>
            <fieldset className="field route-motions">
              <legend>{t('editor.motions')}</legend>
              {plan.motions.length === 0 ? (
                <p className="muted small">{t('editor.noMotions')}</p>
              ) : (
                <div className="inline-choices">
                  {plan.motions.map(({ motion }) => (
                    <label key={motion.id} className="choice">
                      <input
                        type="checkbox"
                        checked={motionIds.includes(motion.id)}
                        onChange={(e) => setMotionIds(e.target.checked ? [...motionIds, motion.id] : motionIds.filter((id) => id !== motion.id))}
                      />
                      <span>{motion.name}</span>
                    </label>
                  ))}
                </div>
              )}
              <small className="muted">{t('editor.motionsHelp')}</small>
            </fieldset>
          </div>
          <fieldset className="field editor-questions">
            <legend>{t('editor.questions')}</legend>
            <ol className="questions">
              {questions.map((q, i) => (
                <li key={i} className={q.answer.trim() ? 'is-answered' : undefined /* answered = written (issue 11) */}>
                  <div className="question-head">
                    <label htmlFor={`q-${route.id}-${i}`} className="question-text">
                      {t(`questions.q${i + 1}`)}
                    </label>
                    <label className="done-tick">
                      <input type="checkbox" checked={q.done} onChange={(e) => setQuestion(i, { done: e.target.checked })} aria-label={t('editor.doneN', { n: i + 1 })} />
                      {t('editor.done')}
                    </label>
                  </div>
                  <textarea
                    id={`q-${route.id}-${i}`}
                    ref={(el) => {
                      answerRefs.current[i] = el;
                    }}
                    rows={2}
                    maxLength={20000}
                    value={q.answer}
                    placeholder={t('editor.answerHint')}
                    onChange={(e) => setQuestion(i, { answer: e.target.value })}
                    {...(i === CAPACITY_QUESTION ? { 'aria-describedby': `q-${route.id}-capacity` } : {})}
                  />
                  {i === CAPACITY_QUESTION && <CapacityFacts id={`q-${route.id}-capacity`} plan={plan} motionIds={motionIds} capacity={capacity} />}
                </li>
              ))}
            </ol>
          </fieldset>
        </div>
        <FormButtons
          cancel={t('common:actions.cancel')}
          submit={t('common:actions.save')}
          onCancel={onClose}
          before={
            <button type="button" className="danger-text footer-left" onClick={() => void remove()}>
              {t('editor.delete')}
            </button>
          }
        />
      </form>
    </Dialog>
  );
}
