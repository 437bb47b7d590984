import { m001Initial } from './001_initial';
import { m002HistoryRowid } from './002_historyRowid';
import { m003PlanAssumptions } from './003_planAssumptions';
import { m004RoleKinds } from './004_roleKinds';
import type { Migration } from './types';

export type { Migration } from './types';

/** Ordered, append-only. Never edit a migration that has shipped: add the next one. */
export const MIGRATIONS: readonly Migration[] = [m001Initial, m002HistoryRowid, m003PlanAssumptions, m004RoleKinds];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
