import http from 'node:http';
import type { ChangeEvent } from '../../../shared/events';

export interface EventStream {
  /** performance.now() when the change event of this workshop version arrived. */
  arrival(version: number): Promise<number>;
  close(): void;
}

/**
 * A client of the browser host's server-sent events (GET /api/events), as a window is: it
 * notes when each change event arrives. Node 20 has no EventSource; the stream format is
 * `data: <json>` blocks separated by a blank line.
 */
export function listenToChanges(origin: string, token: string, workshopId: string): Promise<EventStream> {
  const arrived = new Map<number, number>();
  const waiting = new Map<number, (at: number) => void>();
  return new Promise((resolve, reject) => {
    // Its own socket (agent: false): Node 20's global agent puts a 5 s timeout on pooled sockets.
    const req = http.get(`${origin}/api/events?token=${encodeURIComponent(token)}`, { agent: false }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`GET /api/events answered ${res.statusCode}`));
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data: '))
            .map((l) => l.slice(6))
            .join('\n');
          if (!data) continue;
          const event = JSON.parse(data) as ChangeEvent;
          if (event.kind !== 'change' || event.workshopId !== workshopId) continue;
          const waiter = waiting.get(event.version);
          if (waiter) {
            waiting.delete(event.version);
            waiter(at);
          } else arrived.set(event.version, at);
        }
      });
      resolve({
        arrival(version) {
          const at = arrived.get(version);
          if (at !== undefined) {
            arrived.delete(version);
            return Promise.resolve(at);
          }
          return new Promise((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`No change event for version ${version} within 10 s`)), 10_000);
            waiting.set(version, (t) => {
              clearTimeout(timer);
              done(t);
            });
          });
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}
