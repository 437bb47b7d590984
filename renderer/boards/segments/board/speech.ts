import type { TFunction } from 'i18next';
import type { Segment } from '../../../../shared/records';
import { useWorkshop } from '../../../state/workshopStore';
import { UNASSIGNED, type ColumnKey } from '../state/columns';

/**
 * The words of drag-and-drop announcements, in the UI language: cards are named by their
 * account name and columns by their segment name, never by id.
 */
export interface Speech {
  t: TFunction<'segments'>;
  segments: ReadonlyMap<string, Segment>;
}

export function columnName({ t, segments }: Speech, key: ColumnKey): string {
  return key === UNASSIGNED ? t('unassigned') : (segments.get(key)?.name ?? '');
}

/** "深圳某电子" or "深圳某电子 and 2 more". */
export function cardsName({ t }: Speech, ids: readonly string[], lead: string): string {
  const name = useWorkshop.getState().records.account.get(lead)?.name ?? '';
  return ids.length > 1 ? t('dnd.many', { name, count: ids.length - 1 }) : name;
}
