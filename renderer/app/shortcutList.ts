/**
 * Every keyboard shortcut of the app, as data: the "Keyboard shortcuts" sheet (?) is generated
 * from this list, so what it says is what the code registered. Code that adds a shortcut adds
 * its entry here or through addShortcuts() (e.g. a view with its own keys); the words live in
 * the locales under shortcuts.items.<id>, the group titles under shortcuts.groups.<group>.
 */
export type ShortcutGroup = 'everywhere' | 'present' | 'lists' | 'segments' | 'routes';

export interface Shortcut {
  id: string;
  group: ShortcutGroup;
  /** Each alternative a chord of keys; "Mod" is Ctrl (⌘ on a Mac). */
  keys: string[][];
}

const BUILT_IN: Shortcut[] = [
  { id: 'undo', group: 'everywhere', keys: [['Mod', 'Z']] },
  { id: 'redo', group: 'everywhere', keys: [['Mod', 'Shift', 'Z'], ['Mod', 'Y']] },
  { id: 'board', group: 'everywhere', keys: [['Mod', '1…9'], ['Alt', '1…9']] },
  { id: 'export', group: 'everywhere', keys: [['Mod', 'E']] },
  { id: 'print', group: 'everywhere', keys: [['Mod', 'P']] },
  { id: 'present', group: 'everywhere', keys: [['F5']] },
  { id: 'help', group: 'everywhere', keys: [['?']] },
  { id: 'parkingLot', group: 'everywhere', keys: [['F8']] },
  { id: 'closeDialog', group: 'everywhere', keys: [['Esc']] },
  { id: 'startPresent', group: 'present', keys: [['Mod', 'Enter']] },
  { id: 'endPresent', group: 'present', keys: [['Esc']] },
  { id: 'blank', group: 'present', keys: [['B']] },
  { id: 'presentStep', group: 'present', keys: [['←', '→'], ['PageUp', 'PageDown']] },
  // A board's list of cards in present mode (ui/roving): the arrows move the focus there.
  { id: 'presentCards', group: 'present', keys: [['↑', '↓', '←', '→'], ['Home'], ['End']] },
  { id: 'zoomIn', group: 'present', keys: [['Mod', '=']] },
  { id: 'zoomOut', group: 'present', keys: [['Mod', '−']] },
  { id: 'zoomFit', group: 'present', keys: [['Mod', '0']] },
  { id: 'open', group: 'lists', keys: [['Enter']] },
  { id: 'rename', group: 'lists', keys: [['F2']] },
  { id: 'delete', group: 'lists', keys: [['Delete']] },
  { id: 'pickUp', group: 'lists', keys: [['Space']] },
  { id: 'moveHeld', group: 'lists', keys: [['↑', '↓', '←', '→']] },
  { id: 'cancelMove', group: 'lists', keys: [['Esc']] },
  { id: 'search', group: 'segments', keys: [['Mod', 'F']] },
  { id: 'selectMore', group: 'segments', keys: [['Shift', '↑', '↓'], ['Shift', 'Click']] },
  { id: 'toggleSelect', group: 'segments', keys: [['Mod', 'Space'], ['Mod', 'Click']] },
  { id: 'clearSelection', group: 'segments', keys: [['Esc']] },
  { id: 'cellMove', group: 'routes', keys: [['↑', '↓', '←', '→'], ['Home'], ['End']] },
  { id: 'cellEnter', group: 'routes', keys: [['Enter']] },
  { id: 'cellTab', group: 'routes', keys: [['Tab'], ['Shift', 'Tab']] },
  { id: 'cellLeave', group: 'routes', keys: [['Esc']] },
];

const GROUP_ORDER: ShortcutGroup[] = ['everywhere', 'present', 'lists', 'segments', 'routes'];
const extra: Shortcut[] = [];

/** Adds shortcuts (an id already listed is replaced), so the sheet shows them too. */
export function addShortcuts(list: Shortcut[]): void {
  for (const s of list) {
    const at = extra.findIndex((x) => x.id === s.id);
    if (at >= 0) extra[at] = s;
    else extra.push(s);
  }
}

/** Every shortcut, grouped in the sheet's order. */
export function allShortcuts(): { group: ShortcutGroup; shortcuts: Shortcut[] }[] {
  const ids = new Set(extra.map((s) => s.id));
  const list = [...BUILT_IN.filter((s) => !ids.has(s.id)), ...extra];
  return GROUP_ORDER.map((group) => ({ group, shortcuts: list.filter((s) => s.group === group) })).filter((g) => g.shortcuts.length);
}

/** How a key is written on this computer ("Ctrl" or "⌘"). */
export function keyName(key: string, mac = /Mac|iPhone|iPad/.test(navigator.platform)): string {
  if (key === 'Mod') return mac ? '⌘' : 'Ctrl';
  if (key === 'Alt' && mac) return '⌥';
  return key;
}
