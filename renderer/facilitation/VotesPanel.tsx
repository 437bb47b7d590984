import { useEffect, useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ballotCount, dotsLeft, groupDotsOn, tally } from '../../shared/calc/votes';
import { sortByOrder } from '../../shared/order';
import type { BoardId, Vote, VoteItemType } from '../../shared/records';
import { dispatch, dispatchWithUndo } from '../state/actions';
import { useWorkshop, type RecordsByType } from '../state/workshopStore';
import { Icon } from '../ui/Icon';
import { anchorLabel } from './anchorLabel';
import { VoteCompare } from './VoteCompare';
import { VoteResults } from './VoteResults';
import { useVotesPanel, VOTES_PANEL_ID } from './votesPanel';
import './facilitation.css';

/** What a vote on this board can be about: the board's own items, its notes, the parking lot. */
const ITEM_TYPES: Record<BoardId, VoteItemType[]> = {
  agenda: ['agendaItem', 'note', 'parkingItem'],
  segments: ['segment', 'note', 'parkingItem'],
  coverage: ['segment', 'motion', 'note', 'parkingItem'],
  routes: ['route', 'offering', 'note', 'parkingItem'],
  method: ['stage', 'note', 'parkingItem'],
  opportunities: ['note', 'parkingItem'],
  cadence: ['note', 'parkingItem'],
};

function itemsOf(type: VoteItemType, board: BoardId, records: RecordsByType): string[] {
  const list = [...(records[type] as ReadonlyMap<string, { id: string; order: string; board?: unknown }>).values()];
  return sortByOrder(type === 'note' ? list.filter((n) => n.board === board) : list).map((r) => r.id);
}

/**
 * Dot voting run from the laptop: the facilitator opens a vote on items of one type, records the
 * dots each group calls out by clicking the items, and closes it; the ranked result is a bar
 * chart. Every vote of the board is kept, the closed ones read-only.
 */
export function VotesPanel({ board }: { board: BoardId }) {
  const { t } = useTranslation('facilitation');
  const open = useVotesPanel((s) => s.open);
  const close = useVotesPanel((s) => s.close);
  const records = useWorkshop((s) => s.records);
  const votes = useMemo(() => sortByOrder([...records.vote.values()].filter((v) => v.board === board)), [records.vote, board]);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const headingId = useId();
  const vote = votes.find((v) => v.id === selected) ?? votes[votes.length - 1] ?? null;
  useEffect(() => setCreating(false), [board]);

  if (!open) return null;
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  return (
    <aside id={VOTES_PANEL_ID} className="parking-lot votes-panel" aria-labelledby={headingId} onKeyDown={onKey}>
      <header className="parking-head">
        <h2 id={headingId}>{t('votes.title', { board: t(`common:boards.${board}`) })}</h2>
        <button type="button" className="icon-button" onClick={close} aria-label={t('votes.close')} title={`${t('votes.close')} (Esc)`}>
          <Icon name="close" />
        </button>
      </header>
      <div className="vote-picker">
        {votes.length > 0 && (
          <label className="field">
            <span>{t('votes.pick')}</span>
            <select value={vote?.id ?? ''} onChange={(e) => (setSelected(e.target.value), setCreating(false))}>
              {votes.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.question} · {t(`votes.status.${v.status}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => setCreating(true)} disabled={creating}>
          {t('votes.new')}
        </button>
      </div>
      {creating || !vote ? (
        <NewVote
          board={board}
          records={records}
          onDone={(id) => {
            setCreating(false);
            if (id) setSelected(id);
          }}
        />
      ) : (
        <VoteView vote={vote} records={records} />
      )}
      {!creating && <VoteCompare votes={votes} records={records} />}
    </aside>
  );
}

function NewVote({ board, records, onDone }: { board: BoardId; records: RecordsByType; onDone(id: string | null): void }) {
  const { t } = useTranslation('facilitation');
  const types = ITEM_TYPES[board];
  const [question, setQuestion] = useState('');
  const [itemType, setItemType] = useState<VoteItemType>(types[0]!);
  // The room's breakout groups, when it has some, are the voter groups to start from.
  const breakoutGroups = sortByOrder([...records.breakoutGroup.values()]).map((g) => g.name);
  const [groups, setGroups] = useState(breakoutGroups.length > 0 ? breakoutGroups.join(', ') : t('votes.defaultGroups'));
  const [dots, setDots] = useState('3');
  const [hide, setHide] = useState(true);
  const itemIds = itemsOf(itemType, board, records);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const names = groups
      .split(/[,，、\n]/)
      .map((g) => g.trim())
      .filter(Boolean);
    const id = crypto.randomUUID();
    const result = await dispatch({
      type: 'vote.open',
      id,
      values: { question: question.trim(), board, itemType, itemIds, groups: names, dotsPerGroup: Number(dots), hideResults: hide },
    });
    if (result) onDone(id);
  };
  return (
    <form className="parking-add" onSubmit={submit} aria-label={t('votes.new')}>
      <label className="field">
        <span>{t('votes.question')}</span>
        <input value={question} onChange={(e) => setQuestion(e.target.value)} maxLength={500} required autoFocus />
      </label>
      <label className="field">
        <span>{t('votes.itemType')}</span>
        <select value={itemType} onChange={(e) => setItemType(e.target.value as VoteItemType)}>
          {types.map((ty) => (
            <option key={ty} value={ty}>
              {t(`library:openFile.kinds.${ty}`, { defaultValue: ty })}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small">{t('votes.scope', { count: itemIds.length })}</p>
      <div className="field-row">
        <label className="field">
          <span>{t('votes.groups')}</span>
          <input value={groups} onChange={(e) => setGroups(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('votes.dots')}</span>
          <input type="number" min={1} max={50} value={dots} onChange={(e) => setDots(e.target.value)} required />
        </label>
      </div>
      <label className="check-field">
        <input type="checkbox" checked={hide} onChange={(e) => setHide(e.target.checked)} /> {t('votes.hide')}
      </label>
      <div className="dialog-footer">
        <button type="button" onClick={() => onDone(null)}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="primary" disabled={!question.trim() || itemIds.length === 0}>
          {t('votes.open')}
        </button>
      </div>
    </form>
  );
}

function VoteView({ vote, records }: { vote: Vote; records: RecordsByType }) {
  const { t } = useTranslation('facilitation');
  const [group, setGroup] = useState(0);
  const name = (id: string) => anchorLabel({ kind: 'record', id }, records) ?? t('votes.gone');
  const ballots = [...records.ballot.values()];
  const results = tally(vote, ballots);
  const phones = ballotCount(vote, ballots);
  const g = Math.min(group, vote.groups.length - 1);
  return (
    <section className="vote-view" aria-label={vote.question}>
      <p className="parking-text">{vote.question}</p>
      <p className="muted small">
        {t(`votes.status.${vote.status}`)} · {t('votes.perGroup', { count: vote.dotsPerGroup })}
        {phones > 0 && <> · {t('votes.ballots', { count: phones })}</>}
      </p>
      {vote.status === 'open' && (
        <>
          <fieldset className="note-colors">
            <legend>{t('votes.recordFor')}</legend>
            {vote.groups.map((name, k) => (
              <label key={k} className="note-swatch">
                <input type="radio" name={`vote-group-${vote.id}`} checked={g === k} onChange={() => setGroup(k)} />
                <span>{t('votes.groupLeft', { group: name, count: dotsLeft(vote, k) })}</span>
              </label>
            ))}
          </fieldset>
          <ul className="parking-list" aria-label={t('votes.items')}>
            {vote.itemIds.map((id) => {
              const mine = groupDotsOn(vote, g, id);
              return (
                <li key={id} className="vote-item">
                  <button
                    type="button"
                    className="vote-add"
                    onClick={() => void dispatch({ type: 'vote.dot', id: vote.id, group: g, itemId: id })}
                    aria-label={t('votes.addDot', { item: name(id), group: vote.groups[g] })}
                  >
                    {name(id)}
                    <span className="vote-dots" aria-hidden="true">
                      {'●'.repeat(mine)}
                    </span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={mine === 0}
                    onClick={() => void dispatch({ type: 'vote.undot', id: vote.id, group: g, itemId: id })}
                    aria-label={t('votes.removeDot', { item: name(id), group: vote.groups[g] })}
                  >
                    −
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="primary" onClick={() => void dispatch({ type: 'vote.close', id: vote.id })}>
            {t('votes.closeVote')}
          </button>
        </>
      )}
      <VoteResults vote={vote} results={results} records={records} hiddenClassName="muted small" />
      <button type="button" className="link-button" onClick={() => void dispatchWithUndo({ type: 'vote.delete', ids: [vote.id] }, t('votes.deleted', { question: vote.question }))}>
        {t('votes.delete')}
      </button>
    </section>
  );
}
