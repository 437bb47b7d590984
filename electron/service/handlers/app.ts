import { listBackups, LATEST_SCHEMA_VERSION } from '../../store';
import type { HandlerGroup } from '../context';

/** About the app and its library file: info, backups, restoring one. */
export const appHandlers: HandlerGroup<'appInfo' | 'listBackups' | 'restoreBackup'> = (ctx) => ({
  appInfo: () => ({
    name: 'Salesmap',
    version: ctx.options.appVersion,
    host: ctx.options.host,
    dataDir: ctx.options.dataDir,
    schemaVersion: LATEST_SCHEMA_VERSION,
    libraryError: ctx.libraryError()?.toJSON() ?? null,
  }),
  listBackups: () => listBackups(ctx.options.dataDir, ctx.options.nativeBinding ? { nativeBinding: ctx.options.nativeBinding } : {}),
  restoreBackup: async ({ file }) => {
    const { setAside } = await ctx.restore(file);
    ctx.bus.emit({ kind: 'library' });
    return { restored: file, setAside };
  },
});
