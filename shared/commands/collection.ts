import { z } from 'zod';
import { AppError } from '../errors';
import { keysAt, sortByOrder, type Ordered } from '../order';
import { idSchema, type RecordOf, type RecordType } from '../records';
import { defineCommand, type CommandContext, type Tx } from './define';

type OrderedType = {
  [T in RecordType]: RecordOf<T> extends { order: string } ? T : never;
}[RecordType];

/** The fields a user edits: everything but identity and position. */
export type FieldsOf<T extends RecordType> = Omit<RecordOf<T>, 'id' | 'type' | 'order'>;

interface CollectionSpec<P extends string, T extends OrderedType> {
  /** Command prefix, e.g. "agenda" gives agenda.add, agenda.update, agenda.delete, agenda.move. */
  prefix: P;
  recordType: T;
  schema: z.ZodObject;
  /** Field values of a new record before the caller's values are applied. */
  defaults(tx: Tx, ctx: CommandContext): FieldsOf<T>;
  /** Checks a new or edited record against the others (a note's anchor must exist); throws an AppError. */
  check?(tx: Tx, record: RecordOf<T>): void;
  /** Records that belong to the deleted one and must go (or move) with it, in the same diff. */
  onDelete?(tx: Tx, record: RecordOf<T>): void;
  /** Follow-on changes after an update, in the same diff (the agenda shifts later blocks). */
  onUpdated?(tx: Tx, before: RecordOf<T>, after: RecordOf<T>): void;
  /** Follow-on changes after a move; `before` is the list in its old order. */
  onMoved?(tx: Tx, before: RecordOf<T>[]): void;
}

/**
 * add / update / delete / move for an ordered list of records (agenda items, segments, motions,
 * offerings, routes, stages). One definition per list instead of four hand-written commands each.
 */
export function collectionCommands<P extends string, T extends OrderedType>(spec: CollectionSpec<P, T>) {
  const { prefix, recordType, schema } = spec;
  // Zod cannot infer through a generic object schema; the record schema still validates every
  // result, so these casts only name the types the schemas already enforce.
  const fields = schema.omit({ id: true, type: true, order: true });
  const values = fields.partial() as unknown as z.ZodType<Partial<FieldsOf<T>>>;
  const lit = <S extends string>(suffix: S) => z.literal(`${prefix}.${suffix}` as `${P}.${S}`);
  const siblings = (tx: Tx, exceptId?: string) =>
    sortByOrder((tx.all(recordType) as unknown as Ordered[]).filter((r) => r.id !== exceptId));
  const validated = (value: unknown): RecordOf<T> => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      throw new AppError('invalid_value', `${field}: ${issue?.message ?? 'invalid'}`, { field });
    }
    return parsed.data as RecordOf<T>;
  };

  const add = defineCommand({
    type: `${prefix}.add`,
    schema: z.object({
      type: lit('add'),
      id: idSchema.optional(),
      /** Position in the list; omitted = at the end. */
      index: z.number().int().min(0).optional(),
      values: values.optional(),
    }),
    apply(tx, cmd, ctx) {
      const id = cmd.id ?? ctx.newId();
      if (tx.get(id)) throw new AppError('conflict', `A record with id ${id} already exists`, { id });
      const list = siblings(tx);
      const [order] = keysAt(list, cmd.index ?? list.length);
      const record = validated({ ...spec.defaults(tx, ctx), ...cmd.values, id, type: recordType, order });
      spec.check?.(tx, record);
      tx.put(record);
    },
  });

  const update = defineCommand({
    type: `${prefix}.update`,
    schema: z.object({
      type: lit('update'),
      id: idSchema,
      patch: values,
    }),
    apply(tx, cmd) {
      const current = tx.need(recordType, cmd.id);
      const next = validated({ ...current, ...cmd.patch });
      spec.check?.(tx, next);
      tx.put(next);
      spec.onUpdated?.(tx, current, next);
    },
  });

  const remove = defineCommand({
    type: `${prefix}.delete`,
    schema: z.object({
      type: lit('delete'),
      ids: z.array(idSchema).min(1).max(10_000),
    }),
    apply(tx, cmd) {
      for (const id of cmd.ids) {
        const record = tx.need(recordType, id);
        spec.onDelete?.(tx, record);
        tx.remove(id);
      }
    },
  });

  const move = defineCommand({
    type: `${prefix}.move`,
    schema: z.object({
      type: lit('move'),
      id: idSchema,
      /** Position in the list without the moved record. */
      index: z.number().int().min(0),
    }),
    apply(tx, cmd) {
      const current = tx.need(recordType, cmd.id);
      const before = spec.onMoved ? (siblings(tx) as unknown as RecordOf<T>[]) : [];
      const [order] = keysAt(siblings(tx, cmd.id), cmd.index);
      tx.put({ ...current, order } as RecordOf<T>);
      spec.onMoved?.(tx, before);
    },
  });

  return [add, update, remove, move] as const;
}
