/**
 * The highlight the projector follows is the element the facilitator has in focus, named by a
 * data attribute the boards already put on their cards and cells (or `data-present-key` where a
 * board has none): "account-id=<id>". Ids, not positions: the projector may lay out differently.
 */
const KEYED = ['account-id', 'cell-key', 'placement-id', 'offering-id', 'present-key'] as const;
const SELECTOR = KEYED.map((a) => `[data-${a}]`).join(',');

export function highlightKeyOf(target: Element | null): string | null {
  const el = target?.closest<HTMLElement>(SELECTOR);
  if (!el) return null;
  for (const attr of KEYED) {
    const value = el.getAttribute(`data-${attr}`);
    if (value) return `${attr}=${value}`;
  }
  return null;
}

export function findHighlighted(root: ParentNode, key: string): HTMLElement | null {
  const at = key.indexOf('=');
  const attr = key.slice(0, at);
  if (at < 1 || !(KEYED as readonly string[]).includes(attr)) return null;
  return root.querySelector<HTMLElement>(`[data-${attr}="${CSS.escape(key.slice(at + 1))}"]`);
}
