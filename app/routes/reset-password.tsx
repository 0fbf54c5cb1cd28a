import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { Field, FormAlert } from '~/components/form';
import { resetLinkIsLive, resetPassword } from '~/features/accounts/password-reset.server';
import { act, formData, startSession } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('auth.reset.title'));

export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return json({ token, live: await resetLinkIsLive(context.db, token) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  return act(context, async () => {
    const form = await formData(request);
    const userId = await resetPassword(context.db, form.token, String(form.password ?? ''));
    await context.auth.invalidateUserSessions(userId);
    return startSession(context, userId, '/profile?reset=1');
  });
}

export default function ResetPassword() {
  const { token, live } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== 'idle';
  const t = useT();
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
      <Form method="post" className="form card" noValidate>
        <FormAlert error={result?.error} />
        <input type="hidden" name="token" value={token} />
        <Field
          label={t('auth.reset.newPassword')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={t('auth.passwordHint')}
          error={result?.fieldErrors.password}
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
