import { randomBytes } from 'node:crypto';
import type { SharingStatus } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { ChangeEvent } from '../../shared/events';
import { projectorUrl } from '../../shared/projectorLink';
import { readOnlyService } from '../service/readOnly';
import type { Service } from '../service/service';
import { qrSvg } from './qr';
import { startWebHost, type WebHost } from './server';

export interface RoomShareOptions {
  /** The full service; each share hands its listener a read-only view of one workshop. */
  service: () => Service;
  /** The built renderer the participants' browsers load. */
  staticDir: string | undefined;
  /** The LAN address to listen on (127.0.0.2 in tests), or null when there is no network. */
  address: () => string | null;
  emit(event: ChangeEvent): void;
}

interface Current {
  workshopId: string;
  voting: boolean;
  host: WebHost;
  /** The read-only view its devices get (it follows the workshop's votes until closed). */
  viewer: Service;
  url: string;
  qrSvg: string;
}

/**
 * Share to the room: a second listener, on the LAN address, that exists only while sharing is
 * on. It has its own token (new every time), opens one workshop read-only, and never sees the
 * facilitator's token; turning it off closes the listener and every connection through it.
 */
export class RoomShare {
  private current: Current | null = null;
  /** Start and stop run one at a time: a double click must not leave two listeners. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: RoomShareOptions) {}

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  status(): SharingStatus {
    const c = this.current;
    if (!c) return { on: false };
    return { on: true, workshopId: c.workshopId, voting: c.voting, url: c.url, qrSvg: c.qrSvg, connections: c.host.connections() };
  }

  /** `voting`: the room's devices may also cast ballots (readOnlyService's voting-only permission). */
  start(workshopId: string, voting = false): Promise<SharingStatus> {
    return this.serial(async () => {
      if (this.current?.workshopId === workshopId && this.current.voting === voting) return this.status();
      await this.close();
      // Checked first: a service without the app to serve never listens on the network at all.
      if (!this.opts.staticDir) throw new AppError('share_unavailable', 'Sharing needs the built app (no renderer folder was given)');
      const address = this.opts.address();
      if (!address) throw new AppError('no_network', 'This computer is on no network the room could reach');
      const token = randomBytes(24).toString('base64url');
      const viewer = readOnlyService(this.opts.service(), { workshopId, voting });
      let host: WebHost | null = null;
      try {
        host = await startWebHost({ service: viewer, staticDir: this.opts.staticDir, port: 0, address, token });
        const url = projectorUrl(`http://${address}:${host.port}`, token, workshopId, { ballot: voting });
        this.current = { workshopId, voting, host, viewer, url, qrSvg: await qrSvg(url) };
      } catch (e) {
        // Nothing half started: no listener left open, nothing following the workshop.
        await host?.close();
        viewer.close();
        throw e;
      }
      this.opts.emit({ kind: 'sharing', on: true });
      return this.status();
    });
  }

  stop(): Promise<SharingStatus> {
    return this.serial(async () => {
      const was = this.current !== null;
      await this.close();
      if (was) this.opts.emit({ kind: 'sharing', on: false });
      return this.status();
    });
  }

  private async close(): Promise<void> {
    const c = this.current;
    this.current = null;
    if (c) {
      await c.host.close();
      c.viewer.close();
    }
  }
}
