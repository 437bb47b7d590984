import { z } from 'zod';
import { AppError } from '../errors';
import { accountPlanSchema, criterionSchema, idSchema, reviewMeetingSchema, roleSchema } from '../records';
import { collectionCommands } from './collection';
import { defineCommand } from './define';

/** The assessment's criteria; scores of a deleted one stay on the cards (undo brings it back) and no longer count. */
export const criterionCommands = collectionCommands({
  prefix: 'criterion',
  recordType: 'criterion',
  schema: criterionSchema,
  defaults: () => ({ name: 'New criterion', question: '', maxPoints: 10 }),
});

/**
 * Hunter / farmer / coach: defined once, used by opportunity owners and by coverage's role mix
 * (the role of each kind names that part of the mix). One role per kind: a role given a kind
 * takes it from the role that had it, in the same diff (so undo gives it back), rather than
 * refusing — the room renames "Farmer" to "Account manager" by moving the kind, not by retyping.
 */
export const roleCommands = collectionCommands({
  prefix: 'role',
  recordType: 'role',
  schema: roleSchema,
  defaults: () => ({ kind: null, name: 'New role', does: '', measured: '' }),
  check: (tx, role) => {
    if (role.kind === null) return;
    for (const other of tx.all('role', (r) => r.kind === role.kind && r.id !== role.id)) tx.put({ ...other, kind: null });
  },
  onDelete: (tx, role) => {
    for (const o of tx.all('opportunity', (o) => o.roleId === role.id)) tx.put({ ...o, roleId: null });
  },
});

/** The weekly review cadence, Day 1 … Day 5. */
export const reviewCommands = collectionCommands({
  prefix: 'review',
  recordType: 'reviewMeeting',
  schema: reviewMeetingSchema,
  defaults: (tx) => ({
    day: `Day ${tx.all('reviewMeeting').length + 1}`,
    level: 'New review',
    attendees: '',
    purpose: '',
    inputs: '',
    decisions: '',
    timeBox: 60,
    horizon: 3,
    report: [],
  }),
});

const planFields = accountPlanSchema.omit({ id: true, type: true, accountId: true }).partial();

/** One account plan per account, made by its first edit. */
export const accountPlanCommands = [
  defineCommand({
    type: 'accountPlan.save',
    schema: z.object({ type: z.literal('accountPlan.save'), accountId: idSchema, id: idSchema.optional(), patch: planFields }),
    apply(tx, cmd, ctx) {
      tx.need('account', cmd.accountId);
      const current = tx.all('accountPlan', (p) => p.accountId === cmd.accountId)[0];
      const base = current ?? {
        id: cmd.id ?? ctx.newId(),
        type: 'accountPlan' as const,
        accountId: cmd.accountId,
        situation: '',
        relationships: [],
        whitespace: [],
        goals: '',
        actions: [],
      };
      if (!current && tx.get(base.id)) throw new AppError('conflict', `A record with id ${base.id} already exists`, { id: base.id });
      tx.put({ ...base, ...cmd.patch });
    },
  }),
  defineCommand({
    type: 'accountPlan.delete',
    schema: z.object({ type: z.literal('accountPlan.delete'), ids: z.array(idSchema).min(1).max(1000) }),
    apply(tx, cmd) {
      for (const id of cmd.ids) {
        tx.need('accountPlan', id);
        tx.remove(id);
      }
    },
  }),
] as const;

export const salesPracticeCommands = [...criterionCommands, ...roleCommands, ...reviewCommands, ...accountPlanCommands] as const;
