import { DndContext, DragOverlay, pointerWithin } from '@dnd-kit/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey } from '../../../shared/calc/routes';
import type { Placement } from '../../../shared/records';
import { hrefFor } from '../../app/router';
import { dispatch, dispatchWithUndo } from '../../state/actions';
import { useOrdered } from '../../state/selectors';
import { useWorkshop } from '../../state/workshopStore';
import { AddRouteDialog } from './AddRouteDialog';
import { BoardActionsContext, type BoardActions } from './boardContext';
import { CellRuleDialog } from './CellRuleDialog';
import { FindingsPanel } from './FindingsPanel';
import { gridQueries, type GridPos } from './gridQueries';
import { Menu, type MenuRequest } from './Menu';
import { RouteChipOverlay } from './RouteChipView';
import { RouteEditor } from './RouteEditor';
import { RoutePalette } from './RoutePalette';
import { cellElement, RoutesGrid } from './RoutesGrid';
import { useKeyboardLift } from './useKeyboardLift';
import { usePointerDrag } from './usePointerDrag';
import { useRoutesData } from './useRoutesData';
import './routes.css';

type OpenDialog =
  | { kind: 'add'; segmentId: string; offeringId: string }
  | { kind: 'rule'; segmentId: string; offeringId: string }
  | { kind: 'route'; routeId: string; question?: number | undefined; number?: boolean };

/**
 * Board 3, routes to market: "who sells what to whom". Customer tiers × offering types; each cell
 * lists the routes that serve it; the analysis (gaps, conflicts, open questions, the target)
 * is live on the grid and in the findings list. Every change is one command; the board keeps
 * only view state (the current cell, a route being moved, open dialogs).
 */
export function RoutesBoard() {
  const { t } = useTranslation('routes');
  const workshopId = useWorkshop((s) => s.workshop!.id);
  const data = useRoutesData();
  const { analysis, routes, offerings } = data;
  const routeList = useOrdered('route');
  const { rows, columns, cells } = analysis;
  const q = gridQueries(analysis, data, t);

  const tableRef = useRef<HTMLTableElement | null>(null);
  const [activeRaw, setActive] = useState<GridPos>({ r: 1, c: 1 });
  // The grid shrinks when rows are hidden or columns deleted: keep the current cell inside it.
  const active = { r: Math.min(activeRaw.r, rows.length), c: Math.min(activeRaw.c, columns.length) };
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [findingsOpen, setFindingsOpen] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  /** A chip that takes focus when it appears in its new place (after a keyboard move). */
  const pendingFocus = useRef<string | null>(null);

  const focusPos = (pos: GridPos, block: ScrollLogicalPosition = 'nearest') => {
    setActive(pos);
    requestAnimationFrame(() => {
      const el = cellElement(tableRef.current, pos);
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block, inline: 'nearest' });
    });
  };
  const removePlacement = (p: Placement, returnFocusTo: HTMLElement | null) => {
    void dispatchWithUndo({ type: 'placement.remove', ids: [p.id] }, t('removed', { route: q.nameOfRoute(p.routeId), cell: q.nameOfCell(p.segmentId, p.offeringId) }));
    returnFocusTo?.focus();
  };

  const keyboard = useKeyboardLift({
    analysis,
    q,
    active,
    announce: setAnnouncement,
    onMoved: (placementId, pos) => {
      pendingFocus.current = placementId;
      setActive(pos);
    },
    scrollTo: (pos) => cellElement(tableRef.current, pos)?.scrollIntoView({ block: 'nearest', inline: 'nearest' }),
  });
  const pointer = usePointerDrag({ q, onRemove: (p) => removePlacement(p, null), onStart: keyboard.cancelLift });

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

  /**
   * A cell's dialog closed: focus goes back to the cell (the button that opened it may be gone: a
   * gap closed). It must wait until the modal has closed: while it is open the grid is inert.
   */
  const focusAfterDialog = useRef<GridPos | null>(null);
  const closeCellDialog = (segmentId: string, offeringId: string) => {
    const pos = q.posOf(segmentId, offeringId);
    focusAfterDialog.current = pos.r > 0 && pos.c > 0 ? pos : null;
    setDialog(null);
  };
  useEffect(() => {
    const pos = focusAfterDialog.current;
    if (dialog || !pos) return;
    focusAfterDialog.current = null;
    setActive(pos);
    cellElement(tableRef.current, pos)?.focus();
  }, [dialog]);

  const impl: BoardActions = {
    openAdd: (segmentId, offeringId) => setDialog({ kind: 'add', segmentId, offeringId }),
    openRule: (segmentId, offeringId) => setDialog({ kind: 'rule', segmentId, offeringId }),
    editRoute: (routeId, question) => setDialog({ kind: 'route', routeId, question }),
    removePlacement,
    lift: keyboard.lift,
    liftedKeyDown: keyboard.liftedKeyDown,
    cancelLift: keyboard.cancelLift,
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

  const ghost = keyboard.ghost ?? pointer.preview;
  const drag = pointer.drag;
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
          sensors={pointer.sensors}
          collisionDetection={pointerWithin}
          onDragStart={pointer.onDragStart}
          onDragMove={pointer.onDragMove}
          onDragEnd={pointer.onDragEnd}
          onDragCancel={pointer.onDragCancel}
          accessibility={{ announcements: pointer.announcements, screenReaderInstructions: { draggable: t('kb.instructions') } }}
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
                  liftedPlacementId={keyboard.lifted?.placementId ?? drag?.placementId ?? null}
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
              <RoutePalette
                routes={routeList}
                cellsServed={analysis.cellsServed}
                duplicateRouteIds={analysis.duplicateRouteIds}
                liftedRouteId={keyboard.lifted && keyboard.lifted.placementId === null ? keyboard.lifted.routeId : null} onAdd={() => void addRoute()} />
            </div>
            {findingsOpen && (
              <div id="routes-findings" className="findings-column">
                <FindingsPanel
                  analysis={analysis}
                  routes={routes}
                  segments={data.segments}
                  offerings={offerings}
                  onCell={(s, o) => focusPos(q.posOf(s, o), 'center')}
                  onRoute={(routeId, question) => setDialog({ kind: 'route', routeId, question })}
                  onRouteNumber={(routeId) => setDialog({ kind: 'route', routeId, number: true })}
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
            cellName={q.nameOfCell(dialog.segmentId, dialog.offeringId)}
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
            cellName={q.nameOfCell(dialog.segmentId, dialog.offeringId)}
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
            plan={data.plan}
            capacity={analysis.capacity.find((c) => c.route.id === editing.id)}
            focusQuestion={dialog?.kind === 'route' ? dialog.question : undefined}
            focusNumber={dialog?.kind === 'route' && dialog.number === true}
            onClose={() => setDialog(null)}
          />
        )}
      </section>
    </BoardActionsContext.Provider>
  );
}
