import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PALETTE } from '../../../../shared/records';
import { paletteIndex, textOn } from '../color';
import { usePopover } from './usePopover';

/** The name of a palette colour in the UI language ("Orange"), or its hex code. */
export function useColorName(): (hex: string) => string {
  const { t } = useTranslation('segments');
  return (hex) => {
    const i = paletteIndex(hex);
    return i >= 0 ? t(`colors.${i}`) : hex;
  };
}

/**
 * A swatch button that opens the colour-blind-safe palette as a radio group; each colour has a
 * name, so the choice is never told by colour alone.
 */
export function ColorPicker({ value, label, onChange }: { value: string; label: string; onChange(color: string): void }) {
  const { open, setOpen, close, trigger, popup, keyDown } = usePopover();
  const colorName = useColorName();
  useEffect(() => {
    if (open) popup.current?.querySelector<HTMLElement>('[aria-checked="true"], [role="radio"]')?.focus();
  }, [open, popup]);
  return (
    <div className="seg-menu">
      <button
        ref={trigger}
        type="button"
        className="seg-swatch"
        style={{ background: value }}
        aria-label={`${label}: ${colorName(value)}`}
        title={`${label}: ${colorName(value)}`}
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      />
      {open && (
        <div
          ref={popup}
          role="radiogroup"
          aria-label={label}
          className="seg-popup seg-palette"
          onKeyDown={keyDown('[role="radio"]')}
        >
          {PALETTE.map((c) => {
            const checked = c.toLowerCase() === value.toLowerCase();
            return (
              <button
                key={c}
                type="button"
                role="radio"
                aria-checked={checked}
                aria-label={colorName(c)}
                title={colorName(c)}
                className="seg-palette-color"
                style={{ background: c, color: textOn(c) }}
                onClick={() => {
                  close();
                  if (!checked) onChange(c);
                }}
              >
                {checked ? '✓' : ''}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
