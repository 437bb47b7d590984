import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_KINDS, type RoleKind } from '../../../shared/records';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useOrdered, useRecordMap } from '../../state/selectors';
import { CommitField } from '../../ui/CommitField';
import { Icon } from '../../ui/Icon';
import { useReadOnly } from '../../ui/readOnly';

/**
 * Hunter / farmer / coach, defined once: what each does and how it is measured. Opportunity owners
 * pick from these; the count of opportunities each role owns is shown beside it. A role's kind
 * says which part of a coverage motion's role mix it is, so the coverage board counts its people
 * under this role's name (one role per kind: choosing a kind takes it from the role that had it).
 */
export function RolesPanel() {
  const { t } = useTranslation('cadence');
  const roles = useOrdered('role');
  const readOnly = useReadOnly();
  const opportunities = useRecordMap('opportunity');
  const owned = useMemo(() => {
    const out = new Map<string, number>();
    for (const o of opportunities.values()) if (o.roleId) out.set(o.roleId, (out.get(o.roleId) ?? 0) + 1);
    return out;
  }, [opportunities]);
  return (
    <section className="panel roles-panel" aria-labelledby="roles-title">
      <header className="board-header">
        <h3 id="roles-title">{t('roles.title')}</h3>
        {!readOnly && (
          <button type="button" onClick={() => void dispatch({ type: 'role.add', values: { name: t('roles.newRole') } })}>
            + {t('roles.add')}
          </button>
        )}
      </header>
      {roles.length === 0 ? (
        <p className="empty-state">{t('roles.empty')}</p>
      ) : (
        <table className="roles-table">
          <thead>
            <tr>
              <th scope="col">{t('roles.name')}</th>
              <th scope="col">{t('roles.does')}</th>
              <th scope="col">{t('roles.measured')}</th>
              <th scope="col">{t('roles.kind')}</th>
              <th scope="col">{t('roles.owned')}</th>
              <th scope="col">
                <span className="sr-only">{t('roles.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {roles.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <CommitField aria-label={t('roles.nameOf', { name: r.name })} value={r.name} maxLength={200} onCommit={(name) => name.trim() && void dispatch({ type: 'role.update', id: r.id, patch: { name: name.trim() } })} />
                </th>
                <td>
                  <CommitField aria-label={t('roles.doesOf', { name: r.name })} value={r.does} onCommit={(does) => void dispatch({ type: 'role.update', id: r.id, patch: { does } })} />
                </td>
                <td>
                  <CommitField aria-label={t('roles.measuredOf', { name: r.name })} value={r.measured} onCommit={(measured) => void dispatch({ type: 'role.update', id: r.id, patch: { measured } })} />
                </td>
                <td>
                  {readOnly ? (
                    <span className="as-content">{r.kind ? t(`roles.kinds.${r.kind}`) : t('roles.kindNone')}</span>
                  ) : (
                    <select
                      aria-label={t('roles.kindOf', { name: r.name })}
                      value={r.kind ?? ''}
                      onChange={(e) => void dispatch({ type: 'role.update', id: r.id, patch: { kind: e.target.value === '' ? null : (e.target.value as RoleKind) } })}
                    >
                      <option value="">{t('roles.kindNone')}</option>
                      {ROLE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`roles.kinds.${k}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td className="num">{owned.get(r.id) ?? 0}</td>
                <td>
                  {!readOnly && (
                    <button type="button" aria-label={t('roles.delete', { name: r.name })} onClick={() => void dispatchWithUndo({ type: 'role.delete', ids: [r.id] }, t('roles.deleted', { name: r.name }))}>
                      <Icon name="close" />
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
