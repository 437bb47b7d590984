import { useTranslation } from 'react-i18next';
import type { BreakoutGroup } from '../../../shared/records';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { Icon } from '../../ui/Icon';

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The next group's default name: 第一组, 第二组 … (Group 1, Group 2 … in English), never one in use. */
export function nextGroupName(groups: readonly BreakoutGroup[], language: string, format: (n: string) => string): string {
  const used = new Set(groups.map((g) => g.name));
  for (let k = 1; ; k++) {
    const name = format(language.startsWith('zh') ? (ZH_NUMERALS[k - 1] ?? String(k)) : String(k));
    if (!used.has(name)) return name;
  }
}

/** The room's groups: named, renamed in place (Enter or leaving the field), added, deleted (undoable). */
export function GroupsBar({ groups, readOnly }: { groups: readonly BreakoutGroup[]; readOnly: boolean }) {
  const { t, i18n } = useTranslation('facilitation');
  const add = () => void dispatch({ type: 'breakoutGroup.add', id: crypto.randomUUID(), values: { name: nextGroupName(groups, i18n.language, (n) => t('breakout.groupName', { n })) } });
  const rename = (g: BreakoutGroup, value: string) => {
    const name = value.trim();
    if (name && name !== g.name) void dispatch({ type: 'breakoutGroup.update', id: g.id, patch: { name } });
  };
  return (
    <section className="breakout-groups" aria-label={t('breakout.groups')}>
      <h3>{t('breakout.groups')}</h3>
      {groups.length === 0 && <p className="muted small">{t('breakout.noGroups')}</p>}
      <ul>
        {groups.map((g) => (
          <li key={g.id}>
            {readOnly ? (
              <span>{g.name}</span>
            ) : (
              <>
                <input
                  key={g.name}
                  defaultValue={g.name}
                  aria-label={t('breakout.groupNameLabel', { name: g.name })}
                  maxLength={200}
                  onBlur={(e) => rename(g, e.target.value)}
                  onKeyDown={(e) => e.key === 'Enter' && rename(g, e.currentTarget.value)}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('breakout.deleteGroup', { name: g.name })}
                  title={t('breakout.deleteGroup', { name: g.name })}
                  onClick={() => void dispatchWithUndo({ type: 'breakoutGroup.delete', ids: [g.id] }, t('breakout.groupDeleted', { name: g.name }))}
                >
                  <Icon name="close" size={14} />
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <button type="button" onClick={add}>
          <Icon name="plus" size={14} /> {t('breakout.addGroup')}
        </button>
      )}
    </section>
  );
}
