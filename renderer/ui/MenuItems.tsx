/** One entry of a menu: what it says, its shortcut, and what it does. */
export interface MenuItem {
  label: string;
  /** The shortcut shown at the right ("F2"); the shortcut itself works on the focused element. */
  hint?: string;
  danger?: boolean;
  disabled?: boolean;
  run(): void;
}

/**
 * The entries of a menu as role="menuitem" buttons. Picking one closes the menu first (`onPicked`),
 * then runs it, so a dialog the entry opens takes focus from a menu that is already gone.
 */
export function MenuItems({ items, onPicked }: { items: readonly MenuItem[]; onPicked(): void }) {
  return (
    <>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className={item.danger ? 'danger-text' : undefined}
          disabled={item.disabled}
          onClick={() => {
            onPicked();
            item.run();
          }}
        >
          <span>{item.label}</span>
          {item.hint && <kbd>{item.hint}</kbd>}
        </button>
      ))}
    </>
  );
}
