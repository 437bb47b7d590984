import { useTranslation } from 'react-i18next';
import { usePresentation } from './presentation';
import { MAX_ZOOM, MIN_ZOOM, zoomIn, zoomOut, zoomToFit } from './zoom';

/**
 * − 100 % +, in the top bar while presenting: the projector's zoom; the middle button fits to the
 * screen. (No aria-pressed on it: a pressed control on the page means "a card is being moved", and
 * Esc would cancel that move instead of ending the show.)
 */
export function ZoomControl() {
  const { t } = useTranslation();
  const zoom = usePresentation((s) => s.zoom);
  const percent = Math.round(zoom * 100);
  return (
    <div className="zoom-control" role="group" aria-label={t('zoom.group')}>
      <button type="button" onClick={zoomOut} disabled={zoom <= MIN_ZOOM} aria-label={t('zoom.out')} title={`${t('zoom.out')} (Ctrl+−)`}>
        −
      </button>
      <button
        type="button"
        className="zoom-fit"
        onClick={zoomToFit}
        aria-label={t('zoom.fitAt', { percent })}
        title={`${t('zoom.fit')} (Ctrl+0)`}
      >
        {percent} %
      </button>
      <button type="button" onClick={zoomIn} disabled={zoom >= MAX_ZOOM} aria-label={t('zoom.in')} title={`${t('zoom.in')} (Ctrl+=)`}>
        +
      </button>
    </div>
  );
}
