/**
 * What this device cast in each vote, kept in the browser: a phone that reloads, sleeps or loses
 * the Wi-Fi shows its ballot again instead of a blank one (the service cannot tell it: it keeps
 * only a hash of the device's key, and hides where a hidden vote's dots went from every device).
 */
const keyOf = (voteId: string) => `salesmap.ballot.${voteId}`;

export function castBallot(voteId: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(voteId)) ?? 'null');
    return Array.isArray(parsed) && parsed.every((id) => typeof id === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

export function rememberBallot(voteId: string, itemIds: string[]): void {
  try {
    localStorage.setItem(keyOf(voteId), JSON.stringify(itemIds));
  } catch {
    // Storage full or off (a private window): the ballot is cast all the same, only not shown after a reload.
  }
}
