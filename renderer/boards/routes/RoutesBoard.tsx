import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey } from '../../../shared/calc/routes';
import type { Placement } from '../../../shared/records';
import { hrefFor } from '../../app/router';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useOrdered } from '../../state/selectors';
import { useWorkshop } from '../../state/workshopStore';
import { AddRouteDialog } from './AddRouteDialog';
import { BoardActionsContext, type BoardActions, type Ghost, type Lifted } from './boardContext';
import { CellRuleDialog } from './CellRuleDialog';
import { dropIndexAt } from './dropIndex';
import { FindingsPanel } from './FindingsPanel';
import { isMoveKey, stepTarget, type DropTarget } from './keyboardMove';
import { cellLabel, routeLabel } from './labels';
import { Menu, type MenuRequest } from './Menu';
import { RouteChipOverlay } from './RouteChipView';
import { RouteEditor } from './RouteEditor';
import { RoutePalette } from './RoutePalette';
import { cellElement, RoutesGrid, type GridPos } from './RoutesGrid';
import { useRoutesData } from './useRoutesData';
import './routes.css';

type OpenDialog =
  | { kind: 'add'; segmentId: string; offeringId: string }
  | { kind: 'rule'; segmentId: string; offeringId: string }
  | { kind: 'route'; routeId: string; question?: number | undefined };

/** What a pointer drag carries: a route from the palette (placementId null) or a chip from a cell. */
interface DragData {
  routeId: string;
  placementId: string | null;
}

/**
 * Board 3, routes to market: "who sells what to whom". Customer tiers × offering types; each cell
 * lists the routes that serve it; the analysis (gaps, conflicts, open questions, the target)
 * is live on the grid and in the findings list. Every change is one command.
 */
export function RoutesBoard() {
  const { t } = useTranslation('routes');
  const workshopId = useWorkshop((s) => s.workshop!.id);
  const { analysis, routes, segments, offerings } = useRoutesData();
  const routeList = useOrdered('route');
  const { rows, columns, cells } = analysis;

  const tableRef = useRef<HTMLTableElement | null>(null);
  const [activeRaw, setActive] = useState<GridPos>({ r: 1, c: 1 });
  // The grid shrinks when rows are hidden or columns deleted: keep the current cell inside it.
  const active = { r: Math.min(activeRaw.r, rows.length), c: Math.min(activeRaw.c, columns.length) };
  const [lifted, setLiftedState] = useState<Lifted | null>(null);
  const liftedRef = useRef<Lifted | null>(null);
  const [drag, setDrag] = useState<(DragData & { copy: boolean }) | null>(null);
  const [preview, setPreview] = useState<{ key: string; ghost: Ghost } | null>(null);
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [findingsOpen, setFindingsOpen] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const copyHeld = useRef(false);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
  );

  const setLifted = (next: Lifted | null) => {
    liftedRef.current = next;
    setLiftedState(next);
  };
  const nameOfCell = (segmentId: string, offeringId: string) =>
    cellLabel(t, segments.get(segmentId)?.name ?? '', offerings.get(offeringId)?.name ?? '');
  const nameOfRoute = (routeId: string) => {
    const r = routes.get(routeId);
    return r ? routeLabel(t, r) : '';
  };
  const placementsIn = (segmentId: string, offeringId: string) => cells.get(cellKey(segmentId, offeringId))?.placements ?? [];
  /** The route already serves that cell (through another placement than the moving one). */
  const refusedAt = (routeId: string, segmentId: string, offeringId: string, movingId: string | null) =>
    placementsIn(segmentId, offeringId).some((p) => p.routeId === routeId && p.id !== movingId);
  const posOf = (segmentId: string, offeringId: string): GridPos => ({
    r: rows.findIndex((s) => s.id === segmentId) + 1,
    c: columns.findIndex((o) => o.id === offeringId) + 1,
  });
  const focusPos = (pos: GridPos, block: ScrollLogicalPosition = 'nearest') => {
    setActive(pos);
    requestAnimationFrame(() => {
      const el = cellElement(tableRef.current, pos);
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block, inline: 'nearest' });
    });
  };

  // ---- keyboard moves: Space picks a route up, arrows move it, Space drops, Esc cancels ----
  const announceTarget = (l: Lifted) => {
    const { segmentId, offeringId, index } = l.target;
    const route = nameOfRoute(l.routeId);
    const cell = nameOfCell(segmentId, offeringId);
    if (refusedAt(l.routeId, segmentId, offeringId, l.placementId)) return t('kb.overTaken', { route, cell });
    const count = placementsIn(segmentId, offeringId).filter((p) => p.id !== l.placementId).length + 1;
    return t('kb.over', { route, cell, position: index + 1, count });
  };
  const lift = (routeId: string, placementId: string | null) => {
    let target: DropTarget;
    if (placementId) {
      const here = [...cells.values()].find((c) => c.placements.some((p) => p.id === placementId));
      if (!here) return;
      target = { segmentId: here.segmentId, offeringId: here.offeringId, index: here.placements.findIndex((p) => p.id === placementId) };
    } else {
      const row = rows[Math.max(active.r, 1) - 1];
      const col = columns[Math.max(active.c, 1) - 1];
      if (!row || !col) {
        setAnnouncement(t('kb.noCells'));
        return;
      }
      target = { segmentId: row.id, offeringId: col.id, index: placementsIn(row.id, col.id).length };
    }
    const next = { routeId, placementId, target };
    setLifted(next);
    setAnnouncement(`${t('kb.lifted', { route: nameOfRoute(routeId) })} ${announceTarget(next)} ${t('kb.howTo')}`);
  };
  const cancelLift = () => {
    const l = liftedRef.current;
    if (!l) return;
    setLifted(null);
    setAnnouncement(t('kb.cancelled', { route: nameOfRoute(l.routeId) }));
  };
  const drop = (copy: boolean) => {
    const l = liftedRef.current;
    if (!l) return;
    const { segmentId, offeringId, index } = l.target;
    const route = nameOfRoute(l.routeId);
    const cell = nameOfCell(segmentId, offeringId);
    if (refusedAt(l.routeId, segmentId, offeringId, copy ? null : l.placementId)) {
      setAnnouncement(t('kb.refused', { route, cell }));
      return; // still lifted: move on to another cell or press Esc
    }
    setLifted(null);
    if (l.placementId === null || copy) {
      void dispatch({ type: 'placement.add', id: crypto.randomUUID(), routeId: l.routeId, segmentId, offeringId, index }, { optimistic: true });
      setAnnouncement(t(l.placementId === null ? 'kb.added' : 'kb.copied', { route, cell }));
      return;
    }
    const from = placementsIn(segmentId, offeringId).findIndex((p) => p.id === l.placementId);
    if (from === index) {
      setAnnouncement(t('kb.unchanged', { route, cell }));
      return;
    }
    pendingFocus.current = l.placementId;
    setActive(posOf(segmentId, offeringId));
    void dispatch({ type: 'placement.move', id: l.placementId, segmentId, offeringId, index }, { optimistic: true });
    setAnnouncement(t('kb.moved', { route, cell, position: index + 1 }));
  };
  const liftedKeyDown = (e: KeyboardEvent) => {
    const l = liftedRef.current;
    if (!l) return;
    e.preventDefault();
    e.stopPropagation();
    if (isMoveKey(e.key)) {
      const shape = {
        rows: rows.map((s) => s.id),
        cols: columns.map((o) => o.id),
        count: (s: string, o: string) => placementsIn(s, o).filter((p) => p.id !== l.placementId).length,
      };
      const target = stepTarget(shape, l.target, e.key);
      if (!target) {
        setAnnouncement(t('kb.edge'));
        return;
      }
      const next = { ...l, target };
      setLifted(next);
      setAnnouncement(announceTarget(next));
      cellElement(tableRef.current, posOf(target.segmentId, target.offeringId))?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else if (e.key === ' ' || e.key === 'Enter') {
      drop(e.ctrlKey || e.metaKey || e.altKey);
    } else if (e.key === 'Escape') {
      cancelLift();
    }
  };

  // ---- pointer and touch drags (dnd-kit) ----
  const dropAt = (e: DragMoveEvent | DragEndEvent, data: DragData, copy: boolean): { key: string; segmentId: string; offeringId: string; index: number; refused: boolean } | null => {
    const over = e.over;
    if (!over || over.id === 'palette') return null;
    const { segmentId, offeringId } = over.data.current as { segmentId: string; offeringId: string };
    const key = String(over.id);
    const start = getEventCoordinates(e.activatorEvent);
    const cellEl = document.querySelector(`[data-cell-key="${CSS.escape(key)}"]`);
    let index = 0;
    if (start && cellEl) {
      const chips = [...cellEl.querySelectorAll<HTMLElement>('.chip-wrap[data-placement-id]')]
        .filter((el) => el.dataset.placementId !== data.placementId)
        .map((el) => el.getBoundingClientRect());
      index = dropIndexAt({ x: start.x + e.delta.x, y: start.y + e.delta.y }, chips);
    }
    const refused = refusedAt(data.routeId, segmentId, offeringId, copy ? null : data.placementId);
    return { key, segmentId, offeringId, index, refused };
  };
  const onDragStart = ({ active: a }: DragStartEvent) => {
    if (liftedRef.current) cancelLift();
    copyHeld.current = false;
    setDrag({ ...(a.data.current as DragData), copy: false });
  };
  const onDragMove = (e: DragMoveEvent) => {
    if (!drag) return;
    const copy = drag.placementId !== null && copyHeld.current;
    if (copy !== drag.copy) setDrag({ ...drag, copy });
    const at = dropAt(e, drag, copy);
    const next = at ? { key: at.key, ghost: { index: at.index, routeId: drag.routeId, copy, refused: at.refused } } : null;
    const same =
      next === preview ||
      (next && preview && next.key === preview.key && next.ghost.index === preview.ghost.index && next.ghost.copy === preview.ghost.copy && next.ghost.refused === preview.ghost.refused);
    if (!same) setPreview(next);
  };
  const endDrag = () => {
    setDrag(null);
    setPreview(null);
  };
  const onDragEnd = (e: DragEndEvent) => {
    const data = e.active.data.current as DragData;
    const copy = data.placementId !== null && copyHeld.current;
    endDrag();
    if (e.over?.id === 'palette') {
      const p = data.placementId ? findPlacement(data.placementId) : undefined;
      if (p) removePlacement(p, null);
      return;
    }
    const at = dropAt(e, data, copy);
    if (!at) return;
    if (data.placementId === null || copy) {
      void dispatch({ type: 'placement.add', id: crypto.randomUUID(), routeId: data.routeId, segmentId: at.segmentId, offeringId: at.offeringId, index: at.index }, { optimistic: true });
    } else {
      const from = placementsIn(at.segmentId, at.offeringId).findIndex((p) => p.id === data.placementId);
      if (from === at.index) return;
      void dispatch({ type: 'placement.move', id: data.placementId, segmentId: at.segmentId, offeringId: at.offeringId, index: at.index }, { optimistic: true });
    }
  };
  // Ctrl, Alt or Cmd held during a drag copies the chip instead of moving it (as in PowerPoint).
  useEffect(() => {
    if (!drag) return;
    const track = (e: KeyboardEvent | PointerEvent | globalThis.KeyboardEvent) => {
      copyHeld.current = e.ctrlKey || e.altKey || e.metaKey;
    };
    window.addEventListener('keydown', track);
    window.addEventListener('keyup', track);
    window.addEventListener('pointermove', track);
    return () => {
      window.removeEventListener('keydown', track);
      window.removeEventListener('keyup', track);
      window.removeEventListener('pointermove', track);
    };
  }, [drag]);

  const dragRoute = (id: unknown) => {
    const s = String(id);
    return s.startsWith('palette:') ? s.slice('palette:'.length) : findPlacement(s.slice('chip:'.length))?.routeId;
  };
  const overName = (over: { id: unknown; data: { current?: unknown } } | null) => {
    if (!over) return null;
    if (over.id === 'palette') return t('palette.name');
    const d = over.data.current as { segmentId: string; offeringId: string };
    return nameOfCell(d.segmentId, d.offeringId);
  };
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('dnd.pickedUp', { route: nameOfRoute(dragRoute(a.id) ?? '') }),
    onDragOver: ({ active: a, over }) => {
      const where = overName(over);
      return where ? t('dnd.over', { route: nameOfRoute(dragRoute(a.id) ?? ''), cell: where }) : t('dnd.outside');
    },
    onDragEnd: ({ active: a, over }) => {
      const where = overName(over);
      return where ? t('dnd.dropped', { route: nameOfRoute(dragRoute(a.id) ?? ''), cell: where }) : t('dnd.cancelled', { route: nameOfRoute(dragRoute(a.id) ?? '') });
    },
    onDragCancel: ({ active: a }) => t('dnd.cancelled', { route: nameOfRoute(dragRoute(a.id) ?? '') }),
  };

  // ---- commands the board sends ----
  function findPlacement(id: string): Placement | undefined {
    for (const c of cells.values()) {
      const p = c.placements.find((x) => x.id === id);
      if (p) return p;
    }
    return undefined;
  }
  function removePlacement(p: Placement, returnFocusTo: HTMLElement | null) {
    void dispatchWithUndo({ type: 'placement.remove', ids: [p.id] }, t('removed', { route: nameOfRoute(p.routeId), cell: nameOfCell(p.segmentId, p.offeringId) }));
    returnFocusTo?.focus();
  }
  const addOffering = async () => {
    const id = crypto.randomUUID();
    const r = await dispatch({ type: 'offering.add', id, values: { name: t('newOffering') } });
    if (r) setRenamingId(id);
  };
  const addRoute = async () => {
    const id = crypto.randomUUID();
    const r = await dispatch({ type: 'route.add', id, values: { name: t('newRoute') } });
    if (r) setDialog({ kind: 'route', routeId: id });
  };
  const moveOffering = (offeringId: string, by: -1 | 1) => {
    const i = columns.findIndex((o) => o.id === offeringId);
    const to = i + by;
    if (i < 0 || to < 0 || to >= columns.length) return;
    void dispatch({ type: 'offering.move', id: offeringId, index: to }, { optimistic: true });
    focusPos({ r: 0, c: to + 1 });
  };
  const deleteOffering = (offeringId: string) => {
    const o = offerings.get(offeringId);
    if (!o) return;
    void dispatchWithUndo({ type: 'offering.delete', ids: [offeringId] }, t('offeringDeleted', { name: o.name }));
  };
  const setRowHidden = (segmentId: string, hidden: boolean) => {
    void dispatch({ type: 'segment.update', id: segmentId, patch: { hiddenInRoutes: hidden } });
    if (hidden) focusPos({ r: Math.max(1, Math.min(active.r, rows.length - 1)), c: 0 });
  };

  /** A cell's dialog closed: focus goes back to the cell (its button may be gone: a gap closed). */
  const closeCellDialog = (segmentId: string, offeringId: string) => {
    setDialog(null);
    const pos = posOf(segmentId, offeringId);
    if (pos.r > 0 && pos.c > 0) focusPos(pos);
  };

  const impl: BoardActions = {
    openAdd: (segmentId, offeringId) => setDialog({ kind: 'add', segmentId, offeringId }),
    openRule: (segmentId, offeringId) => setDialog({ kind: 'rule', segmentId, offeringId }),
    editRoute: (routeId, question) => setDialog({ kind: 'route', routeId, question }),
    removePlacement,
    lift,
    liftedKeyDown,
    cancelLift,
    openMenu: setMenu,
    takeFocus: (id) => {
      if (pendingFocus.current !== id) return false;
      pendingFocus.current = null;
      return true;
    },
    setRowHidden,
    startRename: setRenamingId,
    moveOffering,
    deleteOffering,
  };
  // Cells and chips get one stable object that always calls this render's functions, so a memoised
  // cell re-renders for its own data only.
  const latest = useRef(impl);
  useEffect(() => {
    latest.current = impl;
  });
  const [actions] = useState<BoardActions>(
    () => new Proxy({} as BoardActions, { get: (_, key) => (...args: unknown[]) => (latest.current[key as keyof BoardActions] as (...a: unknown[]) => unknown)(...args) }),
  );

  const ghost = lifted
    ? {
        key: cellKey(lifted.target.segmentId, lifted.target.offeringId),
        ghost: {
          index: lifted.target.index,
          routeId: lifted.routeId,
          copy: false,
          refused: refusedAt(lifted.routeId, lifted.target.segmentId, lifted.target.offeringId, lifted.placementId),
        },
      }
    : preview;
  const dragged = drag ? routes.get(drag.routeId) : undefined;
  const dialogCell = dialog && dialog.kind !== 'route' ? cells.get(cellKey(dialog.segmentId, dialog.offeringId)) : undefined;
  const editing = dialog?.kind === 'route' ? routes.get(dialog.routeId) : undefined;
  const hasGrid = rows.length > 0 && columns.length > 0;

  return (
    <BoardActionsContext.Provider value={actions}>
      <section className="board routes-board" aria-labelledby="routes-title">
        <header className="board-header">
          <h2 id="routes-title">
            {t('title')} <span className="muted small">{t('subtitle')}</span>
          </h2>
          <button type="button" onClick={() => void addOffering()}>
            + {t('addOffering')}
          </button>
          <button type="button" onClick={() => void addRoute()}>
            + {t('addRouteCard')}
          </button>
          <button type="button" aria-expanded={findingsOpen} aria-controls="routes-findings" onClick={() => setFindingsOpen((o) => !o)}>
            {findingsOpen ? t('findings.hide') : t('findings.show')}
          </button>
        </header>
        <DndContext
          sensors={sensors}
          collisionDetection={pointerWithin}
          onDragStart={onDragStart}
          onDragMove={onDragMove}
          onDragEnd={onDragEnd}
          onDragCancel={endDrag}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('kb.instructions') } }}
        >
          <div className={`routes-layout${findingsOpen ? ' with-findings' : ''}`}>
            <div className="routes-main">
              {hasGrid ? (
                <RoutesGrid
                  analysis={analysis}
                  routes={routes}
                  active={active}
                  onActive={setActive}
                  ghost={ghost}
                  liftedPlacementId={lifted?.placementId ?? drag?.placementId ?? null}
                  renamingId={renamingId}
                  onRenameDone={() => setRenamingId(null)}
                  tableRef={tableRef}
                />
              ) : (
                <div className="empty-state">
                  {rows.length === 0 ? (
                    <>
                      <p>{analysis.hiddenRows.length > 0 ? t('empty.allHidden') : t('empty.noSegments')}</p>
                      {analysis.hiddenRows.length === 0 && <a href={hrefFor({ view: 'workshop', workshopId, board: 'segments' })}>{t('empty.toSegments')} →</a>}
                    </>
                  ) : (
                    <>
                      <p>{t('empty.noOfferings')}</p>
                      <button type="button" className="primary" onClick={() => void addOffering()}>
                        + {t('addOffering')}
                      </button>
                    </>
                  )}
                </div>
              )}
              {analysis.hiddenRows.length > 0 && (
                <p className="hidden-rows">
                  <span className="muted">{t('hiddenRows')}</span>
                  {analysis.hiddenRows.map((s) => (
                    <button key={s.id} type="button" onClick={() => setRowHidden(s.id, false)} aria-label={t('showRow', { name: s.name })}>
                      {s.name} · {t('show')}
                    </button>
                  ))}
                </p>
              )}
              <RoutePalette routes={routeList} cellsServed={analysis.cellsServed} liftedRouteId={lifted && lifted.placementId === null ? lifted.routeId : null} onAdd={() => void addRoute()} />
            </div>
            {findingsOpen && (
              <div id="routes-findings" className="findings-column">
                <FindingsPanel
                  analysis={analysis}
                  routes={routes}
                  segments={segments}
                  offerings={offerings}
                  onCell={(s, o) => focusPos(posOf(s, o), 'center')}
                  onRoute={(routeId, question) => setDialog({ kind: 'route', routeId, question })}
                />
              </div>
            )}
          </div>
          <DragOverlay dropAnimation={null}>{dragged ? <RouteChipOverlay route={dragged} copy={drag?.copy ?? false} copyLabel={t('copy')} /> : null}</DragOverlay>
        </DndContext>
        <div className="sr-only" role="status" aria-live="assertive" aria-atomic="true" aria-label={t('kb.region')}>
          {announcement}
        </div>
        {menu && <Menu request={menu} onClose={() => setMenu(null)} />}
        {dialog?.kind === 'add' && (
          <AddRouteDialog
            segmentId={dialog.segmentId}
            offeringId={dialog.offeringId}
            cellName={nameOfCell(dialog.segmentId, dialog.offeringId)}
            routes={routeList}
            present={new Set(dialogCell?.placements.map((p) => p.routeId) ?? [])}
            onClose={() => closeCellDialog(dialog.segmentId, dialog.offeringId)}
            onNewRoute={() => void addRoute()}
          />
        )}
        {dialog?.kind === 'rule' && (
          <CellRuleDialog
            segmentId={dialog.segmentId}
            offeringId={dialog.offeringId}
            cellName={nameOfCell(dialog.segmentId, dialog.offeringId)}
            rule={dialogCell?.rule ?? ''}
            routes={(dialogCell?.placements ?? []).flatMap((p) => routes.get(p.routeId) ?? [])}
            onClose={() => closeCellDialog(dialog.segmentId, dialog.offeringId)}
          />
        )}
        {editing && (
          <RouteEditor
            key={editing.id}
            route={editing}
            otherNumbers={new Set(routeList.filter((r) => r.id !== editing.id).map((r) => r.number))}
            cellsServed={analysis.cellsServed.get(editing.id) ?? 0}
            focusQuestion={dialog?.kind === 'route' ? dialog.question : undefined}
            onClose={() => setDialog(null)}
          />
        )}
      </section>
    </BoardActionsContext.Provider>
  );
}
