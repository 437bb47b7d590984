import { z } from 'zod';
import { AppError } from '../errors';
import { keysAt, sortByOrder } from '../order';
import {
  cellRuleId,
  idSchema,
  noteSchema,
  offeringSchema,
  PALETTE,
  ROUTE_QUESTION_COUNT,
  routeSchema,
  type Placement,
} from '../records';
import { collectionCommands } from './collection';
import { defineCommand, type Tx } from './define';

/** Offering types (the grid's columns). Deleting one takes its cells' placements and rules along. */
export const offeringCommands = collectionCommands({
  prefix: 'offering',
  recordType: 'offering',
  schema: offeringSchema,
  defaults: () => ({ name: 'New offering' }),
  onDelete: (tx, offering) => {
    for (const p of tx.all('placement', (p) => p.offeringId === offering.id)) tx.remove(p.id);
    for (const r of tx.all('cellRule', (r) => r.offeringId === offering.id)) tx.remove(r.id);
  },
});

export const routeCommands = collectionCommands({
  prefix: 'route',
  recordType: 'route',
  schema: routeSchema,
  defaults: (tx) => {
    const routes = tx.all('route');
    const number = routes.reduce((max, r) => Math.max(max, r.number), 0) + 1;
    // A new route takes a colour no route has yet, so chips stay tellable apart on the grid.
    const used = new Set(routes.map((r) => r.color.toLowerCase()));
    const color = PALETTE.find((c) => !used.has(c)) ?? PALETTE[(number - 1) % PALETTE.length]!;
    return {
      number,
      name: 'New route',
      family: 'direct' as const,
      partnerType: '',
      color,
      questions: Array.from({ length: ROUTE_QUESTION_COUNT }, () => ({ answer: '', done: false })),
      steps: { relationship: null, discovery: null, ownership: null, support: null },
      capacityNotes: '',
      motionIds: [],
    };
  },
  // A deleted route leaves every cell it served; undo brings the placements back with it.
  onDelete: (tx, route) => {
    for (const p of tx.all('placement', (p) => p.routeId === route.id)) tx.remove(p.id);
    // Opportunities sold through it keep their place on the board, with no route chosen.
    for (const o of tx.all('opportunity', (o) => o.routeId === route.id)) tx.put({ ...o, routeId: null });
  },
});

/** The routes serving one cell, in the cell's order (optionally without one placement). */
export function cellPlacements(tx: Tx, segmentId: string, offeringId: string, exceptId?: string): Placement[] {
  return sortByOrder(
    tx.all('placement', (p) => p.segmentId === segmentId && p.offeringId === offeringId && p.id !== exceptId),
  );
}

/**
 * Checks that the cell exists and that `routeId` does not serve it yet (a route is in a cell at
 * most once: twice would count as a conflict with itself). Returns the cell's name for messages.
 */
function checkCellFor(tx: Tx, routeId: string, segmentId: string, offeringId: string, exceptId?: string): void {
  const route = tx.need('route', routeId);
  const segment = tx.need('segment', segmentId);
  const offering = tx.need('offering', offeringId);
  if (cellPlacements(tx, segmentId, offeringId, exceptId).some((p) => p.routeId === routeId)) {
    throw new AppError('already_placed', `Route ${route.number} already serves ${segment.name} × ${offering.name}`, {
      route: `${route.number} ${route.name}`,
      cell: `${segment.name} · ${offering.name}`,
    });
  }
}

const cellFields = { segmentId: idSchema, offeringId: idSchema };

export const placementCommands = [
  defineCommand({
    type: 'placement.add',
    schema: z.object({
      type: z.literal('placement.add'),
      /** Optional so the renderer can add optimistically with the id the service will use. */
      id: idSchema.optional(),
      routeId: idSchema,
      ...cellFields,
      /** Position among the cell's routes; omitted = at the end. */
      index: z.number().int().min(0).optional(),
    }),
    apply(tx, cmd, ctx) {
      checkCellFor(tx, cmd.routeId, cmd.segmentId, cmd.offeringId);
      const id = cmd.id ?? ctx.newId();
      if (tx.get(id)) throw new AppError('conflict', `A record with id ${id} already exists`, { id });
      const siblings = cellPlacements(tx, cmd.segmentId, cmd.offeringId);
      const [order] = keysAt(siblings, cmd.index ?? siblings.length);
      tx.put({ id, type: 'placement', routeId: cmd.routeId, segmentId: cmd.segmentId, offeringId: cmd.offeringId, order: order! });
    },
  }),
  defineCommand({
    type: 'placement.move',
    schema: z.object({
      type: z.literal('placement.move'),
      id: idSchema,
      ...cellFields,
      /** Position in the target cell without the moved placement. */
      index: z.number().int().min(0),
    }),
    apply(tx, cmd) {
      const p = tx.need('placement', cmd.id);
      checkCellFor(tx, p.routeId, cmd.segmentId, cmd.offeringId, p.id);
      const [order] = keysAt(cellPlacements(tx, cmd.segmentId, cmd.offeringId, p.id), cmd.index);
      tx.put({ ...p, segmentId: cmd.segmentId, offeringId: cmd.offeringId, order: order! });
    },
  }),
  defineCommand({
    type: 'placement.remove',
    schema: z.object({ type: z.literal('placement.remove'), ids: z.array(idSchema).min(1).max(10_000) }),
    apply(tx, cmd) {
      for (const id of cmd.ids) {
        tx.need('placement', id);
        tx.remove(id);
      }
    },
  }),
] as const;

export const cellRuleCommands = [
  defineCommand({
    type: 'cellRule.set',
    schema: z.object({
      type: z.literal('cellRule.set'),
      ...cellFields,
      /** The rule of engagement; blank text removes the rule (a blank rule resolves nothing). */
      rule: noteSchema,
    }),
    apply(tx, cmd) {
      tx.need('segment', cmd.segmentId);
      tx.need('offering', cmd.offeringId);
      const id = cellRuleId(cmd.segmentId, cmd.offeringId);
      const rule = cmd.rule.trim();
      if (rule === '') tx.remove(id);
      else tx.put({ id, type: 'cellRule', segmentId: cmd.segmentId, offeringId: cmd.offeringId, rule });
    },
  }),
] as const;

/** Every command of the routes board. Rows are hidden with segment.update {hiddenInRoutes}. */
export const routesCommands = [...offeringCommands, ...routeCommands, ...placementCommands, ...cellRuleCommands] as const;
