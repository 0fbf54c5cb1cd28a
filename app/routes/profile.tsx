import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { Field, FormAlert, useSchemaForm } from '~/components/form';
import { AccountField } from '~/features/accounts/account-field';
import { profileInput } from '~/features/accounts/account-input';
import { updateProfile } from '~/features/accounts/auth.server';
import { ConfirmEmailNotice } from '~/features/accounts/confirm-email-notice';
import { isEmailConfirmed } from '~/features/accounts/sign-up.server';
import { act, readFormData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { LanguagePreference } from '~/platform/i18n-switcher';
import { listRolesOf } from '~/features/groups/roles.server';
import { listTokens, tokenFormAction } from '~/features/api/tokens.server';
import { TokenSection } from '~/features/api/token-section';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('profile.title'));

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = requireUser(context, request);
  return json({
    user,
    roles: await listRolesOf(context.db, user.id),
    emailConfirmed: await isEmailConfirmed(context.db, user.id),
    tokens: await listTokens(context.db, user.id),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = requireUser(context, request);
  return act(context, async () => {
    const form = await readFormData(request);
    if (form.has('intent'))
      return json({ ok: true as const, tokens: await tokenFormAction(context.db, user.id, form) });
    await updateProfile(context.db, user.id, form);
    return json({ ok: true as const });
  });
}

export default function Profile() {
  const { user, roles, emailConfirmed, tokens } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const result = useActionData<typeof action>();
  const t = useT();
  const failed = result && !result.ok ? result : undefined;
  const tokenResult =
    result && 'tokens' in result ? (result.tokens as { created?: { name: string; token: string } }) : undefined;
  // A refusal of the token form carries its posted intent.
  const tokenForm = failed && 'posted' in failed && failed.posted?.intent === 'createToken';
  const profileFailed = tokenForm ? undefined : failed;
  const { fields, formProps } = useSchemaForm(profileInput, {
    result: profileFailed,
    id: 'profile',
    defaultValue: { name: user.name, organisation: user.organisation, country: user.country },
  });
  return (
    <>
      <h1>{t('profile.title')}</h1>
      {params.has('confirmed') && emailConfirmed && (
        <p role="status" className="alert ok">
          {t('auth.confirm.done')}
        </p>
      )}
      {params.has('reset') && (
        <p role="status" className="alert ok">
          {t('auth.reset.done')}
        </p>
      )}
      {!emailConfirmed && <ConfirmEmailNotice email={user.email} />}
      <Form method="post" className="form card" {...formProps}>
        <FormAlert error={profileFailed?.error} ok={result?.ok && !tokenResult ? t('profile.saved') : undefined} />
        <Field label={t('auth.email')} name="email" type="email" value={user.email} readOnly />
        <AccountField label={t('auth.name')} field={fields.name} required maxLength={200} />
        <AccountField label={t('auth.organisation')} field={fields.organisation} maxLength={200} />
        <AccountField label={t('auth.country')} field={fields.country} maxLength={100} />
        <div>
          <button type="submit">{t('profile.save')}</button>
        </div>
      </Form>
      <LanguagePreference current={user.locale} />
      <h2>{t('profile.roles')}</h2>
      {roles.length === 0 ? (
        <p className="muted">{t('profile.noRoles')}</p>
      ) : (
        <ul>
          {roles.map((r) => (
            <li key={`${r.groupSlug}-${r.role}`}>
              <Link to={`/groups/${r.groupSlug}`}>{r.groupCode}</Link>: {r.title ?? t(`role.${r.role}`)}
            </li>
          ))}
        </ul>
      )}
      <TokenSection tokens={tokens} created={tokenResult?.created ?? null} result={tokenForm ? failed : undefined} />
    </>
  );
}
