import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Check, Choices, Field, FormAlert, useSchemaForm } from '~/components/form';
import { ParticipationNav } from '~/features/participation/participation-nav';
import { settingsInput } from '~/features/participation/participation-input';
import { settingsForm, updateSettings } from '~/features/participation/settings.server';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';
import { PARTICIPATION_MODES } from '../../db/schema/participation';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('participation.settings.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => json(await settingsForm(context.db, principal, params.slug!)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    await updateSettings(context.db, principal, params.slug!, await readFormData(request));
    return json({ ok: true as const });
  });
}

export default function ParticipationSettings() {
  const { meeting, group, settings } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { fields, formProps, refusal } = useSchemaForm(settingsInput, {
    result,
    id: 'participation-settings',
    defaultValue: settings as unknown as Record<string, unknown>,
  });
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('participation.settings.title', { meeting: meeting.title })}</h1>
      <ParticipationNav slug={meeting.slug} may={{ viewList: true, manage: true }} />
      <Form method="post" className="form card" {...formProps}>
        <FormAlert error={refusal?.error} ok={result?.ok ? t('participation.settings.saved') : undefined} />
        <Choices
          legend={t('participation.settings.modes')}
          field={fields.modes}
          options={PARTICIPATION_MODES.map((m) => ({ value: m, label: t(`participation.mode.${m}`) }))}
        >
          <input type="hidden" name={fields.modes.name} value="" />
        </Choices>
        <Check field={fields.closed} label={t('participation.settings.closed')} />
        <Check field={fields.organisationsPublic} label={t('participation.settings.organisationsPublic')} />
        <Field label={t('participation.settings.remoteLink')} field={fields.remoteLink} type="url" />
        <div className="two">
          <Field label={t('participation.settings.signatoryName')} field={fields.signatoryName} />
          <Field label={t('participation.settings.signatoryTitle')} field={fields.signatoryTitle} />
          <Field label={t('participation.settings.hostCity')} field={fields.hostCity} />
          <Field label={t('participation.settings.hostCountry')} field={fields.hostCountry} />
        </div>
        <Field
          label={t('participation.settings.retention')}
          field={fields.visaRetentionDays}
          type="number"
          min={1}
          max={730}
        />
        <div>
          <button type="submit">{t('participation.settings.save')}</button>
        </div>
      </Form>
    </>
  );
}
