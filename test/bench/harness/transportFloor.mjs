/**
 * The transport floor for the browser host's round trip: a bare Node HTTP server in its own
 * process that answers POST /api/<method> with a version and writes that version's change event
 * to every GET /api/events stream, with no service, no SQLite, no checks. The host suite times it
 * with the same client as the host, in the same run, so a reader can tell transport and machine
 * load (this floor) from the host's own work (the rest).
 */
import http from 'node:http';

const streams = new Set();
let version = 0;
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/api/events')) {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    streams.add(res);
    // As the host does: a comment now and then keeps every proxy and agent from timing it out.
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(res);
    });
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const { workshopId } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const v = ++version;
    const block = `data: ${JSON.stringify({ kind: 'change', workshopId, version: v, diff: { added: [], updated: [], removed: [] } })}\n\n`;
    for (const s of streams) s.write(block);
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ ok: true, value: { version: v } }));
  });
});
server.listen(0, '127.0.0.1', () => console.log(`running at http://127.0.0.1:${server.address().port}/`));
process.on('SIGTERM', () => process.exit(0));
