import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../app/router';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { ExportMenu } from '../export/ExportMenu';
import { redo, undo } from '../state/actions';
import { useWorkshop } from '../state/workshopStore';
import { Icon } from '../ui/Icon';
import { NotesButton } from '../facilitation/NotesButton';
import { VotesButton } from '../facilitation/VotesButton';
import { BreakoutButton } from '../facilitation/breakout/BreakoutButton';
import { ParkingLotButton } from '../facilitation/ParkingLotButton';
import { AgendaTimer } from './AgendaTimer';
import { ZoomControl } from './ZoomControl';
import { openProjector } from './openProjector';
import { PresentStep } from './PresentStep';
import { usePresentation } from './presentation';
import { ShareDialog } from './ShareDialog';
import { useOrdered } from '../state/selectors';

/** What the command type of an undo step is about, in words ("Undo (segment change)"). */
function commandWord(type: string | null, t: (k: string) => string): string {
  if (!type) return '';
  return t(`commands.${type.split('.')[0]}`);
}

/** Where you are, the agenda timer, undo/redo, present, export. Nothing else permanent. */
export function TopBar() {
  const { t } = useTranslation();
  const workshop = useWorkshop((s) => s.workshop);
  const undoState = useWorkshop((s) => s.undo);
  const present = usePresentation((s) => s.start);
  const presenting = usePresentation((s) => s.presenting);
  const endPresent = usePresentation((s) => s.stop);
  const step = usePresentation((s) => s.step);
  const blank = usePresentation((s) => s.blank);
  const items = useOrdered('agendaItem');
  const [sharing, setSharing] = useState(false);
  if (!workshop) return null;
  return (
    <header className="top-bar">
      <a className="back" href={hrefFor({ view: 'library' })}>
        ◀ <span>{t('nav.library')}</span>
      </a>
      <h1 className="workshop-title">
        {workshop.name}
        {/* The client again only where the name does not already say it ("海格物流 · 销售转型研讨会"). */}
        {workshop.client && !workshop.name.includes(workshop.client) && <span className="muted"> · {workshop.client}</span>}
      </h1>
      {presenting && <PresentStep items={items} step={step} />}
      <AgendaTimer />
      {blank && (
        <span className="blank-badge" role="status">
          {t('projector.blankedBadge')}
        </span>
      )}
      {presenting && <ZoomControl />}
      {presenting && (
        <button type="button" className="end-present" onClick={endPresent} title={`${t('actions.endPresent')} (Esc)`}>
          {t('actions.endPresent')}
        </button>
      )}
      <div className="top-actions">
        <button
          type="button"
          onClick={() => void undo()}
          disabled={!undoState.canUndo}
          title={`${t('actions.undo')} (Ctrl+Z)`}
          aria-label={undoState.canUndo ? t('actions.undoWhat', { what: commandWord(undoState.undoType, t) }) : t('actions.undo')}
        >
          <Icon name="undo" />
        </button>
        <button
          type="button"
          onClick={() => void redo()}
          disabled={!undoState.canRedo}
          title={`${t('actions.redo')} (Ctrl+Shift+Z)`}
          aria-label={undoState.canRedo ? t('actions.redoWhat', { what: commandWord(undoState.redoType, t) }) : t('actions.redo')}
        >
          <Icon name="redo" />
        </button>
        <button type="button" onClick={present} title={`${t('actions.present')} (F5, Ctrl+Enter)`}>
          <Icon name="present" /> {t('actions.present')}
        </button>
        <NotesButton />
        <VotesButton />
        <BreakoutButton />
        <ParkingLotButton />
        <button type="button" onClick={() => void openProjector(workshop.id)} title={t('projector.openHelp')}>
          <Icon name="screen" /> {t('projector.open')}
        </button>
        <button type="button" onClick={() => setSharing(true)} title={t('share.help')}>
          <Icon name="share" /> {t('share.button')}
        </button>
        <ExportMenu />
        <LanguageSwitch />
      </div>
      {sharing && <ShareDialog workshopId={workshop.id} onClose={() => setSharing(false)} />}
    </header>
  );
}
