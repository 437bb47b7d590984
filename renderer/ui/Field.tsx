import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
};

/** A labelled input: the label names it for screen readers and tests (getByLabel). */
export function TextField({ label, value, onChange, ...rest }: InputProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <input {...rest} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
};

export function TextAreaField({ label, value, onChange, ...rest }: AreaProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <textarea rows={3} maxLength={20000} {...rest} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

/** Cancel + primary submit, at the bottom of a dialog's form; `before` holds extra buttons (delete, clear). */
export function FormButtons({
  cancel,
  submit,
  onCancel,
  disabled,
  before,
}: {
  cancel: string;
  submit: string;
  onCancel(): void;
  disabled?: boolean;
  before?: ReactNode;
}) {
  return (
    <div className="dialog-footer">
      {before}
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
    </div>
  );
}
