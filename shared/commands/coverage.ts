import { z } from 'zod';
import { AppError } from '../errors';
import { keysAt, sortByOrder } from '../order';
import { assumptionFields, defaultAssumption } from '../calc/assumptions';
import {
  ASSUMPTION_FIELDS,
  DEFAULT_QUOTA_FLOOR,
  assumptionId,
  assumptionSchema,
  idSchema,
  motionSchema,
  nameSchema,
  percentSchema,
  scenarioSchema,
  SETTINGS_ID,
  type Assumption,
  type AssumptionFields,
  type Coverage,
  type Motion,
  type Settings,
} from '../records';
import { collectionCommands, type FieldsOf } from './collection';
import { defineCommand, type Tx } from './define';

/* ------------------------------------------------------------------------------------------
 * Motions: the board's columns. A motion is the same in every plan (name, drive, notes); what a
 * plan ASSUMES about it (capacity, cost, team, limits, thresholds, quotas) is an `assumption`
 * record of that plan (issue 11), so a what-if in plan B never moves plan A.
 * Add and update are written here (not taken from collectionCommands) so that one command sets
 * both the motion and its assumptions in one undo step, and so a capacity of 0 or less gets its
 * own clear message instead of the generic "invalid value": people = accounts ÷ capacity, so the
 * room must know why it was refused.
 * ---------------------------------------------------------------------------------------- */

const MOTION_DEFAULTS: FieldsOf<'motion'> = {
  name: 'New motion',
  drive: 'transaction',
  notes: '',
};

/** Fields a motion command may carry: the motion's own and the plan's assumptions about it. */
const motionValues = motionSchema
  .omit({ id: true, type: true, order: true })
  .extend(assumptionSchema.omit({ id: true, type: true, scenarioId: true, motionId: true }).shape)
  // Capacity is any number here so apply can explain a refusal.
  .extend({ capacity: z.number().finite() })
  .partial();
type MotionValues = z.infer<typeof motionValues>;

function splitValues(values: MotionValues = {}): { own: Partial<FieldsOf<'motion'>>; assumed: Partial<AssumptionFields> } {
  const own: Record<string, unknown> = {};
  const assumed: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if ((ASSUMPTION_FIELDS as readonly string[]).includes(k)) assumed[k] = v;
    else own[k] = v;
  }
  return { own: own as Partial<FieldsOf<'motion'>>, assumed: assumed as Partial<AssumptionFields> };
}

function invalid(parsed: { error: z.ZodError }): never {
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  throw new AppError('invalid_value', `${field}: ${issue?.message ?? 'invalid'}`, { field });
}

function checkedMotion(value: Motion): Motion {
  const parsed = motionSchema.safeParse(value);
  if (!parsed.success) invalid(parsed);
  return parsed.data;
}

function checkedAssumption(value: Assumption, motionName: string): Assumption {
  if (!(value.capacity > 0)) {
    throw new AppError('capacity_not_positive', `Capacity of motion "${motionName}" must be more than 0`, {
      motion: motionName,
      field: 'capacity',
    });
  }
  const parsed = assumptionSchema.safeParse(value);
  if (!parsed.success) invalid(parsed);
  return parsed.data;
}

/** Writes one plan's assumptions about one motion (creating the record if the plan had none). */
function putAssumption(tx: Tx, scenarioId: string, motion: Motion, patch: Partial<AssumptionFields>, base?: AssumptionFields): void {
  const id = assumptionId(scenarioId, motion.id);
  const current = tx.get(id);
  const fields = current?.type === 'assumption' ? current : (base ?? defaultAssumption(motion.drive));
  tx.put(checkedAssumption({ ...fields, ...patch, id, type: 'assumption', scenarioId, motionId: motion.id }, motion.name));
}

/** The plan commands edit by default: the one on screen (as on the board). */
export function activeScenarioId(tx: Tx): string | null {
  const active = settingsOf(tx).activeScenarioId;
  if (active && tx.get(active)?.type === 'scenario') return active;
  return sortByOrder(tx.all('scenario'))[0]?.id ?? null;
}

/** A segment's placements in one scenario whose primary was removed: the largest overlay takes over. */
function promoteIfNoPrimary(tx: Tx, scenarioId: string, segmentId: string): void {
  const rows = rowsOf(tx, scenarioId, segmentId);
  if (rows.length === 0 || rows.some((r) => r.role === 'primary')) return;
  // Ties go to the motion further left on the board, so the choice is predictable.
  const motionOrder = (c: Coverage) => (tx.get(c.motionId) as Motion | undefined)?.order ?? '';
  const next = [...rows].sort((a, b) => b.share - a.share || (motionOrder(a) < motionOrder(b) ? -1 : 1))[0]!;
  tx.put({ ...next, role: 'primary' });
}

const motionCollection = collectionCommands({
  prefix: 'motion',
  recordType: 'motion',
  schema: motionSchema,
  defaults: () => MOTION_DEFAULTS,
  // A deleted motion takes its placements (in every scenario) with it; a segment that loses its
  // primary this way gets its largest overlay as the new primary. Undo brings all of it back.
  onDelete: (tx, motion) => {
    for (const a of tx.all('assumption', (a) => a.motionId === motion.id)) tx.remove(a.id);
    // Routes staffed by it lose the link (question 4 then shows the motions that remain).
    for (const r of tx.all('route', (r) => r.motionIds.includes(motion.id))) {
      tx.put({ ...r, motionIds: r.motionIds.filter((id) => id !== motion.id) });
    }
    const gone = tx.all('coverage', (c) => c.motionId === motion.id);
    for (const c of gone) tx.remove(c.id);
    for (const c of gone) promoteIfNoPrimary(tx, c.scenarioId, c.segmentId);
  },
});
const [, , motionDelete, motionMove] = motionCollection;

export const motionCommands = [
  defineCommand({
    type: 'motion.add',
    schema: z.object({
      type: z.literal('motion.add'),
      id: idSchema.optional(),
      /** Position among the motions; omitted = at the end. */
      index: z.number().int().min(0).optional(),
      values: motionValues.optional(),
    }),
    apply(tx, cmd, ctx) {
      const id = cmd.id ?? ctx.newId();
      if (tx.get(id)) throw new AppError('conflict', `A record with id ${id} already exists`, { id });
      const list = sortByOrder(tx.all('motion'));
      const [order] = keysAt(list, cmd.index ?? list.length);
      const { own, assumed } = splitValues(cmd.values);
      const motion = checkedMotion({ ...MOTION_DEFAULTS, ...own, id, type: 'motion', order: order! });
      tx.put(motion);
      // A new motion starts with the same assumptions in every plan; plans differ from there on.
      for (const s of tx.all('scenario')) putAssumption(tx, s.id, motion, assumed);
    },
  }),
  defineCommand({
    type: 'motion.update',
    schema: z.object({
      type: z.literal('motion.update'),
      id: idSchema,
      /** The plan whose assumptions the patch changes; omitted = the plan on screen. */
      scenarioId: idSchema.optional(),
      patch: motionValues,
    }),
    apply(tx, cmd) {
      const { own, assumed } = splitValues(cmd.patch);
      const motion = checkedMotion({ ...tx.need('motion', cmd.id), ...own });
      tx.put(motion);
      if (Object.keys(assumed).length === 0) return;
      const scenarioId = cmd.scenarioId ?? activeScenarioId(tx);
      if (scenarioId === null) throw new AppError('not_found', 'No coverage plan to change', { type: 'scenario', id: '' });
      tx.need('scenario', scenarioId);
      putAssumption(tx, scenarioId, motion, assumed);
    },
  }),
  motionDelete,
  motionMove,
] as const;

/* ------------------------------------------------------------------------------------------
 * Placements: one segment covered by one motion in one scenario, with a role and a share.
 * Rules: the shares of a segment in a scenario add up to at most 100 %; a covered segment has
 * exactly one primary motion.
 * ---------------------------------------------------------------------------------------- */

/** Shares are typed by people; float sums like 33.3 + 33.3 + 33.4 must still count as 100. */
const SHARE_EPSILON = 1e-6;
const roundShare = (n: number) => Math.round(n * 100) / 100;

/** A segment's placements in one scenario. */
export function rowsOf(tx: Tx, scenarioId: string, segmentId: string): Coverage[] {
  return tx.all('coverage', (c) => c.scenarioId === scenarioId && c.segmentId === segmentId);
}

/** Refuses (and so writes nothing) when the segment's shares in the scenario would pass 100 %. */
function checkShares(tx: Tx, scenarioId: string, segmentId: string): void {
  const total = rowsOf(tx, scenarioId, segmentId).reduce((sum, c) => sum + c.share, 0);
  if (total > 100 + SHARE_EPSILON) {
    const segment = tx.need('segment', segmentId);
    throw new AppError('share_over_100', `Shares of segment "${segment.name}" would add up to ${roundShare(total)} %`, {
      segment: segment.name,
      total: roundShare(total),
    });
  }
}

/**
 * Makes `row` the segment's one primary. The previous primary becomes an overlay rather than the
 * command asking first: in the room a drop must land at once, the change is visible in the cell
 * (■ → □), and one Ctrl+Z restores it.
 */
function makePrimary(tx: Tx, row: Coverage): void {
  for (const other of rowsOf(tx, row.scenarioId, row.segmentId)) {
    if (other.id !== row.id && other.role === 'primary') tx.put({ ...other, role: 'overlay' });
  }
  tx.put({ ...row, role: 'primary' });
}

const roleSchema = z.enum(['primary', 'overlay']);

export const placementCommands = [
  defineCommand({
    type: 'coverage.place',
    schema: z.object({
      type: z.literal('coverage.place'),
      /** The caller may choose the id, so an optimistic drop and the commit agree. */
      id: idSchema.optional(),
      scenarioId: idSchema,
      segmentId: idSchema,
      motionId: idSchema,
      /** Omitted: primary when the segment has no coverage yet, else overlay. */
      role: roleSchema.optional(),
      /** Omitted: what is left of the segment's 100 % (0 when nothing is left). */
      share: percentSchema.optional(),
      /**
       * A placement of the same segment and plan that gives up the new share (the share prompt's
       * "take it from the primary" when the segment is already at 100 %), in the same undo step.
       */
      takeFromId: idSchema.optional(),
    }),
    apply(tx, cmd, ctx) {
      tx.need('scenario', cmd.scenarioId);
      tx.need('segment', cmd.segmentId);
      tx.need('motion', cmd.motionId);
      const rows = rowsOf(tx, cmd.scenarioId, cmd.segmentId);
      const existing = rows.find((r) => r.motionId === cmd.motionId);
      const others = rows.filter((r) => r !== existing);
      const left = Math.max(0, roundShare(100 - others.reduce((s, r) => s + r.share, 0)));
      let row: Coverage;
      if (existing) {
        // Placing what is already placed sets its role/share (a second drop is not an error).
        row = { ...existing, share: cmd.share ?? existing.share };
      } else {
        const id = cmd.id ?? ctx.newId();
        if (tx.get(id)) throw new AppError('conflict', `A record with id ${id} already exists`, { id });
        row = {
          id,
          type: 'coverage',
          scenarioId: cmd.scenarioId,
          segmentId: cmd.segmentId,
          motionId: cmd.motionId,
          role: 'overlay',
          share: cmd.share ?? left,
        };
      }
      tx.put(row);
      if (cmd.takeFromId !== undefined && cmd.takeFromId !== row.id) {
        const from = tx.need('coverage', cmd.takeFromId);
        if (from.scenarioId !== cmd.scenarioId || from.segmentId !== cmd.segmentId) {
          throw new AppError('invalid_value', 'A share can only be taken from the same segment in the same plan', { field: 'takeFromId' });
        }
        // Taking more than it has leaves it at 0 and the total over 100 %: checkShares refuses that.
        tx.put({ ...from, share: Math.max(0, roundShare(from.share - row.share)) });
      }
      const role = cmd.role ?? (existing ? existing.role : others.length === 0 ? 'primary' : 'overlay');
      if (role === 'primary') makePrimary(tx, row);
      else if (existing?.role === 'primary') demote(tx, row);
      // A segment's first motion is its primary even when asked to be an overlay.
      promoteIfNoPrimary(tx, cmd.scenarioId, cmd.segmentId);
      checkShares(tx, cmd.scenarioId, cmd.segmentId);
    },
  }),
  defineCommand({
    type: 'coverage.update',
    schema: z.object({
      type: z.literal('coverage.update'),
      id: idSchema,
      patch: z
        .object({
          role: roleSchema,
          share: percentSchema,
          /** Moves the placement to another motion of the same segment (drag between cells). */
          motionId: idSchema,
        })
        .partial(),
    }),
    apply(tx, cmd) {
      const current = tx.need('coverage', cmd.id);
      const { role, share, motionId } = cmd.patch;
      let row: Coverage = { ...current };
      if (share !== undefined) row.share = share;
      if (motionId !== undefined && motionId !== current.motionId) {
        tx.need('motion', motionId);
        const taken = rowsOf(tx, current.scenarioId, current.segmentId).some((r) => r.motionId === motionId);
        if (taken) throw new AppError('conflict', 'That motion already covers this segment', { id: motionId });
        row.motionId = motionId;
      }
      tx.put(row);
      if (role === 'primary' && current.role !== 'primary') makePrimary(tx, row);
      else if (role === 'overlay' && current.role === 'primary') {
        row = tx.need('coverage', row.id);
        demote(tx, row);
      }
      checkShares(tx, current.scenarioId, current.segmentId);
    },
  }),
  defineCommand({
    type: 'coverage.remove',
    schema: z.object({ type: z.literal('coverage.remove'), ids: z.array(idSchema).min(1).max(10_000) }),
    apply(tx, cmd) {
      const removed = cmd.ids.map((id) => tx.need('coverage', id));
      for (const c of removed) tx.remove(c.id);
      for (const c of removed) promoteIfNoPrimary(tx, c.scenarioId, c.segmentId);
    },
  }),
] as const;

/**
 * The primary asked to become an overlay: the largest other placement takes over. A segment's
 * only placement cannot stop being primary (a covered segment has exactly one primary).
 */
function demote(tx: Tx, row: Coverage): void {
  const others = rowsOf(tx, row.scenarioId, row.segmentId).filter((r) => r.id !== row.id);
  if (others.length === 0) {
    throw new AppError('invalid_value', 'The only motion of a segment is its primary', { field: 'role' });
  }
  tx.put({ ...row, role: 'overlay' });
  promoteIfNoPrimary(tx, row.scenarioId, row.segmentId);
}

/* ------------------------------------------------------------------------------------------
 * Scenarios: alternative coverage plans. The board shows and edits the active one
 * (settings.activeScenarioId), so every window (and the projector) shows the same plan.
 * ---------------------------------------------------------------------------------------- */

function settingsOf(tx: Tx): Settings {
  return tx.need('settings', SETTINGS_ID);
}

function activate(tx: Tx, scenarioId: string): void {
  const s = settingsOf(tx);
  if (s.activeScenarioId !== scenarioId) tx.put({ ...s, activeScenarioId: scenarioId });
}

/** A new plan, with a copy of `from`'s assumptions (and quota floor) so it starts where that plan is. */
export function newScenario(tx: Tx, id: string, name: string, from: string | null): void {
  if (tx.get(id)) throw new AppError('conflict', `A record with id ${id} already exists`, { id });
  const list = sortByOrder(tx.all('scenario'));
  const [order] = keysAt(list, list.length);
  const source = from === null ? undefined : tx.need('scenario', from);
  tx.put({ id, type: 'scenario', name, quotaFloor: source?.quotaFloor ?? DEFAULT_QUOTA_FLOOR, order: order! });
  for (const motion of tx.all('motion')) {
    const copied = from === null ? undefined : tx.get(assumptionId(from, motion.id));
    putAssumption(tx, id, motion, {}, copied?.type === 'assumption' ? assumptionFields(copied) : undefined);
  }
}

export const scenarioCommands = [
  defineCommand({
    type: 'scenario.add',
    schema: z.object({ type: z.literal('scenario.add'), id: idSchema.optional(), name: nameSchema }),
    apply(tx, cmd, ctx) {
      const id = cmd.id ?? ctx.newId();
      // An empty plan, but with the assumptions of the plan on screen: the room changes placements
      // first and assumptions second, and defaults would make every figure jump.
      newScenario(tx, id, cmd.name, activeScenarioId(tx));
      // The new (empty) plan is what the facilitator wants to fill next, as Excel lands on a new sheet.
      activate(tx, id);
    },
  }),
  defineCommand({
    type: 'scenario.duplicate',
    schema: z.object({
      type: z.literal('scenario.duplicate'),
      /** The scenario to copy. */
      id: idSchema,
      newId: idSchema.optional(),
      name: nameSchema,
    }),
    apply(tx, cmd, ctx) {
      tx.need('scenario', cmd.id);
      const id = cmd.newId ?? ctx.newId();
      newScenario(tx, id, cmd.name, cmd.id);
      for (const c of tx.all('coverage', (c) => c.scenarioId === cmd.id)) {
        tx.put({ ...c, id: ctx.newId(), scenarioId: id });
      }
      activate(tx, id);
    },
  }),
  defineCommand({
    type: 'scenario.rename',
    schema: z.object({ type: z.literal('scenario.rename'), id: idSchema, name: nameSchema }),
    apply(tx, cmd) {
      tx.put({ ...tx.need('scenario', cmd.id), name: cmd.name });
    },
  }),
  defineCommand({
    type: 'scenario.update',
    schema: z.object({
      type: z.literal('scenario.update'),
      id: idSchema,
      patch: scenarioSchema.pick({ name: true, quotaFloor: true }).partial(),
    }),
    apply(tx, cmd) {
      tx.put({ ...tx.need('scenario', cmd.id), ...cmd.patch });
    },
  }),
  defineCommand({
    type: 'scenario.delete',
    schema: z.object({ type: z.literal('scenario.delete'), id: idSchema }),
    apply(tx, cmd) {
      tx.need('scenario', cmd.id);
      const rest = sortByOrder(tx.all('scenario', (s) => s.id !== cmd.id));
      if (rest.length === 0) {
        throw new AppError('invalid_value', 'A workshop keeps at least one coverage plan', { field: 'scenario' });
      }
      for (const c of tx.all('coverage', (c) => c.scenarioId === cmd.id)) tx.remove(c.id);
      for (const a of tx.all('assumption', (a) => a.scenarioId === cmd.id)) tx.remove(a.id);
      tx.remove(cmd.id);
      if (settingsOf(tx).activeScenarioId === cmd.id) activate(tx, rest[0]!.id);
    },
  }),
  defineCommand({
    type: 'scenario.activate',
    // Switching the plan on screen is navigation, not a decision: Ctrl+Z should not walk back
    // through the plans the room looked at (PowerPoint does not undo going to another slide).
    undoable: false,
    schema: z.object({ type: z.literal('scenario.activate'), id: idSchema }),
    apply(tx, cmd) {
      tx.need('scenario', cmd.id);
      activate(tx, cmd.id);
    },
  }),
] as const;

/** Every command of the coverage board. */
export const coverageCommands = [...motionCommands, ...placementCommands, ...scenarioCommands] as const;
