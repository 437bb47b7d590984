import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ballotVote } from '../../shared/calc/votes';
import { api } from '../api/client';
import { useWorkshop } from '../state/workshopStore';
import { attempt } from '../ui/errors';
import { anchorLabel } from './anchorLabel';
import { castBallot, rememberBallot } from './ballotMemory';
import './facilitation.css';

const SECRET_KEY = 'salesmap.ballotSecret';

/**
 * This device's ballot secret: random, kept in the browser, never shown. The room's listener
 * stores only a hash of it, so the ballot is anonymous and only this device can change it.
 */
function deviceSecret(): string {
  let secret = localStorage.getItem(SECRET_KEY);
  if (!secret || !/^[A-Za-z0-9_-]{16,128}$/.test(secret)) {
    secret = newSecret();
    localStorage.setItem(SECRET_KEY, secret);
  }
  return secret;
}

/**
 * 24 random bytes as base64url. Not crypto.randomUUID: a phone opens the room's address over
 * plain http on the Wi-Fi, which is not a secure context, and there randomUUID does not exist
 * (getRandomValues does).
 */
function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Whether the address the room was given lets this device vote (the listener checks it again). */
export const ballotAllowed = (): boolean => new URLSearchParams(window.location.search).get('ballot') === '1';

/**
 * A participant's ballot on the room's shared view: the open vote's question, its items with a
 * dot to give or take back, and "cast" — up to N dots, one ballot per device, cast again to change.
 */
export function PhoneBallot({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('facilitation');
  const records = useWorkshop((s) => s.records);
  const vote = ballotVote(records.vote.values());
  const [picks, setPicks] = useState<{ voteId: string; itemIds: string[] }>({ voteId: '', itemIds: [] });
  const [castFor, setCastFor] = useState<string | null>(null);
  // Folded per vote: a new vote opens unfolded, so no participant misses that one has started.
  const [foldedFor, setFoldedFor] = useState<string | null>(null);
  // Read from the browser's storage once per vote, not on every render (after a cast, picks and castFor say it).
  const voteId = vote?.id ?? null;
  const remembered = useMemo(() => (voteId === null ? null : castBallot(voteId)), [voteId]);
  if (!ballotAllowed() || !vote) return null;
  const mine = picks.voteId === vote.id ? picks.itemIds : (remembered ?? []);
  const isCast = castFor === vote.id || remembered !== null;
  const left = vote.dotsPerGroup - mine.length;
  const name = (id: string) => anchorLabel({ kind: 'record', id }, records) ?? t('votes.gone');
  const set = (itemIds: string[]) => setPicks({ voteId: vote.id, itemIds });
  const cast = async () => {
    const done = await attempt(() => api.call('dispatch', { workshopId, command: { type: 'vote.ballot', id: vote.id, ballot: deviceSecret(), itemIds: mine } }));
    if (done) {
      rememberBallot(vote.id, mine);
      setCastFor(vote.id);
    }
  };
  const folded = foldedFor === vote.id;
  return (
    <section className={folded ? 'phone-ballot is-folded' : 'phone-ballot'} aria-label={t('ballot.title')}>
      <h2>
        {/* The bar that stays when folded: the board behind is the room's, the ballot can wait. */}
        <button type="button" className="phone-ballot-toggle" aria-expanded={!folded} aria-controls="phone-ballot-body" onClick={() => setFoldedFor(folded ? null : vote.id)}>
          {t('ballot.bar', { count: left })}
          <span className="phone-ballot-chevron" aria-hidden="true">
            {folded ? '▴' : '▾'}
          </span>
        </button>
      </h2>
      <div id="phone-ballot-body" className="phone-ballot-body" hidden={folded}>
      <p className="parking-text">{vote.question}</p>
      <p className="muted" aria-live="polite">
        {t('ballot.left', { count: left })}
      </p>
      <ul className="parking-list" aria-label={t('votes.items')}>
        {vote.itemIds.map((id) => {
          const n = mine.filter((x) => x === id).length;
          return (
            <li key={id} className="vote-item">
              <button type="button" className="vote-add" disabled={left === 0} onClick={() => set([...mine, id])} aria-label={t('ballot.add', { item: name(id) })}>
                {name(id)}
                <span className="vote-dots" aria-hidden="true">
                  {'●'.repeat(n)}
                </span>
              </button>
              <button
                type="button"
                className="icon-button"
                disabled={n === 0}
                onClick={() => {
                  const at = mine.lastIndexOf(id);
                  set(mine.filter((_, k) => k !== at));
                }}
                aria-label={t('ballot.remove', { item: name(id) })}
              >
                −
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="primary" disabled={mine.length === 0} onClick={() => void cast()}>
        {isCast ? t('ballot.recast') : t('ballot.cast', { count: mine.length })}
      </button>
      {isCast && (
        <p role="status" className="muted">
          {t('ballot.castDone')}
        </p>
      )}
      </div>
    </section>
  );
}
