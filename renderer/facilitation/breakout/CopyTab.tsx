import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseRoutesValue, routesCellKey, routesValue, type BoardState } from '../../../shared/breakout/state';
import { sortByOrder } from '../../../shared/order';
import type { BreakoutBoard, BreakoutCopy, BreakoutGroup } from '../../../shared/records';
import { navigate, useRoute } from '../../app/router';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useWorkshop } from '../../state/workshopStore';
import type { BreakoutData } from './useBreakout';
import { ConsequencesTable } from './ConsequencesTable';
import { keyLabel, valueLabel } from '../export/labels';
import { useBreakoutPanel } from './breakoutPanel';

/** One group's tab: its copy of the board to edit, or the button that gives it one. */
export function CopyTab({ board, group, data, readOnly }: { board: BreakoutBoard; group: BreakoutGroup; data: BreakoutData; readOnly: boolean }) {
  const { t } = useTranslation('facilitation');
  const copy = data.copies.get(group.id);
  const boardName = t(`common:boards.${board}`);
  if (!copy) {
    return readOnly ? (
      <p className="muted">{t('breakout.noCopy', { group: group.name, board: boardName })}</p>
    ) : (
      <button
        type="button"
        className="primary"
        onClick={() =>
          void dispatch({
            type: 'breakout.copy',
            id: crypto.randomUUID(),
            groupId: group.id,
            board,
            ...(board === 'coverage' ? { scenarioId: crypto.randomUUID(), planName: t('breakout.planName', { group: group.name }) } : {}),
          })
        }
      >
        {t('breakout.makeCopy', { group: group.name, board: boardName })}
      </button>
    );
  }
  const state = data.states.get(copy.id) ?? data.main;
  const figures = data.consequences.byCopy.get(copy.id);
  return (
    <div className="breakout-copy">
      {figures && <ConsequencesTable main={data.consequences.main} versions={[{ name: group.name, figures }]} />}
      {board === 'segments' && <SegmentsCopy copy={copy} state={state} main={data.main} readOnly={readOnly} />}
      {board === 'routes' && <RoutesCopy copy={copy} state={state} main={data.main} readOnly={readOnly} />}
      {board === 'coverage' && <CoverageCopy copy={copy} state={state} main={data.main} readOnly={readOnly} />}
      {!readOnly && (
        <button type="button" className="link-button" onClick={() => void dispatchWithUndo({ type: 'breakout.copyDelete', ids: [copy.id] }, t('breakout.copyDeleted', { group: group.name }))}>
          {t('breakout.deleteCopy', { group: group.name })}
        </button>
      )}
    </div>
  );
}

interface EditorProps {
  copy: BreakoutCopy;
  state: BoardState;
  main: BoardState;
  readOnly: boolean;
}

/** Shown at once; a search finds the others (a client list can hold thousands of accounts). */
const ROW_LIMIT = 200;

/** A segments copy: every account with the group's segment for it; changed ones marked. */
function SegmentsCopy({ copy, state, main, readOnly }: EditorProps) {
  const { t } = useTranslation('facilitation');
  const records = useWorkshop((s) => s.records);
  const [query, setQuery] = useState('');
  const segments = useMemo(() => sortByOrder([...records.segment.values()]), [records.segment]);
  const accounts = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = sortByOrder([...records.account.values()]);
    return q ? list.filter((a) => a.name.toLowerCase().includes(q)) : list;
  }, [records.account, query]);
  return (
    <div>
      <label className="field">
        <span>{t('breakout.searchAccounts')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {accounts.length === 0 && <p className="muted">{t('breakout.noAccounts')}</p>}
      <table className="breakout-table">
        <caption className="sr-only">{t('breakout.copyOf', { board: t('common:boards.segments') })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('breakout.account')}</th>
            <th scope="col">{t('breakout.main')}</th>
            <th scope="col">{t('breakout.thisGroup')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.slice(0, ROW_LIMIT).map((a) => {
            const mine = state.get(a.id) ?? '';
            const changed = mine !== (main.get(a.id) ?? '');
            return (
              <tr key={a.id} className={changed ? 'is-different' : undefined}>
                <th scope="row">
                  {a.name}
                  {changed && <span className="breakout-mark"> · {t('breakout.changed')}</span>}
                </th>
                <td>{valueLabel('segments', main.get(a.id) ?? '', records, t)}</td>
                <td>
                  {readOnly ? (
                    valueLabel('segments', mine, records, t)
                  ) : (
                    <select value={mine} aria-label={t('breakout.segmentOf', { account: a.name })} onChange={(e) => void dispatch({ type: 'breakout.set', id: copy.id, key: a.id, to: e.target.value })}>
                      <option value="">{t('breakout.unassigned')}</option>
                      {segments.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {accounts.length > ROW_LIMIT && <p className="muted small">{t('breakout.moreAccounts', { shown: ROW_LIMIT, count: accounts.length })}</p>}
    </div>
  );
}

/** A routes copy: the grid, each cell with a toggle per route (pressed = the route serves the cell). */
function RoutesCopy({ copy, state, main, readOnly }: EditorProps) {
  const { t } = useTranslation('facilitation');
  const records = useWorkshop((s) => s.records);
  const rows = sortByOrder([...records.segment.values()]).filter((s) => !s.hiddenInRoutes);
  const cols = sortByOrder([...records.offering.values()]);
  const routes = [...records.route.values()].sort((a, b) => a.number - b.number);
  return (
    <table className="breakout-table breakout-grid">
      <caption className="sr-only">{t('breakout.copyOf', { board: t('common:boards.routes') })}</caption>
      <thead>
        <tr>
          <td />
          {cols.map((o) => (
            <th key={o.id} scope="col">
              {o.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id}>
            <th scope="row">{s.name}</th>
            {cols.map((o) => {
              const key = routesCellKey(s.id, o.id);
              const value = state.get(key) ?? '';
              const placed = new Set(parseRoutesValue(value));
              const changed = value !== (main.get(key) ?? '');
              const cellName = `${s.name} · ${o.name}`;
              return (
                <td key={o.id} className={changed ? 'is-different' : undefined} aria-label={`${cellName}: ${valueLabel('routes', value, records, t)}${changed ? ` · ${t('breakout.changed')}` : ''}`}>
                  <div className="breakout-chips">
                    {routes.map((r) =>
                      readOnly ? (
                        placed.has(r.id) && (
                          <span key={r.id} className="breakout-chip is-on" style={{ borderColor: r.color }}>
                            {r.number}
                          </span>
                        )
                      ) : (
                        <button
                          key={r.id}
                          type="button"
                          className={`breakout-chip${placed.has(r.id) ? ' is-on' : ''}`}
                          style={{ borderColor: r.color }}
                          aria-pressed={placed.has(r.id)}
                          aria-label={t('breakout.routeIn', { route: `${r.number} ${r.name}`, cell: cellName })}
                          title={`${r.number} ${r.name}`}
                          onClick={() => {
                            const next = new Set(placed);
                            if (next.has(r.id)) next.delete(r.id);
                            else next.add(r.id);
                            void dispatch({ type: 'breakout.set', id: copy.id, key, to: routesValue(next) });
                          }}
                        >
                          {r.number}
                        </button>
                      ),
                    )}
                  </div>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A coverage copy is a plan of its own: edited on the coverage board under its tab; here its changed rows. */
function CoverageCopy({ copy, state, main, readOnly }: EditorProps) {
  const { t } = useTranslation('facilitation');
  const records = useWorkshop((s) => s.records);
  const route = useRoute();
  const plan = copy.scenarioId ? records.scenario.get(copy.scenarioId) : undefined;
  const changed = [...state].filter(([key, value]) => (main.get(key) ?? '') !== value);
  const edit = async () => {
    if (!plan) return;
    await dispatch({ type: 'scenario.activate', id: plan.id }, { optimistic: true });
    useBreakoutPanel.getState().close();
    if (route.view === 'workshop') navigate({ ...route, board: 'coverage' });
  };
  return (
    <div>
      <p>{plan ? t('breakout.planIs', { plan: plan.name }) : t('breakout.planGone')}</p>
      {plan && !readOnly && (
        <button type="button" onClick={() => void edit()}>
          {t('breakout.editPlan', { plan: plan.name })}
        </button>
      )}
      {changed.length === 0 ? (
        <p className="muted">{t('breakout.sameAsMain')}</p>
      ) : (
        <ul className="breakout-changes" aria-label={t('breakout.changedRows')}>
          {changed.map(([key, value]) => (
            <li key={key}>
              <strong>{keyLabel('coverage', key, records, t)}</strong>: {valueLabel('coverage', main.get(key) ?? '', records, t)} → {valueLabel('coverage', value, records, t)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
