import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/records';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useOrdered } from '../../state/selectors';
import { Dialog } from '../../ui/Dialog';
import { nameForCopy } from './scenarioNames';
import { useReadOnly } from '../../ui/readOnly';

export const scenarioTabId = (id: string) => `scenario-tab-${id}`;
export const COVERAGE_PANEL_ID = 'coverage-plan-panel';

/** "Duplicate as scenario": copies the plan with its placements and lands on the copy. */
export function useDuplicatePlan(active: Scenario | null): () => void {
  const { t } = useTranslation('coverage');
  const scenarios = useOrdered('scenario');
  return () => {
    if (!active) return;
    const name = nameForCopy(active.name, scenarios.map((s) => s.name), (n) => t('scenario.copyName', { name: n }));
    void dispatch({ type: 'scenario.duplicate', id: active.id, newId: crypto.randomUUID(), name });
  };
}

/** The coverage plans as sheet tabs (as in Excel): switch, duplicate, rename, delete. */
export function ScenarioTabs({ active }: { active: Scenario }) {
  const { t } = useTranslation('coverage');
  const scenarios = useOrdered('scenario');
  const [renaming, setRenaming] = useState<Scenario | null>(null);
  const readOnly = useReadOnly();
  const tabs = useRef<Map<string, HTMLButtonElement>>(new Map());
  const duplicate = useDuplicatePlan(active);

  const activate = (s: Scenario) => {
    if (s.id !== active.id) void dispatch({ type: 'scenario.activate', id: s.id }, { optimistic: true });
  };
  const addEmpty = () => {
    const name = nameForCopy(scenarios[scenarios.length - 1]?.name ?? t('scenario.defaultName'), scenarios.map((s) => s.name), (n) => t('scenario.copyName', { name: n }));
    void dispatch({ type: 'scenario.add', id: crypto.randomUUID(), name });
  };
  const remove = (s: Scenario) => {
    if (scenarios.length > 1) void dispatchWithUndo({ type: 'scenario.delete', id: s.id }, t('scenario.deleted', { name: s.name }));
  };

  // Arrow keys move between tabs and switch the plan (the WAI-ARIA tabs pattern); F2 renames,
  // Delete deletes (undoable).
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step) {
      e.preventDefault();
      const next = scenarios[(index + step + scenarios.length) % scenarios.length]!;
      tabs.current.get(next.id)?.focus();
      activate(next);
    } else if (e.key === 'F2') {
      e.preventDefault();
      setRenaming(scenarios[index]!);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      remove(scenarios[index]!);
    }
  };

  // Read-only (present mode, the projector): the scenario on show, by name; switching is the facilitator's.
  if (readOnly) {
    return (
      <div className={`scenario-bar${scenarios.length === 1 ? ' is-single' : ''}`}>
        <p className="scenario-tabs">
          <span id={scenarioTabId(active.id)} className="scenario-tab as-content" aria-current="true">
            {active.name}
          </span>
        </p>
      </div>
    );
  }
  return (
    <div className={`scenario-bar${scenarios.length === 1 ? ' is-single' : ''}`}>
      <div role="tablist" aria-label={t('scenario.tabs')} className="scenario-tabs">
        {scenarios.map((s, i) => (
          <button
            key={s.id}
            ref={(el) => {
              if (el) tabs.current.set(s.id, el);
              else tabs.current.delete(s.id);
            }}
            type="button"
            role="tab"
            id={scenarioTabId(s.id)}
            aria-selected={s.id === active.id}
            aria-controls={COVERAGE_PANEL_ID}
            tabIndex={s.id === active.id ? 0 : -1}
            className="scenario-tab"
            onClick={() => activate(s)}
            onDoubleClick={() => setRenaming(s)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div className="scenario-actions" role="group" aria-label={t('scenario.actions')}>
        <button type="button" onClick={duplicate} title={t('scenario.duplicateHelp')}>
          {t('scenario.duplicate')}
        </button>
        <button type="button" onClick={addEmpty}>
          + {t('scenario.addEmpty')}
        </button>
        <button type="button" onClick={() => setRenaming(active)} aria-label={t('scenario.renameNamed', { name: active.name })}>
          ✎ {t('scenario.rename')}
        </button>
        <button
          type="button"
          onClick={() => remove(active)}
          disabled={scenarios.length < 2}
          title={scenarios.length < 2 ? t('scenario.lastOne') : undefined}
          aria-label={t('scenario.deleteNamed', { name: active.name })}
        >
          ✕ {t('scenario.delete')}
        </button>
      </div>
      {renaming && <RenameDialog scenario={renaming} onClose={() => setRenaming(null)} />}
    </div>
  );
}

function RenameDialog({ scenario, onClose }: { scenario: Scenario; onClose(): void }) {
  const { t } = useTranslation('coverage');
  const [name, setName] = useState(scenario.name);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    if (name.trim() === scenario.name) return onClose();
    const result = await dispatch({ type: 'scenario.rename', id: scenario.id, name: name.trim() });
    if (result) onClose();
  };
  return (
    <Dialog title={t('scenario.renameTitle')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{t('scenario.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required autoFocus />
        </label>
        <div className="dialog-footer">
          <button type="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('common:actions.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
