import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BREAKOUT_BOARDS } from '../../../shared/records';
import { usePresentation } from '../../workshop/presentation';
import { useReadOnly } from '../../ui/readOnly';
import { Icon } from '../../ui/Icon';
import { BREAKOUT_PANEL_ID, COMPARE_TAB, useBreakoutPanel } from './breakoutPanel';
import { Compare } from './Compare';
import { CopyTab } from './CopyTab';
import { GroupsBar } from './GroupsBar';
import { useBreakout } from './useBreakout';
import '../facilitation.css';
import './breakout.css';

/**
 * The breakout workspace (分组研讨): the groups, one tab per group with its copy of the board, and
 * the comparison that merges chosen differences into the main board. Tabs follow the WAI-ARIA
 * pattern (arrow keys move and switch). In present mode it is the room's read-only view.
 */
export function BreakoutPanel() {
  const open = useBreakoutPanel((s) => s.open);
  return open ? <Workspace /> : null;
}

function Workspace() {
  const { t } = useTranslation('facilitation');
  const { board, tab, show, close } = useBreakoutPanel();
  // Present mode and the projector (a read-only view) show it without its editing controls.
  const presenting = usePresentation((s) => s.presenting);
  const projected = useReadOnly();
  const readOnly = projected || presenting;
  const data = useBreakout(board);
  const headingId = useId();
  const tabs = useRef(new Map<string, HTMLButtonElement>());
  const tabIds = [...data.groups.map((g) => g.id), COMPARE_TAB];
  const current = tabIds.includes(tab) ? tab : COMPARE_TAB;
  const group = data.groups.find((g) => g.id === current);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, list: readonly string[], at: number, select: (id: string) => void) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = list[(at + step + list.length) % list.length]!;
    select(next);
    tabs.current.get(next)?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  const tabId = (id: string) => `breakout-tab-${id}`;

  return (
    <section id={BREAKOUT_PANEL_ID} className="parking-lot breakout-panel" aria-labelledby={headingId} onKeyDown={onKey}>
      <header className="parking-head">
        <h2 id={headingId}>
          {t('breakout.title')}
          {/* The projector has no room for the tabs (breakout.css): the heading says what is shown. */}
          {projected && <span className="breakout-shown"> · {t(`common:boards.${board}`)} · {group ? group.name : t('breakout.compare')}</span>}
        </h2>
        <button type="button" className="icon-button" onClick={close} aria-label={t('breakout.close')} title={`${t('breakout.close')} (Esc)`}>
          <Icon name="close" />
        </button>
      </header>
      <GroupsBar groups={data.groups} readOnly={readOnly} />
      <div role="tablist" aria-label={t('breakout.boardTabs')} className="breakout-tabs">
        {BREAKOUT_BOARDS.map((b, i) => (
          <button
            key={b}
            ref={(el) => void (el ? tabs.current.set(b, el) : tabs.current.delete(b))}
            type="button"
            role="tab"
            aria-selected={b === board}
            tabIndex={b === board ? 0 : -1}
            onClick={() => show(b, current)}
            onKeyDown={(e) => onTabKey(e, BREAKOUT_BOARDS, i, (id) => show(id as typeof b, current))}
          >
            {t(`common:boards.${b}`)}
          </button>
        ))}
      </div>
      <div role="tablist" aria-label={t('breakout.versionTabs')} className="breakout-tabs is-versions">
        {tabIds.map((id, i) => {
          const g = data.groups.find((x) => x.id === id);
          return (
            <button
              key={id}
              id={tabId(id)}
              ref={(el) => void (el ? tabs.current.set(id, el) : tabs.current.delete(id))}
              type="button"
              role="tab"
              aria-selected={id === current}
              aria-controls="breakout-tabpanel"
              tabIndex={id === current ? 0 : -1}
              onClick={() => show(board, id)}
              onKeyDown={(e) => onTabKey(e, tabIds, i, (next) => show(board, next))}
            >
              {g ? g.name : t('breakout.compare')}
              {g && data.copies.has(g.id) && <span className="muted small"> · {t('breakout.hasCopy')}</span>}
            </button>
          );
        })}
      </div>
      <div id="breakout-tabpanel" role="tabpanel" aria-labelledby={tabId(current)} className="breakout-body">
        {group ? <CopyTab board={board} group={group} data={data} readOnly={readOnly} /> : <Compare board={board} data={data} readOnly={readOnly} />}
      </div>
    </section>
  );
}
