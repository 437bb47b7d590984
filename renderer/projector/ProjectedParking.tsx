import { useTranslation } from 'react-i18next';
import type { ParkingItem } from '../../shared/records';
import { useOrdered } from '../state/selectors';
import { PanelList } from './PanelList';

const keyOf = (p: ParkingItem) => p.id;

/**
 * The parking lot on the projector: the parked questions, each with where it came up, who takes
 * it and its status in words (the edge colour says it too), and the answer once there is one; as
 * many as the screen holds, "+ N more" for the rest.
 */
export function ProjectedParking() {
  const { t } = useTranslation('facilitation');
  const items = useOrdered('parkingItem');
  const open = items.filter((i) => i.status === 'open').length;
  return (
    <section className="projected-panel" aria-label={t('parking.title')}>
      <h2>
        {t('parking.title')} <span className="projected-status">· {t('parking.openCount', { count: open })}</span>
      </h2>
      {items.length === 0 ? (
        <p className="projected-status">{t('parking.emptyProjected')}</p>
      ) : (
        <PanelList
          className="projected-parking"
          label={t('parking.listLabel')}
          items={items}
          keyOf={keyOf}
          more={(count) => t('parking.more', { count })}
          render={(item, i) => (
            <li className={`parking-item status-${item.status}`} aria-posinset={i + 1} aria-setsize={items.length}>
              <p className="projected-text">{item.text}</p>
              <p className="projected-meta">
                {[t(`parking.status.${item.status}`), item.board && t(`common:boards.${item.board}`), item.owner && t('parking.ownerIs', { owner: item.owner })].filter(Boolean).join(' · ')}
              </p>
              {item.answer && <p className="projected-answer">{item.answer}</p>}
            </li>
          )}
        />
      )}
    </section>
  );
}
