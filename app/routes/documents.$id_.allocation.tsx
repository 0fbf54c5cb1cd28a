import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Choices, FormAlert, SelectField, useSchemaForm } from '~/components/form';
import { documentAllocationForm } from '~/features/allocation/allocation-input';
import { parseFormOrThrow } from '~/platform/validation';
import { When } from '~/components/when';
import { changeAllocations, documentAllocation } from '~/features/allocation/allocation.server';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { translate } from '~/i18n';
import styles from '~/styles/numbering.css';
import { metaTitle } from '~/platform/meta';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('allocation.title', { document: data.doc.label ?? data.doc.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    return json(await documentAllocation(context.db, principal, params.id!));
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await readFormData(request);
    const intent = String(form.get('intent') ?? 'save');
    const { group, agendaItemId, version } = parseFormOrThrow(form, documentAllocationForm);
    const base = { documentIds: [params.id!], versions: version === undefined ? {} : { [params.id!]: version } };
    const handBack = intent.startsWith('remove:');
    const result = await changeAllocations(
      context.db,
      principal,
      handBack ? { ...base, remove: [intent.slice(7)] } : { ...base, add: group, agendaItemId },
    );
    const done = !result.changed ? 'allocation.unchanged' : handBack ? 'allocation.handedBack' : 'allocation.saved';
    return json({ ok: true as const, message: translate(context.locale, done) });
  });
}

export default function Allocation() {
  const { doc, meeting, current, targets, agendaItems, isSecretariat } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const name = doc.label ?? doc.title;
  const { fields, formProps, refusal } = useSchemaForm(documentAllocationForm, {
    result,
    id: `allocation-${doc.version}`,
    defaultValue: { agendaItemId: doc.agendaItemId ?? 'none', group: [] },
  });
  const addable = targets.filter((g) => !current.some((c) => c.groupId === g.id));
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link> /{' '}
        <Link to={`/documents/${doc.id}`}>{name}</Link>
      </nav>
      <h1>{t('allocation.title', { document: name })}</h1>
      {doc.label && <p className="lead">{doc.title}</p>}
      <FormAlert error={refusal?.error} ok={result?.ok ? result.message : undefined} />
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
              {c.mayRemove && (
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
      <Form method="post" className="form card" {...formProps}>
        <input type="hidden" name="version" value={doc.version} />
        <Choices
          legend={t('allocation.add')}
          field={fields.group}
          className="field"
          options={addable.map((g) => ({
            value: g.id,
            label: (
              <>
                {g.code} <span className="muted small">{g.name}</span>
              </>
            ),
          }))}
        />
        <SelectField label={t('registration.agendaItem')} field={fields.agendaItemId}>
          <option value="none">{t('registration.noAgenda')}</option>
          {agendaItems.map((i) => (
            <option key={i.id} value={i.id}>
              {i.label} {i.title}
            </option>
          ))}
        </SelectField>
        <div>
          <button type="submit" name="intent" value="save">
            {t('allocation.save')}
          </button>
        </div>
      </Form>
    </>
  );
}
