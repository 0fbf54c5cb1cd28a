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
