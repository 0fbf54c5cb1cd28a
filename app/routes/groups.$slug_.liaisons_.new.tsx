import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Choices, Field, FormAlert, TextAreaField, useSchemaForm } from '~/components/form';
import { incomingFields } from '~/features/liaisons/incoming-input';
import { registerIncomingFromRequest } from '~/features/liaisons/incoming.server';
import { answerableOutgoing } from '~/features/liaisons/lists.server';
import { utcDate } from '~/features/meetings/deadlines';
import { act, load, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('liaisons.register.title', { group: data.group.code })));

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () =>
    json({ ...(await answerableOutgoing(context.db, principal, params.slug!)), today: utcDate(new Date()) }),
  );
}

export async function action({ context, params, request }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const ls = await registerIncomingFromRequest(context, principal, params.slug!, request);
    return redirect(`/liaisons/incoming/${ls.id}`);
  });
}

export default function RegisterIncoming() {
  const { group, outgoing, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const form = useSchemaForm(incomingFields, {
    result,
    id: 'incoming-new',
    defaultValue: { receivedOn: today, addressees: `${group.slug} | action` },
  });
  const f = form.fields;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/groups/${group.slug}/liaisons`}>{t('liaisons.list.title', { group: group.code })}</Link>
      </nav>
      <h1>{t('liaisons.register.title', { group: group.code })}</h1>
      <FormAlert error={form.refusal?.error} />
      <Form method="post" encType="multipart/form-data" {...form.formProps}>
        <Field label={t('liaisons.field.title')} field={f.title} required />
        <Field label={t('liaisons.field.reference')} field={f.reference} hint={t('liaisons.field.referenceHint')} />
        <Field label={t('liaisons.field.senderOrganisation')} field={f.senderOrganisation} required />
        <Field label={t('liaisons.field.senderGroup')} field={f.senderGroup} />
        <Field label={t('liaisons.field.receivedOn')} field={f.receivedOn} type="date" required />
        <Field
          label={t('liaisons.field.replyDeadline')}
          field={f.replyDeadline}
          type="date"
          hint={t('liaisons.field.replyDeadlineHint')}
        />
        <TextAreaField
          label={t('liaisons.field.addressees')}
          field={f.addressees}
          rows={3}
          hint={t('liaisons.field.addresseesHint')}
        />
        <TextAreaField label={t('liaisons.field.summary')} field={f.summary} rows={5} />
        <div className="field">
          <label htmlFor="files">{t('liaisons.field.files')}</label>
          <input id="files" name="files" type="file" multiple />
        </div>
        {outgoing.length > 0 && (
          <Choices
            legend={t('liaisons.field.answers')}
            field={f.answers}
            options={outgoing.map((o) => ({ value: o.id, label: `${o.title} (${o.sentOn})` }))}
          />
        )}
        <button type="submit">{t('liaisons.register.submit')}</button>
      </Form>
    </>
  );
}
