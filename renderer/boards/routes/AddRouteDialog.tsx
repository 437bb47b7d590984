import { useTranslation } from 'react-i18next';
import type { Route } from '../../../shared/records';
import { dispatch } from '../../state/actions';
import { Dialog } from '../../ui/Dialog';
import { routeLabel } from './labels';
import { chipStyle, RouteChipFace } from './RouteChipView';

interface AddRouteDialogProps {
  segmentId: string;
  offeringId: string;
  cellName: string;
  routes: Route[];
  /** Routes already serving the cell (shown, but not offered again). */
  present: ReadonlySet<string>;
  onClose(): void;
  onNewRoute(): void;
}

/** The path that needs no dragging: pick a route for a cell from a list. */
export function AddRouteDialog({ segmentId, offeringId, cellName, routes, present, onClose, onNewRoute }: AddRouteDialogProps) {
  const { t } = useTranslation('routes');
  const add = async (route: Route) => {
    const result = await dispatch({ type: 'placement.add', id: crypto.randomUUID(), routeId: route.id, segmentId, offeringId }, { optimistic: true });
    if (result) onClose();
  };
  return (
    <Dialog title={t('addDialog.title', { cell: cellName })} onClose={onClose}>
      {routes.length === 0 ? (
        <p>{t('palette.empty')}</p>
      ) : (
        <ul className="add-route-list" aria-label={t('addDialog.listLabel')}>
          {routes.map((r) => {
            const here = present.has(r.id);
            return (
              <li key={r.id}>
                <button type="button" className="add-route-option" disabled={here} onClick={() => void add(r)} aria-label={routeLabel(t, r)}>
                  <span className="route-chip" style={chipStyle(r)}>
                    <RouteChipFace route={r} />
                  </span>
                  <span className="muted small">{here ? t('addDialog.alreadyHere') : t(`family.${r.family}`)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="dialog-footer">
        <button type="button" onClick={onNewRoute}>
          + {t('addRouteCard')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
