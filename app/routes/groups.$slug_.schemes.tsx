import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { Field, FormAlert } from '~/components/form';
import { act, formData, load, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { createScheme, listSchemes, updateScheme } from '~/features/registration/numbering.server';
import { DOCUMENT_TYPES } from '../../db/schema';
import styles from '~/styles/numbering.css';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Numbering schemes — ${data.group.code} — Plenary` : 'Plenary' }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => json(await listSchemes(context.db, principal, params.slug!)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await formData(request);
    const { group } = await listSchemes(context.db, principal, params.slug!);
    if (form.schemeId) await updateScheme(context.db, principal, String(form.schemeId), form);
    else await createScheme(context.db, principal, group.id, form);
    return json({ ok: true as const });
  });
}

export default function Schemes() {
  const { group, schemes, meetings } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const failed = result && !result.ok ? result : undefined;
  const editing = schemes.find((s) => s.id === params.get('edit'));
  const v = editing ?? { documentType: 'contribution', name: '', format: '', scope: 'group', periodStart: '', periodEnd: '', meetingId: '' };
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs"><Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link></nav>
      <h1>{t('numbering.schemes.title', { group: group.code })}</h1>
      <p className="lead">{t('numbering.schemes.intro')}</p>
      {schemes.length === 0 ? <p className="alert info">{t('numbering.schemes.none')}</p> : (
        <table className="list">
          <thead><tr><th scope="col">{t('numbering.schemes.name')}</th><th scope="col">{t('numbering.schemes.type')}</th><th scope="col">{t('numbering.schemes.format')}</th><th scope="col">{t('numbering.schemes.scope')}</th><th scope="col">{t('numbering.schemes.lastNumber')}</th><th scope="col">{t('numbering.schemes.next')}</th><th scope="col"><span className="visually-hidden">{t('numbering.schemes.edit')}</span></th></tr></thead>
          <tbody>
            {schemes.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td><td>{t(`numbering.type.${s.documentType}`)}</td><td><code>{s.format}</code></td>
                <td>{t(`numbering.schemes.scope.${s.scope}`)}{s.scope === 'period' && <div className="muted small">{s.periodStart} – {s.periodEnd}</div>}{s.scope === 'meeting' && <div className="muted small">{meetings.find((m) => m.id === s.meetingId)?.title}</div>}</td>
                <td>{s.lastNumber}</td><td><span className="doc-number">{s.example}</span></td>
                <td><Link to={`?edit=${s.id}`} aria-label={`${t('numbering.schemes.edit')}: ${s.name}`}>{t('numbering.schemes.edit')}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{editing ? `${t('numbering.schemes.edit')}: ${editing.name}` : t('numbering.schemes.add')}</h2>
      <Form method="post" className="form card scheme-form" key={editing?.id ?? 'new'}>
        <FormAlert error={failed?.error} ok={result?.ok ? t('numbering.schemes.saved') : undefined} />
        {editing && <input type="hidden" name="schemeId" value={editing.id} />}
        <div className="field"><label htmlFor="documentType">{t('numbering.schemes.type')}</label>
          <select id="documentType" name="documentType" defaultValue={v.documentType}>{DOCUMENT_TYPES.map((d) => <option key={d} value={d}>{t(`numbering.type.${d}`)}</option>)}</select></div>
        <Field label={t('numbering.schemes.name')} name="name" required defaultValue={v.name} maxLength={100} error={failed?.fieldErrors.name} />
        <Field label={t('numbering.schemes.format')} name="format" required defaultValue={v.format} hint={t('numbering.schemes.formatHint')} error={failed?.fieldErrors.format} />
        <div className="field"><label htmlFor="scope">{t('numbering.schemes.scope')}</label>
          <select id="scope" name="scope" defaultValue={v.scope}>{(['group', 'period', 'meeting'] as const).map((s) => <option key={s} value={s}>{t(`numbering.schemes.scope.${s}`)}</option>)}</select>
          {failed?.fieldErrors.scope && <span className="field-error">{failed.fieldErrors.scope}</span>}</div>
        <Field label={t('numbering.schemes.periodStart')} name="periodStart" type="date" defaultValue={v.periodStart ?? ''} error={failed?.fieldErrors.periodStart} />
        <Field label={t('numbering.schemes.periodEnd')} name="periodEnd" type="date" defaultValue={v.periodEnd ?? ''} error={failed?.fieldErrors.periodEnd} />
        <div className="field"><label htmlFor="meetingId">{t('numbering.schemes.meeting')}</label>
          <select id="meetingId" name="meetingId" defaultValue={v.meetingId ?? ''}><option value="">{t('numbering.schemes.noMeeting')}</option>{meetings.map((m) => <option key={m.id} value={m.id}>{m.title} ({m.startsOn})</option>)}</select>
          {failed?.fieldErrors.meetingId && <span className="field-error">{failed.fieldErrors.meetingId}</span>}</div>
        <div><button type="submit">{t('numbering.schemes.save')}</button> {editing && <Link to="?" className="button secondary">{t('numbering.schemes.cancel')}</Link>}</div>
      </Form>
    </>
  );
}
