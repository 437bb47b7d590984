import { useTranslation } from 'react-i18next';
import { useRecordMap } from '../state/selectors';
import { Icon } from '../ui/Icon';
import { PARKING_PANEL_ID, useParkingLot } from './parkingPanel';

/** The top bar's way into the parking lot, with the number of questions still open. */
export function ParkingLotButton() {
  const { t } = useTranslation('facilitation');
  const open = useParkingLot((s) => s.open);
  const toggle = useParkingLot((s) => s.toggle);
  const items = useRecordMap('parkingItem');
  let openCount = 0;
  for (const item of items.values()) if (item.status === 'open') openCount += 1;
  return (
    <button
      type="button"
      onClick={toggle}
      aria-expanded={open}
      aria-controls={PARKING_PANEL_ID}
      title={`${openCount > 0 ? t('parking.buttonCount', { count: openCount }) : t('parking.button')} (F8)`}
    >
      {/* The name is what it shows ("停车场 3"): the count badge is read as part of it. */}
      <Icon name="parking" /> {t('parking.button')}
      {openCount > 0 && <span className="count-badge"> {openCount}</span>}
    </button>
  );
}
