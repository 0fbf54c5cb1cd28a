/** Small shared pieces of the registration, allocation and dashboard pages. */
export function DocLabel({ label, title }: { label: string | null; title: string }) {
  return (
    <>
      {label ? <strong className="doc-number">{label}</strong> : <span className="badge neutral">—</span>}{' '}
      <span>{title}</span>
    </>
  );
}

export function Count({
  value,
  label,
  href,
  current,
}: {
  value: number;
  label: string;
  href: string;
  current?: boolean;
}) {
  return (
    <a className={`count-card${current ? ' current' : ''}`} href={href} aria-current={current ? 'page' : undefined}>
      <span className="count-value">{value}</span>
      <span className="count-label">{label}</span>
    </a>
  );
}

/** Checkbox "select all" that ticks every checkbox named `name` in the same form (works without JavaScript as a plain checkbox). */
export function SelectAll({ form, name, label }: { form: string; name: string; label: string }) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      title={label}
      onChange={(e) => {
        const f = document.getElementById(form) as HTMLFormElement | null;
        f?.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`).forEach((c) => {
          c.checked = e.currentTarget.checked;
        });
      }}
    />
  );
}
