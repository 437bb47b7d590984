/* global window, location, EventSource */
// A page opened straight onto a workshop (#/w/<id>/…: a reload, a link, the app reopening where
// it was) asks for the workshop's snapshot here, in a classic script of the page's <head>, so the
// service reads and sends it while the app's modules are still downloading and compiling (about
// 0.4 s on our machines). The app takes the answer once (renderer/state/earlySnapshot.ts); every
// later load asks afresh. Plain script on purpose: a module would wait for the app's own graph.
// It reads the token as renderer/api/httpBridge.ts keeps it (?token=…, else this tab's storage).
(() => {
  const m = /^#\/w\/([^/]+)/.exec(location.hash);
  if (!m) return;
  const workshopId = decodeURIComponent(m[1]);
  const args = { workshopId };
  if (window.salesmap) {
    window.__salesmapEarly = { workshopId, envelope: window.salesmap.openWorkshop(args) };
    return;
  }
  const token = new URLSearchParams(location.search).get('token') || sessionStorage.getItem('salesmap.token');
  if (!token) return;
  // The event stream opens first and the snapshot is read only once it is open: a change another
  // window commits in between is then in the snapshot or on the stream, never lost in a gap
  // between the two (it was shown only with the next change). The stream's events until the app
  // takes it over (renderer/api/httpBridge.ts) are kept; the ones the snapshot already holds are
  // ignored there by their version. A stream that cannot open does not hold the snapshot back.
  const stream = { source: new EventSource(`./api/events?token=${encodeURIComponent(token)}`), buffered: [], opened: false, late: false };
  stream.source.onmessage = (m) => stream.buffered.push(m.data);
  window.__salesmapEarlyStream = stream;
  // A stream that neither opens nor fails (a proxy holding it, a connection that never answers)
  // must not leave the page at "Loading…": after STREAM_WAIT_MS the snapshot is read anyway, and
  // the stream is marked late, so its first opening counts as a reconnection and the page reads
  // the snapshot again (renderer/api/httpBridge.ts): a change made in between is not lost.
  const STREAM_WAIT_MS = 1500;
  const streamOpen = new Promise((resolve) => {
    stream.source.onopen = () => {
      stream.opened = true;
      resolve();
    };
    stream.source.onerror = () => resolve();
    setTimeout(() => {
      if (!stream.opened) stream.late = true;
      resolve();
    }, STREAM_WAIT_MS);
  });
  const response = streamOpen.then(() =>
    fetch('./api/openWorkshop', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': token },
      body: JSON.stringify(args),
    }),
  );
  // The body is read as it arrives, not when the app takes it: a workshop of 50,000 accounts is
  // ~15 MB, which the browser passes on (and decodes) only as fast as the page reads it; read
  // here, that happens while the app's modules load instead of after the app has started.
  const body = response.then((res) =>
    res.text().then((text) => ({ status: res.status, contentType: res.headers.get('Content-Type') || '', text })),
  );
  // Nobody may take it (the user goes back to the library first): no unhandled rejection.
  body.catch(() => undefined);
  window.__salesmapEarly = { workshopId, body };
})();
