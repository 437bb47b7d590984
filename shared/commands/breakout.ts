import { z } from 'zod';
import { compareProposals, planMerge, type MergePick } from '../breakout/compare';
import { changesOf, coverageState, mainState, parseCoverageRow, parseRoutesCellKey, parseRoutesValue, setChange, type BoardState } from '../breakout/state';
import { AppError } from '../errors';
import { keysAt, keysAtExcept, sortByOrder } from '../order';
import { breakoutBoardSchema, breakoutGroupSchema, idSchema, nameSchema, type Account, type BreakoutCopy } from '../records';
import { collectionCommands } from './collection';
import { activeScenarioId, newScenario, rowsOf } from './coverage';
import { cellPlacements } from './routes';
import { defineCommand, type CommandContext, type Tx } from './define';

/** A copy's records go with it: a coverage copy's plan is the group's, not the workshop's. */
function removeCopy(tx: Tx, copy: BreakoutCopy): void {
  if (copy.scenarioId && tx.get(copy.scenarioId)?.type === 'scenario') {
    for (const c of tx.all('coverage', (c) => c.scenarioId === copy.scenarioId)) tx.remove(c.id);
    for (const a of tx.all('assumption', (a) => a.scenarioId === copy.scenarioId)) tx.remove(a.id);
    tx.remove(copy.scenarioId);
    const settings = tx.get('settings');
    if (settings?.type === 'settings' && settings.activeScenarioId === copy.scenarioId) {
      tx.put({ ...settings, activeScenarioId: copy.sourceScenarioId && tx.get(copy.sourceScenarioId) ? copy.sourceScenarioId : (sortByOrder(tx.all('scenario'))[0]?.id ?? null) });
    }
  }
  tx.remove(copy.id);
}

/** Breakout groups: breakoutGroup.add / update / delete / move. A deleted group takes its copies with it. */
export const breakoutGroupCommands = collectionCommands({
  prefix: 'breakoutGroup',
  recordType: 'breakoutGroup',
  schema: breakoutGroupSchema,
  defaults: (tx) => ({ name: `Group ${tx.all('breakoutGroup').length + 1}` }),
  onDelete: (tx, group) => {
    for (const copy of tx.all('breakoutCopy', (c) => c.groupId === group.id)) removeCopy(tx, copy);
  },
});

/** The main board's state a copy is read against (for coverage: the plan it was copied from). */
function mainOf(tx: Tx, board: BreakoutCopy['board'], scenarioId: string | null): BoardState {
  return mainState(
    board,
    { accounts: tx.all('account'), segments: tx.all('segment'), offerings: tx.all('offering'), placements: tx.all('placement'), coverage: tx.all('coverage') },
    scenarioId,
  );
}

function copyChanges(tx: Tx, copy: BreakoutCopy) {
  // A coverage copy whose plan was deleted proposes nothing (not "uncover every segment").
  const planLive = copy.scenarioId !== null && tx.get(copy.scenarioId)?.type === 'scenario';
  return changesOf(copy, copy.board === 'coverage' && planLive ? coverageState(tx.all('segment'), tx.all('coverage'), copy.scenarioId) : undefined);
}

/** A segments/routes copy's key must be a thing of the main board, its value one that board can hold. */
function checkValue(tx: Tx, copy: BreakoutCopy, key: string, to: string | null): void {
  const bad = (why: string) => new AppError('invalid_value', why, { field: 'to' });
  if (copy.board === 'segments') {
    tx.need('account', key);
    if (to === null) throw bad('A group moves accounts; it cannot delete them');
    if (to !== '') tx.need('segment', to);
  } else {
    const { segmentId, offeringId } = parseRoutesCellKey(key);
    tx.need('segment', segmentId);
    tx.need('offering', offeringId);
    if (to === null) throw bad('A routes cell cannot be deleted; leave it empty');
    for (const id of parseRoutesValue(to)) tx.need('route', id);
  }
}

/** Writes one merged value to the main board (the same records the board's own commands write). */
function writeMain(tx: Tx, ctx: CommandContext, copy: BreakoutCopy, key: string, to: string | null, movedAccounts: Map<string | null, Account[]>): void {
  if (copy.board === 'segments') {
    const account = tx.need('account', key);
    if (to === null) throw new AppError('invalid_value', 'A group cannot delete an account', { field: 'to' });
    const segmentId = to === '' ? null : tx.need('segment', to).id;
    movedAccounts.set(segmentId, [...(movedAccounts.get(segmentId) ?? []), account]);
  } else if (copy.board === 'coverage') {
    const scenarioId = copy.sourceScenarioId;
    if (!scenarioId) throw new AppError('not_found', 'The main plan of this copy is gone', { type: 'scenario', id: '' });
    tx.need('scenario', scenarioId);
    const segment = tx.need('segment', key);
    const cells = to === null ? [] : parseCoverageRow(to);
    const existing = rowsOf(tx, scenarioId, segment.id);
    for (const row of existing) if (!cells.some((c) => c.motionId === row.motionId)) tx.remove(row.id);
    for (const cell of cells) {
      tx.need('motion', cell.motionId);
      const row = existing.find((r) => r.motionId === cell.motionId);
      // A row taken whole from a valid plan is valid (one primary, shares within 100 %).
      tx.put({ id: row?.id ?? ctx.newId(), type: 'coverage', scenarioId, segmentId: segment.id, motionId: cell.motionId, role: cell.role, share: cell.share });
    }
  } else {
    const { segmentId, offeringId } = parseRoutesCellKey(key);
    tx.need('segment', segmentId);
    tx.need('offering', offeringId);
    const wanted = parseRoutesValue(to ?? '');
    for (const id of wanted) tx.need('route', id);
    const placed = cellPlacements(tx, segmentId, offeringId);
    for (const p of placed) if (!wanted.includes(p.routeId)) tx.remove(p.id);
    const kept = placed.filter((p) => wanted.includes(p.routeId));
    const adding = wanted.filter((id) => !kept.some((p) => p.routeId === id));
    const keys = keysAt(kept, kept.length, adding.length);
    adding.forEach((routeId, i) => tx.put({ id: ctx.newId(), type: 'placement', routeId, segmentId, offeringId, order: keys[i]! }));
  }
}

export const breakoutCommands = [
  ...breakoutGroupCommands,
  defineCommand({
    type: 'breakout.copy',
    schema: z.object({
      type: z.literal('breakout.copy'),
      id: idSchema.optional(),
      groupId: idSchema,
      board: breakoutBoardSchema,
      /** coverage: the id and name of the group's plan (the name is the caller's, in its language). */
      scenarioId: idSchema.optional(),
      planName: nameSchema.optional(),
    }),
    apply(tx, cmd, ctx) {
      const group = tx.need('breakoutGroup', cmd.groupId);
      const id = cmd.id ?? ctx.newId();
      if (tx.get(id)) throw new AppError('conflict', `A record with id ${id} already exists`, { id });
      if (tx.all('breakoutCopy', (c) => c.groupId === group.id && c.board === cmd.board).length > 0) {
        throw new AppError('conflict', `${group.name} already has a copy of this board`, { id: group.id });
      }
      let scenarioId: string | null = null;
      let sourceScenarioId: string | null = null;
      let base: { key: string; value: string }[] = [];
      if (cmd.board === 'coverage') {
        sourceScenarioId = activeScenarioId(tx);
        if (!sourceScenarioId) throw new AppError('not_found', 'There is no coverage plan to copy', { type: 'scenario', id: '' });
        scenarioId = cmd.scenarioId ?? ctx.newId();
        newScenario(tx, scenarioId, cmd.planName ?? group.name, sourceScenarioId);
        for (const c of tx.all('coverage', (c) => c.scenarioId === sourceScenarioId)) tx.put({ ...c, id: ctx.newId(), scenarioId });
        base = [...mainOf(tx, 'coverage', sourceScenarioId)].map(([key, value]) => ({ key, value }));
      }
      tx.put({ id, type: 'breakoutCopy', groupId: group.id, board: cmd.board, changes: [], scenarioId, sourceScenarioId, base });
    },
  }),
  defineCommand({
    type: 'breakout.set',
    schema: z.object({ type: z.literal('breakout.set'), id: idSchema, key: z.string().min(1).max(300), to: z.string().max(4000).nullable() }),
    apply(tx, cmd) {
      const copy = tx.need('breakoutCopy', cmd.id);
      if (copy.board === 'coverage') throw new AppError('invalid_value', 'A coverage copy is edited as its own plan on the coverage board', { field: 'board' });
      checkValue(tx, copy, cmd.key, cmd.to);
      tx.put({ ...copy, changes: setChange(copy.changes, mainOf(tx, copy.board, null), cmd.key, cmd.to) });
    },
  }),
  defineCommand({
    type: 'breakout.copyDelete',
    schema: z.object({ type: z.literal('breakout.copyDelete'), ids: z.array(idSchema).min(1).max(200) }),
    apply(tx, cmd) {
      for (const id of cmd.ids) removeCopy(tx, tx.need('breakoutCopy', id));
    },
  }),
  defineCommand({
    type: 'breakout.merge',
    schema: z.object({
      type: z.literal('breakout.merge'),
      picks: z.array(z.object({ key: z.string().min(1).max(300), copyId: idSchema })).min(1).max(20_000),
    }),
    apply(tx, cmd, ctx) {
      // Picks are compared against every copy of the same board (and main plan), so two groups'
      // values for one thing are caught as picked twice, whichever copies the caller named.
      const copies = new Map(cmd.picks.map((p) => [p.copyId, tx.need('breakoutCopy', p.copyId)]));
      const families = new Map<string, { copy: BreakoutCopy; picks: MergePick[] }>();
      for (const pick of cmd.picks) {
        const copy = copies.get(pick.copyId)!;
        const family = `${copy.board}:${copy.sourceScenarioId ?? ''}`;
        const entry = families.get(family) ?? { copy, picks: [] };
        entry.picks.push(pick);
        families.set(family, entry);
      }
      for (const { copy, picks } of families.values()) {
        const siblings = tx.all('breakoutCopy', (c) => c.board === copy.board && c.sourceScenarioId === copy.sourceScenarioId);
        const main = mainOf(tx, copy.board, copy.sourceScenarioId);
        const differences = compareProposals(
          main,
          siblings.map((c) => ({ copyId: c.id, groupId: c.groupId, changes: copyChanges(tx, c) })),
        );
        const plan = planMerge(differences, picks);
        if (!plan.ok) throw new AppError('invalid_value', `Cannot merge ${plan.refusal.key}: ${plan.refusal.reason}`, { reason: `merge_${plan.refusal.reason}` });
        const moved = new Map<string | null, Account[]>();
        for (const w of plan.writes) writeMain(tx, ctx, copies.get(picks.find((p) => p.key === w.key)!.copyId)!, w.key, w.to, moved);
        for (const [segmentId, accounts] of moved) {
          const keys = keysAtExcept(tx.sortedIn('account', 'segmentId', segmentId), accounts, Number.MAX_SAFE_INTEGER, accounts.length);
          accounts.forEach((a, i) => tx.put({ ...a, segmentId, order: keys[i]! }));
        }
      }
    },
  }),
] as const;
