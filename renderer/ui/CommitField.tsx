import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { useReadOnly } from './readOnly';

interface CommitFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Called once the user is done (Enter or leaving the field), not on every keystroke, so one edit is one undo step. */
  onCommit(value: string): void;
  /** Live draft for previews (what-if) before the commit. */
  onDraft?(value: string): void;
}

/** A text or number input that commits on Enter/blur, and Esc puts back the stored value. */
export function CommitField({ value, onCommit, onDraft, ...rest }: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  // On a read-only board (present mode, the projector) the value is shown, not offered for editing.
  if (useReadOnly()) {
    return (
      <span className={`${rest.className ?? ''} commit-value as-content`} title={rest['aria-label']}>
        {value}
      </span>
    );
  }
  return (
    <input
      {...rest}
      data-commit-field=""
      data-dirty={draft !== value ? 'true' : 'false'}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        onDraft?.(e.target.value);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          setDraft(value);
          onDraft?.(value);
        }
      }}
    />
  );
}
