import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A list of short values (industries, regions, statuses) as removable chips. Enter, a comma or
 * "、" adds what was typed; suggestions come from the values the accounts already use.
 */
export function TagInput({
  label,
  values,
  suggestions,
  onChange,
}: {
  label: string;
  values: readonly string[];
  suggestions: readonly string[];
  onChange(values: string[]): void;
}) {
  const { t } = useTranslation('segments');
  const [text, setText] = useState('');
  const listId = useId();
  const labelId = useId();
  const add = (raw: string) => {
    const parts = raw
      .split(/[,，、;；\n]/)
      .map((p) => p.trim())
      .filter(Boolean);
    const next = [...values];
    for (const p of parts) if (!next.some((v) => v.toLowerCase() === p.toLowerCase())) next.push(p.slice(0, 100));
    if (next.length !== values.length) onChange(next);
    setText('');
  };
  return (
    <div className="field seg-tags" role="group" aria-labelledby={labelId}>
      <span id={labelId}>{label}</span>
      <div className="seg-tags-box">
        {values.map((v) => (
          <span key={v} className="seg-tag">
            {v}
            <button type="button" aria-label={t('dialog.removeValue', { value: v })} onClick={() => onChange(values.filter((x) => x !== v))}>
              ×
            </button>
          </span>
        ))}
        <input
          list={listId}
          value={text}
          aria-label={label}
          placeholder={values.length ? '' : t('dialog.anyValue')}
          onChange={(e) => {
            const v = e.target.value;
            // A pick from the suggestion list arrives as a replacement, not typing: add it at once.
            const native = e.nativeEvent as InputEvent;
            const picked = (!(native instanceof InputEvent) || native.inputType === 'insertReplacementText') && suggestions.includes(v);
            if (picked || /[,，、;；]/.test(v)) add(v);
            else setText(v);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (text.trim()) add(text);
            } else if (e.key === 'Backspace' && !text && values.length) {
              onChange(values.slice(0, -1));
            }
          }}
          onBlur={() => text.trim() && add(text)}
        />
        <datalist id={listId}>
          {suggestions
            .filter((s) => !values.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
      </div>
    </div>
  );
}
