import { afterEach, beforeEach } from 'vitest';
import type { ApiMethod, ApiOutputs } from '../../shared/api';
import type { ChangeEvent } from '../../shared/events';
import { createService, type Service } from '../../electron/service/service';
import { makeTempDir } from './tempDir';

export interface TestService {
  service: Service;
  dir: string;
  events: ChangeEvent[];
  /** Calls a method and returns its value; fails the test on an error envelope. */
  ok<M extends ApiMethod>(method: M, args?: unknown): Promise<ApiOutputs[M]>;
  /** Calls a method that must fail; returns the error. */
  fail(method: string, args?: unknown): Promise<{ code: string; message: string }>;
  restart(): Promise<void>;
  close(): void;
}

/** The real service on a real SQLite file in a temp folder. */
export async function startTestService(dataDir?: string): Promise<TestService> {
  const temp = dataDir ? { dir: dataDir, cleanup: () => {} } : makeTempDir();
  const events: ChangeEvent[] = [];
  let counter = 0;
  const make = () =>
    createService({ dataDir: temp.dir, host: 'web', appVersion: 'test', newId: () => `id-${Date.now()}-${++counter}` });
  let service = await make();
  let unsubscribe = service.subscribe((e) => events.push(e));
  const t: TestService = {
    get service() {
      return service;
    },
    dir: temp.dir,
    events,
    async ok(method, args = {}) {
      const r = await service.call(method, args);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as never;
    },
    async fail(method, args = {}) {
      const r = await service.call(method, args);
      if (r.ok) throw new Error(`${method} was expected to fail`);
      return r.error;
    },
    async restart() {
      unsubscribe();
      service.close();
      service = await make();
      unsubscribe = service.subscribe((e) => events.push(e));
    },
    close() {
      unsubscribe();
      service.close();
      temp.cleanup();
    },
  };
  return t;
}

/**
 * For each test of the calling file: a fresh service on its own temp library and one workshop
 * created from the zh-CN "sales transformation" template. Registers the hooks; read the fields
 * inside tests.
 */
export function withTemplateWorkshop(): { t: TestService; workshopId: string } {
  const ctx = {} as { t: TestService; workshopId: string };
  beforeEach(async () => {
    ctx.t = await startTestService();
    const w = await ctx.t.ok('createWorkshop', { name: '海格物流', client: '海格物流', language: 'zh-CN', templateId: 'sales-transformation' });
    ctx.workshopId = w.id;
  });
  afterEach(() => ctx.t.close());
  return ctx;
}
