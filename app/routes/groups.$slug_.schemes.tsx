import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { Field, FormAlert, SelectField, useSchemaForm } from '~/components/form';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { parseFormOrThrow } from '~/platform/validation';
import { useT } from '~/platform/i18n-react';
import { createScheme, listSchemes, updateScheme } from '~/features/registration/numbering.server';
import { schemeInput } from '~/features/registration/scheme-input';
import { DOCUMENT_TYPES } from '../../db/schema';
import styles from '~/styles/numbering.css';
import { metaTitle } from '~/platform/meta';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('numbering.schemes.title', { group: data.group.code })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => json(await listSchemes(context.db, principal, params.slug!)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await readFormData(request);
    const input = parseFormOrThrow(form, schemeInput);
    const { group } = await listSchemes(context.db, principal, params.slug!);
    const schemeId = form.get('schemeId');
    if (schemeId) await updateScheme(context.db, principal, String(schemeId), input);
    else await createScheme(context.db, principal, group.id, input);
    return json({ ok: true as const });
  });
}

const SCHEME_SCOPES = ['group', 'period', 'meeting'] as const;

export default function Schemes() {
  const { group, schemes, meetings } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const editing = schemes.find((s) => s.id === params.get('edit'));
  const v = editing ?? {
    documentType: 'contribution',
    name: '',
    format: '',
    scope: 'group',
    periodStart: '',
    periodEnd: '',
    meetingId: '',
  };
  const { fields, formProps, refusal } = useSchemaForm(schemeInput, {
    result,
    id: `scheme-${editing?.id ?? 'new'}`,
    defaultValue: {
      ...v,
      periodStart: v.periodStart ?? '',
      periodEnd: v.periodEnd ?? '',
      meetingId: v.meetingId ?? '',
    },
  });
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link>
      </nav>
      <h1>{t('numbering.schemes.title', { group: group.code })}</h1>
      <p className="lead">{t('numbering.schemes.intro')}</p>
      {schemes.length === 0 ? (
        <p className="alert info">{t('numbering.schemes.none')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t('numbering.schemes.name')}</th>
              <th scope="col">{t('numbering.schemes.type')}</th>
              <th scope="col">{t('numbering.schemes.format')}</th>
              <th scope="col">{t('numbering.schemes.scope')}</th>
              <th scope="col">{t('numbering.schemes.lastNumber')}</th>
              <th scope="col">{t('numbering.schemes.next')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('numbering.schemes.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {schemes.map((s) => (
              <tr key={s.id}>
                <td>{s.name}</td>
                <td>{t(`numbering.type.${s.documentType}`)}</td>
                <td>
                  <code>{s.format}</code>
                </td>
                <td>
                  {t(`numbering.schemes.scope.${s.scope}`)}
                  {s.scope === 'period' && (
                    <div className="muted small">
                      {s.periodStart} – {s.periodEnd}
                    </div>
                  )}
                  {s.scope === 'meeting' && (
                    <div className="muted small">{meetings.find((m) => m.id === s.meetingId)?.title}</div>
                  )}
                </td>
                <td>{s.lastNumber}</td>
                <td>
                  <span className="doc-number">{s.example}</span>
                </td>
                <td>
                  <Link to={`?edit=${s.id}`} aria-label={`${t('numbering.schemes.edit')}: ${s.name}`}>
                    {t('numbering.schemes.edit')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{editing ? `${t('numbering.schemes.edit')}: ${editing.name}` : t('numbering.schemes.add')}</h2>
      <Form method="post" className="form card scheme-form" key={editing?.id ?? 'new'} {...formProps}>
        <FormAlert error={refusal?.error} ok={result?.ok ? t('numbering.schemes.saved') : undefined} />
        {editing && <input type="hidden" name="schemeId" value={editing.id} />}
        <SelectField label={t('numbering.schemes.type')} field={fields.documentType}>
          {DOCUMENT_TYPES.map((d) => (
            <option key={d} value={d}>
              {t(`numbering.type.${d}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t('numbering.schemes.name')} field={fields.name} required maxLength={100} />
        <Field
          label={t('numbering.schemes.format')}
          field={fields.format}
          required
          hint={t('numbering.schemes.formatHint')}
        />
        <SelectField label={t('numbering.schemes.scope')} field={fields.scope}>
          {SCHEME_SCOPES.map((s) => (
            <option key={s} value={s}>
              {t(`numbering.schemes.scope.${s}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t('numbering.schemes.periodStart')} field={fields.periodStart} type="date" />
        <Field label={t('numbering.schemes.periodEnd')} field={fields.periodEnd} type="date" />
        <SelectField label={t('numbering.schemes.meeting')} field={fields.meetingId}>
          <option value="">{t('numbering.schemes.noMeeting')}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title} ({m.startsOn})
            </option>
          ))}
        </SelectField>
        <div>
          <button type="submit">{t('numbering.schemes.save')}</button>{' '}
          {editing && (
            <Link to="?" className="button secondary">
              {t('numbering.schemes.cancel')}
            </Link>
          )}
        </div>
      </Form>
    </>
  );
}
