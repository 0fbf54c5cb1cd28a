import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '~/components/form';
import { When } from '~/components/when';
import { changeAllocations, documentAllocation } from '~/features/allocation/allocation.server';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { translate } from '~/i18n';
import styles from '~/styles/numbering.css';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Allocation — ${data.doc.label ?? data.doc.title} — Plenary` : 'Plenary' },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => json(await documentAllocation(context.db, principal, params.id!)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await readFormData(request);
    const intent = String(form.get('intent') ?? 'save');
    const version = String(form.get('version') ?? '');
    const base = { documentIds: [params.id!], versions: version ? { [params.id!]: version } : {} };
    const result = intent.startsWith('remove:')
      ? await changeAllocations(context.db, principal, { ...base, remove: [intent.slice(7)] })
      : await changeAllocations(context.db, principal, {
          ...base,
          add: form.getAll('group').map(String),
          agendaItemId: form.get('agendaItemId') ?? undefined,
        });
    if (!result.changed) return json({ ok: true as const, message: translate(context.locale, 'allocation.unchanged') });
    return json({
      ok: true as const,
      message: translate(context.locale, intent.startsWith('remove:') ? 'allocation.handedBack' : 'allocation.saved'),
    });
  });
}

export default function Allocation() {
  const { doc, meeting, current, targets, agendaItems, isSecretariat, chairOf } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const failed = result && !result.ok ? result : undefined;
  const name = doc.label ?? doc.title;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link> /{' '}
        <Link to={`/documents/${doc.id}`}>{name}</Link>
      </nav>
      <h1>{t('allocation.title', { document: name })}</h1>
      {doc.label && <p className="lead">{doc.title}</p>}
      <FormAlert
        error={failed ? Object.values(failed.fieldErrors ?? {}).join(' ') || failed.error : undefined}
        ok={result?.ok ? result.message : undefined}
      />
      {result?.ok && (
        <p>
          <Link to={`/documents/${doc.id}`}>{t('workflow.back')}</Link>
        </p>
      )}
      <h2>{t('allocation.current')}</h2>
      {current.length === 0 ? (
        <p className="muted">{t('allocation.none')}</p>
      ) : (
        <ul className="allocations">
          {current.map((c) => (
            <li key={c.groupId}>
              <strong>{c.code}</strong> {c.name}{' '}
              <span className="muted small">
                {c.by && t('allocation.by', { name: c.by })},{' '}
                <When instant={c.allocatedAt} meetingZone={meeting.timeZone} />
              </span>{' '}
              {(isSecretariat || chairOf.includes(c.groupId)) && (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="version" value={doc.version} />
                  <button type="submit" name="intent" value={`remove:${c.groupId}`} className="small secondary">
                    {isSecretariat ? t('allocation.remove', { group: c.code }) : t('allocation.handBack')}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="form card">
        <input type="hidden" name="version" value={doc.version} />
        <fieldset className="field">
          <legend>{t('allocation.add')}</legend>
          {targets
            .filter((g) => !current.some((c) => c.groupId === g.id))
            .map((g) => (
              <label key={g.id} className="check">
                <input type="checkbox" name="group" value={g.id} /> {g.code}{' '}
                <span className="muted small">{g.name}</span>
              </label>
            ))}
        </fieldset>
        <div className="field">
          <label htmlFor="agendaItemId">{t('registration.agendaItem')}</label>
          <select id="agendaItemId" name="agendaItemId" defaultValue={doc.agendaItemId ?? 'none'}>
            <option value="none">{t('registration.noAgenda')}</option>
            {agendaItems.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label} {i.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" name="intent" value="save">
            {t('allocation.save')}
          </button>
        </div>
      </Form>
    </>
  );
}
