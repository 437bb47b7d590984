import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import { apiInputs, type ApiMethod, type Envelope } from '../../shared/api';
import { AppError, isAppError } from '../../shared/errors';
import { createStore, openLibrary, restoreIntoOpenLibrary, restoreOverUnopenedLibrary, rollBackup, type Store } from '../store';
import { ChangePath } from './changePath';
import type { Handlers, ServiceContext, ServiceOptions } from './context';
import { EventBus, type Listener } from './events';
import { appHandlers } from './handlers/app';
import { exportHandlers } from './handlers/export';
import { fileHandlers } from './handlers/files';
import { libraryHandlers } from './handlers/library';
import { openWorkshopJson, workshopHandlers } from './handlers/workshop';
import { jsonWithRaw } from '../store/jsonParts';
import { firstIssue } from '../../shared/firstIssue';
import { presenceHandlers } from './handlers/presence';
import { shareHandlers } from './handlers/share';
import { loadTemplates, Templates } from './templates';
import { lanAddress } from '../web/lanAddress';
import { RoomShare } from '../web/roomShare';

export type { ServiceOptions } from './context';

/** The service both hosts (Electron IPC, browser HTTP) serve. Plain Node: no electron import. */
export interface Service {
  /** Runs one API method; never throws: every outcome is an envelope. */
  call(method: string, args: unknown): Promise<Envelope<unknown>>;
  /**
   * The same envelope as `call`, as the UTF-8 JSON a host sends. For the workshop snapshot this
   * is made from the stored rows' JSON without parsing them (see openWorkshopJson).
   */
  callJson(method: string, args: unknown): Promise<Uint8Array>;
  subscribe(listener: Listener): () => void;
  close(): void;
  /** The read-only token of projector windows on this machine (the browser host accepts it too). */
  readonly viewerToken?: string;
}

interface Library {
  store: Store;
  changes: ChangePath;
}

export async function createService(options: ServiceOptions): Promise<Service> {
  const bus = new EventBus();
  const templates = new Templates(loadTemplates());
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomUUID;
  let library: Library | null = null;
  let openError: AppError | null = null;

  const storeOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const use = (store: Store): Library => ({ store, changes: new ChangePath(store, bus, { now, newId }) });

  /** Opens the library and, unless it was just created or restored, backs it up first thing. */
  const open = async ({ backup }: { backup: boolean }) => {
    try {
      const { db, created } = openLibrary(options.dataDir, storeOptions);
      library = use(createStore(db));
      openError = null;
      if (backup && !created) await backUp(db);
    } catch (e) {
      if (!isAppError(e)) throw e;
      library = null;
      openError = e;
    }
  };

  // A backup that cannot be written (a full disk) must not keep the user from the library.
  const backUp = async (db: Store['db']) => {
    try {
      await rollBackup(db, options.dataDir, new Date(now()), storeOptions);
    } catch (e) {
      console.error('[salesmap] the start-up backup could not be written:', e);
    }
  };

  const close = () => {
    library?.store.db.close();
    library = null;
  };

  /**
   * Never lets go of the library on the way: with it open, its rows are replaced in one
   * transaction under the lock this program holds; without it, only when no other program holds
   * it. Every refusal comes before anything is touched, so a failed restore changes nothing.
   */
  const restore = async (file: string) => {
    const at = new Date(now());
    if (library) {
      const result = restoreIntoOpenLibrary(library.store.db, options.dataDir, file, at, storeOptions);
      library = use(createStore(library.store.db)); // every cache of the old rows goes
      return result;
    }
    if (!openError || openError.code === 'library_in_use') {
      throw openError ?? new AppError('internal', 'The library is closed');
    }
    const result = restoreOverUnopenedLibrary(options.dataDir, file, at, storeOptions);
    // The restored file is a backup already: backing it up again would only push an older one out.
    await open({ backup: false });
    return result;
  };

  let self: Service | null = null;
  const share = new RoomShare({
    service: () => self!,
    staticDir: options.rendererDir,
    address: () => options.shareAddress ?? lanAddress(os.networkInterfaces()),
    emit: (e) => bus.emit(e),
  });
  const viewerToken = randomBytes(24).toString('base64url');

  const ctx: ServiceContext = {
    share,
    viewerToken,
    options,
    bus,
    templates,
    now,
    newId,
    library: () => {
      if (library) return library;
      throw openError ?? new AppError('internal', 'The library is closed');
    },
    libraryError: () => openError,
    restore,
  };

  const handlers: Handlers = {
    ...appHandlers(ctx),
    ...libraryHandlers(ctx),
    ...workshopHandlers(ctx),
    ...fileHandlers(ctx),
    ...exportHandlers(ctx),
    ...presenceHandlers(ctx),
    ...shareHandlers(ctx),
  };

  await open({ backup: true });

  /** Checks the method and its arguments, then runs `run`; every outcome is an envelope. */
  const run = async <T>(method: string, args: unknown, handle: (m: ApiMethod, input: unknown) => T | Promise<T>): Promise<Envelope<T>> => {
    try {
      if (!Object.hasOwn(apiInputs, method)) {
        throw new AppError('unknown_method', `Unknown method "${method}"`, { method });
      }
      const m = method as ApiMethod;
      const parsed = apiInputs[m].safeParse(args ?? {});
      if (!parsed.success) {
        const { field, message } = firstIssue(method, parsed.error);
        throw new AppError('bad_request', message, { method, field });
      }
      return { ok: true, value: await handle(m, parsed.data) };
    } catch (e) {
      if (isAppError(e)) return { ok: false, error: e.toJSON() };
      // A bug, not a user error: log it for the developer, tell the user plainly.
      console.error(`[salesmap] ${method} failed:`, e);
      return { ok: false, error: { code: 'internal', message: `Something went wrong in ${method}: ${(e as Error).message}` } };
    }
  };
  const encoder = new TextEncoder();

  self = {
    viewerToken,
    call: (method, args) => run(method, args, (m, input) => (handlers[m] as (a: unknown) => unknown)(input)),
    async callJson(method, args) {
      if (method !== 'openWorkshop') return encoder.encode(JSON.stringify(await self!.call(method, args)));
      const e = await run(method, args, (_m, input) => openWorkshopJson(ctx, input as { workshopId: string; check?: boolean }));
      return e.ok ? jsonWithRaw({ ok: true }, 'value', e.value).bytes() : encoder.encode(JSON.stringify(e));
    },
    subscribe: (listener) => bus.subscribe(listener),
    close: () => {
      // The room's listener goes with the service: nobody keeps reading a closed library.
      void share.stop();
      close();
    },
  };
  return self;
}
