import type { ApiArgs, ApiMethod, ApiOutputs } from '../../shared/api';
import type { CommandContext } from '../../shared/commands';
import type { AppError } from '../../shared/errors';
import type { Store } from '../store';
import type { ChangePath } from './changePath';
import type { EventBus } from './events';
import type { Templates } from './templates';
import type { RoomShare } from '../web/roomShare';

export interface ServiceOptions {
  /** Folder of the library database and its backups (SALESMAP_DATA_DIR in tests). */
  dataDir: string;
  host: 'electron' | 'web';
  appVersion: string;
  /** Electron passes its own better-sqlite3 build; see electron/store/database.ts. */
  nativeBinding?: string;
  /** The built renderer, served to the room's devices while sharing is on. */
  rendererDir?: string;
  /**
   * Where the room's listener listens (tests: 127.0.0.2, never a real LAN address); by default
   * the laptop's own LAN address (electron/web/lanAddress.ts).
   */
  shareAddress?: string;
  /** For tests: a fixed clock and ids. */
  now?: () => number;
  newId?: () => string;
}

/** What handlers share. `library()` throws the open error while the library is unavailable. */
export interface ServiceContext extends CommandContext {
  options: ServiceOptions;
  bus: EventBus;
  templates: Templates;
  library(): { store: Store; changes: ChangePath };
  /** Puts a listed, checked backup in the library's place; the replaced library is kept beside it. */
  restore(backupFile: string): Promise<{ setAside: string | null }>;
  libraryError(): AppError | null;
  /** Share to the room (a second, read-only listener on the LAN address while it is on). */
  share: RoomShare;
  /** The token a projector window opens the browser host with: reads only (READ_ONLY_METHODS). */
  viewerToken: string;
}

/** A handler per API method; the compiler checks that none is missing. */
export type Handlers = {
  [M in ApiMethod]: (args: ApiArgs<M>) => ApiOutputs[M] | Promise<ApiOutputs[M]>;
};

export type HandlerGroup<M extends ApiMethod> = (ctx: ServiceContext) => Pick<Handlers, M>;
