import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Field, FormAlert, useSchemaForm } from '~/components/form';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';
import { DEADLINE_KINDS } from '~/features/meetings/deadlines';
import {
  groupRulesForm,
  groupRulesInput,
  ruleField,
  saveGroupRules,
} from '~/features/meetings/group-deadline-rules.server';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('deadlines.rules.title', { group: data.group.code })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => json(await groupRulesForm(context.db, principal, params.slug!)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    await saveGroupRules(context.db, principal, params.slug!, await readFormData(request));
    return json({ ok: true as const });
  });
}

export default function GroupDeadlineRules() {
  const { group, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { fields, formProps, refusal } = useSchemaForm(groupRulesInput, {
    result,
    id: 'deadline-rules',
    defaultValue: values,
  });
  const field = (name: string) => fields[name as keyof typeof fields];
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link>
      </nav>
      <h1>{t('deadlines.rules.title', { group: group.code })}</h1>
      <p className="lead">{t('deadlines.rules.lead')}</p>
      <Form method="post" className="form card" {...formProps}>
        <FormAlert error={refusal?.error} ok={result?.ok ? t('deadlines.rules.saved') : undefined} />
        {DEADLINE_KINDS.map((kind) => (
          <fieldset key={kind} className="two">
            <legend>{t(`deadlines.kind.${kind}`)}</legend>
            <Field
              label={t('deadlines.rules.days')}
              hint={kind === 'contributions' ? undefined : t('deadlines.rules.daysHint')}
              field={field(ruleField(kind, 'Days'))}
              inputMode="numeric"
              required={kind === 'contributions'}
            />
            <Field label={t('deadlines.form.time')} field={field(ruleField(kind, 'Time'))} type="time" />
          </fieldset>
        ))}
        <div>
          <button type="submit">{t('deadlines.rules.save')}</button>
        </div>
      </Form>
    </>
  );
}
