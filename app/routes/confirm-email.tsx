import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { FormAlert } from '~/components/form';
import { ConfirmEmailNotice } from '~/features/accounts/confirm-email-notice';
import { confirmEmail, isEmailConfirmed, resendConfirmation } from '~/features/accounts/sign-up.server';
import { act, formData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('auth.confirm.title'));

/** The link from the e-mail opens this page (signed in first); a button confirms, so that mail scanners opening links confirm nothing. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = requireUser(context, request);
  return json({ email: user.email, confirmed: await isEmailConfirmed(context.db, user.id) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = requireUser(context, request);
  return act(context, async () => {
    const form = await formData(request);
    if (form.intent === 'resend') {
      await resendConfirmation(context, user.id);
      return json({ ok: true as const });
    }
    await confirmEmail(context.db, user.id, form.token);
    return redirect('/profile?confirmed=1');
  });
}

export default function ConfirmEmail() {
  const { email, confirmed } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  if (confirmed)
    return (
      <>
        <h1>{t('auth.confirm.title')}</h1>
        <p role="status" className="alert ok">
          {t('auth.confirm.already')}
        </p>
      </>
    );
  return (
    <>
      <h1>{t('auth.confirm.title')}</h1>
      <Form method="post" className="form card">
        <FormAlert error={result && !result.ok ? result.error : undefined} />
        <p>{t('auth.confirm.intro', { email })}</p>
        <input type="hidden" name="token" value={params.get('token') ?? ''} />
        <div>
          <button type="submit" name="intent" value="confirm">
            {t('auth.confirm.button')}
          </button>
        </div>
      </Form>
      {result && !result.ok && <ConfirmEmailNotice email={email} />}
    </>
  );
}
