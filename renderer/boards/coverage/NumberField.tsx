import { useEffect, useId, useState, type KeyboardEvent } from 'react';

interface NumberFieldProps {
  /** The record's value; null = empty (e.g. no people limit). */
  value: number | null;
  label: string;
  /** Says what is wrong with a typed value (NaN = not a number), or null when it may be committed. */
  check(value: number | null): string | null;
  commit(value: number | null): void;
  allowEmpty?: boolean;
  placeholder?: string;
  className?: string;
}

/**
 * A number typed in place, as in a spreadsheet: Enter or leaving the field commits (one command),
 * Esc puts the record's value back. A bad value is explained next to the field and changes nothing.
 */
export function NumberField({ value, label, check, commit, allowEmpty, placeholder, className }: NumberFieldProps) {
  const shown = value === null ? '' : String(value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  // Another window, undo or a dialog changed the record: show the new value.
  useEffect(() => {
    setText(shown);
    setError(null);
  }, [shown]);

  const parse = (raw: string): number | null | undefined => {
    const trimmed = raw.trim().replace(/,/g, '');
    if (trimmed === '') return allowEmpty ? null : undefined;
    const n = Number(trimmed);
    return Number.isFinite(n) ? n : undefined;
  };

  const tryCommit = () => {
    if (text === shown) return setError(null);
    const parsed = parse(text);
    const problem = parsed === undefined ? check(Number.NaN) : check(parsed);
    if (problem || parsed === undefined) {
      setError(problem);
      return;
    }
    setError(null);
    if (parsed !== value) commit(parsed);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      tryCommit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setText(shown);
      setError(null);
    }
  };

  return (
    <span className={`number-field${className ? ` ${className}` : ''}`}>
      <input
        type="text"
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        aria-label={label}
        data-commit-field=""
        data-dirty={text !== shown ? 'true' : 'false'}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={tryCommit}
        onKeyDown={onKeyDown}
      />
      {error && (
        <span id={errorId} role="alert" className="field-error">
          <span aria-hidden="true">✖ </span>
          {error}
        </span>
      )}
    </span>
  );
}
