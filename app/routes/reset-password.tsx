import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormAlert, useSchemaForm } from '~/components/form';
import { AccountField } from '~/features/accounts/account-field';
import { newPasswordInput } from '~/features/accounts/account-input';
import { resetLinkIsLive, resetPassword } from '~/features/accounts/password-reset.server';
import { act, readFormData, startSession } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';
import { parseFormOrThrow } from '~/platform/validation';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('auth.reset.title'));

export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return json({ token, live: await resetLinkIsLive(context.db, token) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return act(context, async () => {
    const { token, password } = parseFormOrThrow(await readFormData(request), newPasswordInput);
    const userId = await resetPassword(context.db, token, password);
    await context.auth.invalidateUserSessions(userId);
    return startSession(context, userId, '/profile?reset=1');
  });
}

export default function ResetPassword() {
  const { token, live } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== 'idle';
  const t = useT();
  const { fields, formProps, refusal } = useSchemaForm(newPasswordInput, { result, id: 'reset-password' });
  if (!live)
    return (
      <>
        <h1>{t('auth.reset.title')}</h1>
        <p role="alert" className="alert error">
          {t('auth.reset.badLink')}
        </p>
        <p>
          <Link to="/forgot-password">{t('auth.reset.requestTitle')}</Link>
        </p>
      </>
    );
  return (
    <>
      <h1>{t('auth.reset.title')}</h1>
      <Form method="post" className="form card" {...formProps}>
        <FormAlert error={refusal?.error} />
        <input type="hidden" name="token" value={token} />
        <AccountField
          label={t('auth.reset.newPassword')}
          field={fields.password}
          type="password"
          autoComplete="new-password"
          required
          hint={t('auth.passwordHint')}
        />
        <div>
          <button type="submit" disabled={busy}>
            {t('auth.reset.button')}
          </button>
        </div>
      </Form>
    </>
  );
}
