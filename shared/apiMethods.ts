/**
 * The API's method names, free of imports so Electron's preload bundles nothing else.
 * shared/api.ts declares a schema for each; the compiler checks the two lists agree.
 */
export const API_METHODS = [
  'appInfo',
  'listTemplates',
  'listWorkshops',
  'createWorkshop',
  'openWorkshop',
  'renameWorkshop',
  'duplicateWorkshop',
  'deleteWorkshop',
  'dispatch',
  'undo',
  'redo',
  'listBackups',
  'restoreBackup',
  'readTable',
  'cancelRead',
  'exportPptx',
  'exportXlsx',
  'exportCsv',
  'exportWorkshopFile',
  'cancelExport',
  'importWorkshopFile',
  'getPresence',
  'setPresence',
  'viewerAccess',
  'startSharing',
  'stopSharing',
  'sharingStatus',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];
