import { Form, Link, useLocation } from '@remix-run/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '~/platform/i18n-react';

/**
 * Bulk actions over a list with check boxes. The list's form holds a BulkBar (the action buttons, the live count of
 * selected rows, "select all N matching"); the route answers a large selection with a confirmation (BulkConfirm) and
 * a finished action with `done`, which `bulkFormKey` turns into a fresh form: no row stays ticked for the next action.
 * Everything works without JavaScript: the boxes are plain inputs and the confirmation is a plain form.
 */

type BulkAnswer = { ok: boolean; done?: number; confirm?: { count: number; fields: [string, string][] } } | undefined;

/** A key for the list's form that changes after each finished bulk action, so the form starts again unticked. */
export function bulkFormKey(answer: BulkAnswer) {
  return answer && 'done' in answer && answer.done ? `done-${answer.done}` : 'list';
}

/** The "select every row of this page" box of a list's header. */
export function SelectAllRows({ form, name, label }: { form: string; name: string; label: string }) {
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
        f?.dispatchEvent(new Event('change', { bubbles: true }));
      }}
    />
  );
}

export function BulkBar({
  form,
  name,
  matching,
  children,
}: {
  /** The id of the list's form. */
  form: string;
  /** The name of the rows' check boxes. */
  name: string;
  /** How many rows match the list's filter, on every page. */
  matching: number;
  children: ReactNode;
}) {
  const t = useT();
  const { search } = useLocation();
  const [ticked, setTicked] = useState(0);
  const [all, setAll] = useState(false);
  useEffect(() => {
    const f = document.getElementById(form);
    if (!f) return;
    const update = () => {
      setTicked(f.querySelectorAll(`input[name="${name}"]:checked`).length);
      setAll(!!f.querySelector<HTMLInputElement>('input[name="scope"][value="all"]:checked'));
    };
    update();
    f.addEventListener('change', update);
    return () => f.removeEventListener('change', update);
  }, [form, name]);
  const label = t('bulk.bar');
  return (
    <div role="group" aria-label={label} className="toolbar bulk-bar">
      <span className="bulk-count" aria-live="polite">
        {t('bulk.selected', { count: all ? matching : ticked })}
      </span>
      {matching > 0 && (
        <label className="small">
          <input type="checkbox" name="scope" value="all" /> {t('bulk.selectMatching', { count: matching })}
        </label>
      )}
      <input type="hidden" name="filter" value={search.replace(/^\?/, '')} />
      {children}
    </div>
  );
}

/** The question asked before a large bulk action: its heading takes the focus; the button sends the same selection. */
export function BulkConfirm({ confirm }: { confirm: { count: number; fields: [string, string][] } }) {
  const t = useT();
  const { pathname, search } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [confirm]);
  return (
    <section className="card bulk-confirm" aria-labelledby="bulk-confirm-heading">
      <h2 id="bulk-confirm-heading" tabIndex={-1} ref={heading}>
        {t('bulk.confirm.heading')}
      </h2>
      <Form method="post">
        {confirm.fields.map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirmed" value="1" />
        <p>{t('bulk.confirm.text', { count: confirm.count })}</p>
        <button type="submit">{t('bulk.confirm.button')}</button>{' '}
        <Link to={pathname + search}>{t('bulk.confirm.cancel')}</Link>
      </Form>
    </section>
  );
}
