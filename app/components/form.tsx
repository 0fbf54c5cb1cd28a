import type { InputHTMLAttributes } from 'react';

/** A labelled input with its hint and error, wired for screen readers. */
export function Field({ label, name, error, hint, ...input }: { label: string; name: string; error?: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {hint && <span id={`${name}-hint`} className="hint">{hint}</span>}
      {error && <span id={`${name}-error`} className="field-error">{error}</span>}
    </div>
  );
}

export function FormAlert({ error, ok }: { error?: string; ok?: string }) {
  if (error) return <div role="alert" className="alert error">{error}</div>;
  if (ok) return <div role="status" className="alert ok">{ok}</div>;
  return null;
}
