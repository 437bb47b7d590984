import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharingStatus } from '../../shared/api';
import { api } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { attempt } from '../ui/errors';

/**
 * Share read-only to the room (opt-in): participants on the room's Wi-Fi scan the code or type
 * the address and follow the board on their phones. Off by default; off again closes every
 * connection. The address carries the room's own read-only token, never the facilitator's.
 */
export function ShareDialog({ workshopId, onClose }: { workshopId: string; onClose(): void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SharingStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [voting, setVoting] = useState(false);

  useEffect(() => {
    const refresh = () => void api.call('sharingStatus', {}).then(setStatus, () => setStatus({ on: false }));
    refresh();
    // Devices come and go: the count of connections is read again now and then while it is open.
    const id = setInterval(refresh, 3000);
    const stop = api.onEvent((e) => e.kind === 'sharing' && refresh());
    return () => {
      clearInterval(id);
      stop();
    };
  }, []);

  const run = async (start: boolean, vote = voting) => {
    setBusy(true);
    const next = await attempt(() => (start ? api.call('startSharing', { workshopId, voting: vote }) : api.call('stopSharing', {})));
    setBusy(false);
    if (next) setStatus(next);
  };

  const on = status?.on === true;
  const other = on && status.workshopId !== workshopId;
  // While sharing, the box shows the share's permission; changing it shares again (a new address).
  const votingShown = on && !other ? status.voting : voting;
  return (
    <Dialog title={t('share.title')} onClose={onClose}>
      <p>{t('share.what')}</p>
      {on && !other ? (
        <div className="share-on">
          <img className="share-qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(status.qrSvg)}`} alt={t('share.qrAlt')} width={240} height={240} />
          <div className="share-facts">
            <p className="share-status" role="status">
              {t('share.on', { count: status.connections })}
            </p>
            <label className="field">
              <span>{t('share.address')}</span>
              <input type="text" readOnly value={status.url} onFocus={(e) => e.currentTarget.select()} aria-describedby="share-hint" />
            </label>
            <p id="share-hint" className="muted">
              {t('share.hint')}
            </p>
          </div>
        </div>
      ) : (
        <p className="share-status" role="status">
          {other ? t('share.otherWorkshop') : t('share.off')}
        </p>
      )}
      <label className="check-field">
        <input
          type="checkbox"
          checked={votingShown}
          disabled={busy}
          onChange={(e) => {
            setVoting(e.target.checked);
            if (on && !other) void run(true, e.target.checked);
          }}
        />{' '}
        {t('share.voting')}
      </label>
      {on && !other && status.voting && <p className="muted">{t('share.votingOn')}</p>}
      <div className="dialog-footer">
        {on && !other ? (
          <button type="button" className="danger-text" disabled={busy} onClick={() => void run(false)}>
            {t('share.stop')}
          </button>
        ) : (
          <button type="button" className="primary" disabled={busy || status === null} onClick={() => void run(true)}>
            {t('share.start')}
          </button>
        )}
        <button type="button" onClick={onClose} autoFocus>
          {t('actions.close')}
        </button>
      </div>
    </Dialog>
  );
}
