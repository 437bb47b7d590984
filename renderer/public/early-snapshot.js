/* global window, location */
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
  const response = fetch('./api/openWorkshop', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Salesmap-Token': token },
    body: JSON.stringify(args),
  });
  // Nobody may take it (the user goes back to the library first): no unhandled rejection.
  response.catch(() => undefined);
  window.__salesmapEarly = { workshopId, response };
})();
