import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../shared/records';
import { dispatch } from '../state/actions';
import { Icon } from '../ui/Icon';
import { useOrdered } from '../state/selectors';
import { useSettings } from '../state/workshopStore';
import { useReadOnly } from '../ui/readOnly';

export function formatClock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Milliseconds the block has run, from the shared timer record (every window agrees). */
export function elapsedMs(timer: { runningSince: number | null; elapsed: number }, now: number): number {
  return timer.elapsed + (timer.runningSince !== null ? Math.max(0, now - timer.runningSince) : 0);
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [active]);
  return now;
}

/** The top bar's timer: the current agenda block, time left (or over), start/pause, next. */
export function AgendaTimer() {
  const { t } = useTranslation();
  // The projector shows the clock; only the facilitator starts, pauses and skips.
  const readOnly = useReadOnly();
  const settings = useSettings();
  const items = useOrdered('agendaItem');
  const timer = settings?.timer;
  const running = timer?.runningSince !== null && timer?.runningSince !== undefined;
  const now = useNow(running);
  const current = items.find((i) => i.id === timer?.itemId);
  const next: AgendaItem | undefined = current ? items[items.indexOf(current) + 1] : items[0];

  if (!timer || !current) {
    return (
      <div className="timer" role="timer" aria-label={t('timer.label')}>
        <span className="muted">{t('timer.idle')}</span>
        {next && !readOnly && (
          <button type="button" onClick={() => void dispatch({ type: 'timer.start', itemId: next.id })}>
            <Icon name="play" size={14} /> {t('timer.start')}
          </button>
        )}
      </div>
    );
  }
  const left = current.duration * 60_000 - elapsedMs(timer, now);
  const over = left < 0;
  return (
    <div className={`timer${over ? ' timer-over' : ''}`} role="timer" aria-label={t('timer.label')}>
      <span className="timer-clock" aria-hidden="true">
        <Icon name="clock" size={16} /> {over ? '+' : ''}
        {formatClock(left)}
      </span>
      <span className="timer-title">{current.title}</span>
      <span className="sr-only">{over ? t('timer.over', { time: formatClock(left) }) : t('timer.remaining', { time: formatClock(left) })}</span>
      {readOnly ? null : running ? (
        <button type="button" onClick={() => void dispatch({ type: 'timer.pause' })} aria-label={t('timer.pause')} title={t('timer.pause')}>
          <Icon name="pause" />
        </button>
      ) : (
        <button type="button" onClick={() => void dispatch({ type: 'timer.start', itemId: current.id })} aria-label={t('timer.start')} title={t('timer.start')}>
          <Icon name="play" />
        </button>
      )}
      {next && !readOnly && (
        <button type="button" onClick={() => void dispatch({ type: 'timer.start', itemId: next.id })} aria-label={t('timer.next')} title={t('timer.next')}>
          <Icon name="next" />
        </button>
      )}
    </div>
  );
}
