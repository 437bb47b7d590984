import http from 'node:http';

/**
 * A JSON POST over one kept-alive socket, with node:http instead of the global fetch (undici).
 * The round trip suites time a window's request; a window's fetch is Chromium's, in another
 * process. Undici's fetch, in the bench's own process, made every scavenge of that process cost
 * 6–8 ms instead of ~0.3 ms (a lean client, 3,000 requests to the bare floor: p99 5.9–8.8 ms
 * with fetch, 3.1–4.6 ms with node:http), and a scavenge came every ~80 requests: the p99 of the
 * host and of the floor alike was the client's garbage collector, not the transport.
 */
export function jsonPoster(origin: string): { post(path: string, headers: Record<string, string>, body: string): Promise<unknown>; close(): void } {
  // One socket, kept alive between requests, as a browser keeps its connection to the host.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    post: (path, headers, body) =>
      new Promise((resolve, reject) => {
        const req = http.request(
          `${origin}${path}`,
          { method: 'POST', agent, headers: { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => {
              try {
                resolve(JSON.parse(text));
              } catch {
                reject(new Error(`POST ${path} answered ${res.statusCode} with no JSON: ${text.slice(0, 200)}`));
              }
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}
