import { z } from 'zod';
import { AppError } from '../errors';
import { keysAt, keysAtExcept } from '../order';
import {
  accountSchema,
  EMPTY_RULES,
  idSchema,
  PALETTE,
  segmentSchema,
  type Account,
} from '../records';
import { collectionCommands, type FieldsOf } from './collection';
import { defineCommand, type Tx } from './define';

/** Accounts of one column (null = Unassigned), in board order. */
export function columnOf(tx: Tx, segmentId: string | null, except?: ReadonlySet<string>): Account[] {
  const column = tx.sortedIn('account', 'segmentId', segmentId);
  return except?.size ? column.filter((a) => !except.has(a.id)) : column.slice();
}

function checkAccount(value: unknown): Account {
  const parsed = accountSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new AppError('invalid_value', `${field}: ${issue?.message ?? 'invalid'}`, { field });
  }
  return parsed.data;
}

/** Puts accounts (in the given order) at `index` of a column, writing one row per account. */
function placeAccounts(tx: Tx, accounts: Account[], segmentId: string | null, index: number): void {
  if (segmentId !== null) tx.need('segment', segmentId);
  // The column in board order from the store's index: a move on a 10,000-card board reads only
  // the two neighbours of where the cards land.
  const keys = keysAtExcept(tx.sortedIn('account', 'segmentId', segmentId), accounts, index, accounts.length);
  accounts.forEach((a, i) => tx.put({ ...a, segmentId, order: keys[i]! }));
}

export const segmentCommands = collectionCommands({
  prefix: 'segment',
  recordType: 'segment',
  schema: segmentSchema,
  defaults: (tx) => {
    const used = new Set(tx.all('segment').map((s) => s.color));
    const color = PALETTE.find((c) => !used.has(c)) ?? PALETTE[tx.all('segment').length % PALETTE.length]!;
    return {
      name: 'New segment',
      color,
      description: '',
      rules: EMPTY_RULES,
      buying: '',
      painPoints: '',
      drive: null,
      owner: '',
      principles: '',
      hiddenInRoutes: false,
    };
  },
  // A deleted segment's accounts go back to Unassigned (at the end, in their order), and the
  // coverage and routes that pointed at it go too; undo brings all of it back at once.
  onDelete: (tx, segment) => {
    placeAccounts(tx, columnOf(tx, segment.id), null, Number.MAX_SAFE_INTEGER);
    for (const c of tx.all('coverage', (c) => c.segmentId === segment.id)) tx.remove(c.id);
    for (const p of tx.all('placement', (p) => p.segmentId === segment.id)) tx.remove(p.id);
    for (const r of tx.all('cellRule', (r) => r.segmentId === segment.id)) tx.remove(r.id);
  },
});

const accountFields = accountSchema.omit({ id: true, type: true, order: true, segmentId: true });
const accountValues = accountFields.partial();

/** The import command's rules as written; account.import runs them compiled (below). */
export const accountImportRules = z.object({
  type: z.literal('account.import'),
  /** Already mapped and validated rows (shared/import); validated again here. */
  accounts: z.array(accountValues.extend({ name: accountFields.shape.name })).min(1).max(100_000),
});
type AccountFields = Omit<FieldsOf<'account'>, 'segmentId'>;

const ACCOUNT_DEFAULTS: AccountFields = {
  name: 'New account',
  industry: '',
  region: '',
  city: '',
  revenue: null,
  employees: null,
  spend: null,
  potential: null,
  status: '',
  notes: '',
};

export const accountCommands = [
  defineCommand({
    type: 'account.add',
    schema: z.object({
      type: z.literal('account.add'),
      id: idSchema.optional(),
      segmentId: idSchema.nullable(),
      index: z.number().int().min(0).optional(),
      values: accountValues.optional(),
    }),
    apply(tx, cmd, ctx) {
      const id = cmd.id ?? ctx.newId();
      if (tx.get(id)) throw new AppError('conflict', `A record with id ${id} already exists`, { id });
      const draft = checkAccount({ ...ACCOUNT_DEFAULTS, ...cmd.values, id, type: 'account', segmentId: null, order: 'a0' });
      placeAccounts(tx, [draft], cmd.segmentId, cmd.index ?? Number.MAX_SAFE_INTEGER);
    },
  }),
  defineCommand({
    type: 'account.update',
    schema: z.object({ type: z.literal('account.update'), id: idSchema, patch: accountValues }),
    apply(tx, cmd) {
      tx.put(checkAccount({ ...tx.need('account', cmd.id), ...cmd.patch }));
    },
  }),
  defineCommand({
    type: 'account.delete',
    schema: z.object({ type: z.literal('account.delete'), ids: z.array(idSchema).min(1).max(100_000) }),
    apply(tx, cmd) {
      const gone = new Set<string>();
      for (const id of cmd.ids) {
        tx.need('account', id);
        tx.remove(id);
        gone.add(id);
      }
      // An opportunity outlives its account (the room may still discuss it); the account's plan does not.
      for (const o of tx.all('opportunity', (o) => o.accountId !== null && gone.has(o.accountId))) tx.put({ ...o, accountId: null });
      for (const p of tx.all('accountPlan', (p) => gone.has(p.accountId))) tx.remove(p.id);
    },
  }),
  defineCommand({
    type: 'account.move',
    schema: z.object({
      type: z.literal('account.move'),
      /** In the order they should land (the board sends its visual order). */
      ids: z.array(idSchema).min(1).max(100_000),
      segmentId: idSchema.nullable(),
      /** Position in the target column without the moved cards. */
      index: z.number().int().min(0),
    }),
    apply(tx, cmd) {
      if (new Set(cmd.ids).size !== cmd.ids.length) throw new AppError('invalid_command', 'ids repeat', { field: 'ids' });
      placeAccounts(tx, cmd.ids.map((id) => tx.need('account', id)), cmd.segmentId, cmd.index);
    },
  }),
  defineCommand({
    type: 'account.import',
    // Compiled ahead (z.compile): the same schema, run by code zod generates from it instead of
    // its interpreter: 50,000 rows in ~30 ms instead of ~120–160 ms of a ~760 ms commit. It
    // accepts and returns exactly what the schema does (test/unit/import/compiledImportSchema
    // holds the two equal); on a bad command zod falls back to its runtime parser, so the first
    // issue (shared/firstIssue.ts) is zod's own, word for word. Where new Function is refused
    // (a CSP), compile hands back the schema unchanged.
    schema: z.compile(accountImportRules),
    apply(tx, cmd, ctx) {
      // Appended to Unassigned in file order. Built in one pass: the schema above has parsed
      // every value with the account schema's own field schemas (accountFields), so each record
      // is complete and valid as built and needs no second parse (putChecked), no copies
      // (checkAccount, placeAccounts). test/unit/import/importEquivalence.test.ts holds it to
      // exactly what account.add of the same rows stores.
      const keys = keysAt(tx.sortedIn('account', 'segmentId', null), Number.MAX_SAFE_INTEGER, cmd.accounts.length);
      // One fresh id for the whole import, and each row's id that id plus its row number,
      // zero-padded: unique, and sorted by construction. The store writes new rows in the order
      // of their ids (one sweep through the table's B-tree, electron/store/recordRows.ts) and
      // skips sorting rows that arrive in that order; 50,000 random ids cost ~30 ms to make and
      // sort, these ~3 ms.
      const batch = ctx.newId();
      const width = String(cmd.accounts.length - 1).length;
      const d = ACCOUNT_DEFAULTS;
      for (let i = 0; i < cmd.accounts.length; i++) {
        const v = cmd.accounts[i]!;
        // A literal in the schema's key order, not spreads: 50,000 spreads of parsed rows cost
        // ~200 ms, and typed as Account the compiler names any field a schema change adds.
        const account: Account = {
          id: `${batch}-${String(i).padStart(width, '0')}`,
          type: 'account',
          name: v.name,
          industry: v.industry ?? d.industry,
          region: v.region ?? d.region,
          city: v.city ?? d.city,
          revenue: v.revenue ?? d.revenue,
          employees: v.employees ?? d.employees,
          spend: v.spend ?? d.spend,
          potential: v.potential ?? d.potential,
          status: v.status ?? d.status,
          notes: v.notes ?? d.notes,
          segmentId: null,
          order: keys[i]!,
        };
        tx.putChecked(account);
      }
    },
  }),
  defineCommand({
    type: 'segment.acceptSuggestions',
    schema: z.object({
      type: z.literal('segment.acceptSuggestions'),
      moves: z.array(z.object({ accountId: idSchema, segmentId: idSchema })).min(1).max(100_000),
    }),
    apply(tx, cmd) {
      // One account, one destination: a repeated account would be placed twice in one diff.
      if (new Set(cmd.moves.map((m) => m.accountId)).size !== cmd.moves.length) {
        throw new AppError('invalid_command', 'an account is suggested twice', { field: 'moves' });
      }
      const bySegment = new Map<string, Account[]>();
      for (const m of cmd.moves) {
        const list = bySegment.get(m.segmentId) ?? [];
        list.push(tx.need('account', m.accountId));
        bySegment.set(m.segmentId, list);
      }
      for (const [segmentId, accounts] of bySegment) {
        placeAccounts(tx, accounts, segmentId, Number.MAX_SAFE_INTEGER);
      }
    },
  }),
] as const;

/** Every command of the segments board. */
export const segmentsCommands = [...segmentCommands, ...accountCommands] as const;
