import type { z } from 'zod';
import { DiffBuilder, type Diff } from '../diff';
import { AppError } from '../errors';
import type { AnyRecord, RecordOf, RecordType, Records } from '../records';
import type { GroupField } from '../recordStore';

/** What a command may ask of its caller: fresh ids and the clock (so apply stays pure). */
export interface CommandContext {
  newId(): string;
  now(): number;
}

/**
 * A command is data ({type, ...args}); its definition says how to validate it and how to turn
 * the current records into a diff. Buttons, menus, shortcuts and drags all end here.
 */
export interface CommandDef<S extends z.ZodType = z.ZodType> {
  type: string;
  schema: S;
  /** Timer ticks and similar are written and broadcast, but not put on the undo stack. */
  undoable: boolean;
  apply(tx: Tx, command: z.infer<S>, ctx: CommandContext): void;
}

export function defineCommand<S extends z.ZodType>(def: {
  type: string;
  schema: S;
  undoable?: boolean;
  apply(tx: Tx, command: z.infer<S>, ctx: CommandContext): void;
}): CommandDef<S> {
  return { undoable: true, ...def };
}

/**
 * The read/write view a command works on: typed lookups over records plus pending changes.
 * Lookups that must succeed throw `not_found`, which the service turns into a clear error.
 */
export class Tx {
  private readonly builder: DiffBuilder;
  constructor(base: Records) {
    this.builder = new DiffBuilder(base);
  }

  get(id: string): AnyRecord | undefined {
    return this.builder.get(id);
  }

  /** The record with this id and type, or a `not_found` error naming what was missing. */
  need<T extends RecordType>(type: T, id: string): RecordOf<T> {
    const r = this.builder.get(id);
    if (!r || r.type !== type) throw new AppError('not_found', `No ${type} with id ${id}`, { type, id });
    return r as RecordOf<T>;
  }

  all<T extends RecordType>(type: T, where?: (r: RecordOf<T>) => boolean): RecordOf<T>[] {
    return this.builder.ofType(type, where);
  }

  /** The records of one type with `field` equal to `value` (one column), in board order. Read-only. */
  sortedIn<T extends RecordType>(type: T, field: GroupField<T>, value: unknown): readonly RecordOf<T>[] {
    return this.builder.sortedGroup(type, field, value);
  }

  put(record: AnyRecord): void {
    this.builder.put(record);
  }

  /** Records put with putChecked (applyCommand does not parse them again). */
  readonly checked = new Set<AnyRecord>();

  /**
   * Puts a record the command built only from values its own schema has already parsed with the
   * record schema's field schemas, as a literal in the schema's key order, typed as the record:
   * applyCommand then skips parsing it a second time (the import's 50,000 rows: ~150 ms). Anything
   * else goes through put() and is checked.
   */
  putChecked(record: AnyRecord): void {
    this.builder.put(record);
    this.checked.add(record);
  }

  remove(id: string): void {
    this.builder.remove(id);
  }

  diff(): Diff {
    return this.builder.build();
  }
}
