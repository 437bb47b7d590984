import type { Database, Statement } from 'better-sqlite3';
import type { Language, WorkshopInfo } from '../../shared/workshop';

interface Row {
  id: string;
  name: string;
  client: string;
  language: string;
  template_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

const toInfo = (r: Row): WorkshopInfo => ({
  id: r.id,
  name: r.name,
  client: r.client,
  language: r.language as Language,
  templateId: r.template_id,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The workshops table: the library's list, names, and each workshop's version counter. */
export class WorkshopRows {
  private readonly sList: Statement<[], Row>;
  private readonly sGet: Statement<[string], Row>;
  private readonly sInsert: Statement<[Row]>;
  private readonly sRename: Statement<[string, string, string, string]>;
  private readonly sDelete: Statement<[string]>;
  private readonly sBump: Statement<[string, string], { version: number }>;

  constructor(db: Database) {
    this.sList = db.prepare('SELECT * FROM workshops ORDER BY updated_at DESC, name');
    this.sGet = db.prepare('SELECT * FROM workshops WHERE id = ?');
    this.sInsert = db.prepare(
      `INSERT INTO workshops (id, name, client, language, template_id, version, created_at, updated_at)
       VALUES (@id, @name, @client, @language, @template_id, @version, @created_at, @updated_at)`,
    );
    this.sRename = db.prepare('UPDATE workshops SET name = ?, client = ?, updated_at = ? WHERE id = ?');
    this.sDelete = db.prepare('DELETE FROM workshops WHERE id = ?');
    this.sBump = db.prepare('UPDATE workshops SET version = version + 1, updated_at = ? WHERE id = ? RETURNING version');
  }

  list(): WorkshopInfo[] {
    return this.sList.all().map(toInfo);
  }

  get(id: string): WorkshopInfo | undefined {
    const r = this.sGet.get(id);
    return r ? toInfo(r) : undefined;
  }

  insert(w: WorkshopInfo): void {
    this.sInsert.run({
      id: w.id,
      name: w.name,
      client: w.client,
      language: w.language,
      template_id: w.templateId,
      version: w.version,
      created_at: w.createdAt,
      updated_at: w.updatedAt,
    });
  }

  rename(id: string, name: string, client: string, at: string): void {
    this.sRename.run(name, client, at, id);
  }

  delete(id: string): void {
    this.sDelete.run(id);
  }

  /** Increments and returns the workshop's version (inside the change's transaction). */
  bumpVersion(id: string, at: string): number {
    const row = this.sBump.get(at, id);
    if (!row) throw new Error(`workshop ${id} vanished`);
    return row.version;
  }
}
