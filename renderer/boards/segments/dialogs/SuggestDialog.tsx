import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { explainEmptySegments, hasRules, suggestSegments, type SuggestedMove } from '../../../../shared/calc/segmentsRules';
import type { Account, Segment } from '../../../../shared/records';
import { useRecordMap } from '../../../state/selectors';
import { Dialog } from '../../../ui/Dialog';
import { acceptSuggestions } from '../actions';
import type { Formatters } from '../format';
import { useBoardView } from '../state/boardView';
import { columnsFor, columnOf, UNASSIGNED } from '../state/columns';
import { EmptySegments } from './EmptySegments';

interface Group {
  segment: Segment;
  moves: SuggestedMove[];
}

/**
 * "Suggest segments": each segment's rules applied to the Unassigned accounts (first matching
 * segment in board order), shown grouped by segment with checkboxes; the accepted moves are
 * applied as ONE command, so one Undo takes them all back.
 */
export function SuggestDialog({ segments, format }: { segments: readonly Segment[]; format: Formatters }) {
  const { t } = useTranslation('segments');
  const accounts = useRecordMap('account');
  const close = () => useBoardView.getState().suggest(false);
  const unassigned = columnOf(columnsFor(accounts), UNASSIGNED);
  const suggestions = useMemo(() => suggestSegments(segments, unassigned), [segments, unassigned]);
  const { moves, unmatched } = suggestions;
  // Only worth explaining when there is something to sort and some segment has rules.
  const empty = useMemo(
    () => (unassigned.length && segments.some((s) => hasRules(s.rules)) ? explainEmptySegments(segments, unassigned, suggestions) : []),
    [segments, unassigned, suggestions],
  );
  const groups = useMemo<Group[]>(() => {
    const by = new Map<string, SuggestedMove[]>();
    for (const m of moves) by.set(m.segmentId, [...(by.get(m.segmentId) ?? []), m]);
    return segments.filter((s) => by.has(s.id)).map((segment) => ({ segment, moves: by.get(segment.id)! }));
  }, [moves, segments]);
  // What the facilitator unticked; new suggestions (another window's changes) start ticked.
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const accepted = moves.filter((m) => !excluded.has(m.accountId));

  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(excluded);
    for (const id of ids) {
      if (on) next.delete(id);
      else next.add(id);
    }
    setExcluded(next);
  };

  const apply = async () => {
    setBusy(true);
    const ok = await acceptSuggestions(accepted);
    setBusy(false);
    if (ok) close();
  };

  const why = !unassigned.length ? t('suggest.noUnassigned') : !segments.some((s) => hasRules(s.rules)) ? t('suggest.noRules') : t('suggest.noMatch');

  return (
    <Dialog title={t('suggest.title')} onClose={close} wide>
      {moves.length === 0 ? (
        <p>{why}</p>
      ) : (
        <>
          <p>
            {t('suggest.summary', { count: moves.length, unassigned: unassigned.length })}
            {unmatched > 0 && <> {t('suggest.unmatched', { count: unmatched })}</>}
          </p>
          <div className="toolbar">
            <button type="button" onClick={() => setExcluded(new Set())}>
              {t('suggest.all')}
            </button>
            <button type="button" onClick={() => setExcluded(new Set(moves.map((m) => m.accountId)))}>
              {t('suggest.none')}
            </button>
          </div>
          <ul className="seg-suggest-groups" aria-label={t('suggest.listLabel')}>
            {groups.map((g) => (
              <SuggestGroup key={g.segment.id} group={g} excluded={excluded} toggle={toggle} format={format} accounts={accounts} />
            ))}
          </ul>
        </>
      )}
      <EmptySegments reasons={empty} segments={segments} unassigned={unassigned.length} format={format} />
      <div className="dialog-footer">
        <button type="button" onClick={close}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="primary" disabled={busy || accepted.length === 0} onClick={() => void apply()}>
          {t('suggest.apply', { count: accepted.length })}
        </button>
      </div>
    </Dialog>
  );
}

function SuggestGroup({
  group,
  excluded,
  toggle,
  format,
  accounts,
}: {
  group: Group;
  excluded: ReadonlySet<string>;
  toggle(ids: string[], on: boolean): void;
  format: Formatters;
  accounts: ReadonlyMap<string, Account>;
}) {
  const { t } = useTranslation('segments');
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLInputElement>(null);
  const ids = group.moves.map((m) => m.accountId);
  const on = ids.filter((id) => !excluded.has(id)).length;
  const some = on > 0 && on < ids.length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = some;
  }, [some]);
  const revenue = ids.reduce((sum, id) => sum + (accounts.get(id)?.revenue ?? 0), 0);
  return (
    <li className="seg-suggest-group" style={{ borderLeftColor: group.segment.color }}>
      <div className="seg-suggest-head">
        <label className="choice">
          <input ref={box} type="checkbox" checked={on === ids.length} onChange={(e) => toggle(ids, e.target.checked)} />
          <span>
            <strong>{group.segment.name}</strong> · {t('suggest.groupCount', { count: ids.length, chosen: on })} · {format.money(revenue)}
          </span>
        </label>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('suggest.hideAccounts') : t('suggest.showAccounts')}
        </button>
      </div>
      {open && (
        <ul className="seg-suggest-accounts" aria-label={t('suggest.accountsOf', { name: group.segment.name })}>
          {ids.map((id) => {
            const a = accounts.get(id);
            if (!a) return null;
            return (
              <li key={id}>
                <label className="choice">
                  <input type="checkbox" checked={!excluded.has(id)} onChange={(e) => toggle([id], e.target.checked)} />
                  <span>
                    {a.name}
                    <small>
                      {[a.industry, a.region].filter(Boolean).join(' · ')}
                      {a.revenue !== null && ` · ${format.money(a.revenue)}`}
                    </small>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
