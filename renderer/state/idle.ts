/** What an idle callback is told: how long the browser expects to stay idle. */
export interface IdleDeadline {
  timeRemaining(): number;
}

/**
 * Runs `job` when the page is idle (at the latest after `timeout` ms); where there is no
 * requestIdleCallback (unit tests in node), shortly after, with a small time budget.
 */
export function whenIdle(job: (deadline: IdleDeadline) => void, timeout?: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(job, timeout === undefined ? undefined : { timeout });
  else setTimeout(() => job({ timeRemaining: () => 8 }), 50);
}
