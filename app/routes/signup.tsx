import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { Field, FormAlert } from '~/components/form';
import { signUp } from '~/features/accounts/sign-up.server';
import { act, formData, redirectIfSignedIn } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('auth.signUpTitle'));

export const loader = ({ context }: LoaderFunctionArgs) => redirectIfSignedIn(context);

export async function action({ request, context }: ActionFunctionArgs) {
  return act(context, async () => {
    await signUp(context, await formData(request), context.address, context.locale);
    return json({ ok: true as const });
  });
}

export default function SignUp() {
  const t = useT();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== 'idle';
  if (result?.ok) {
    return (
      <>
        <h1>{t('auth.signUp.sentTitle')}</h1>
        <p role="status" className="alert ok">
          {t('auth.signUp.sent')}
        </p>
        <p>
          <Link to="/signin">{t('auth.submitSignIn')}</Link>
        </p>
      </>
    );
  }
  const failed = result && !result.ok ? result : undefined;
  const err = failed?.fieldErrors ?? {};
  return (
    <>
      <h1>{t('auth.signUpTitle')}</h1>
      <Form method="post" className="form card" noValidate>
        <FormAlert error={failed?.error} />
        <Field label={t('auth.name')} name="name" autoComplete="name" required maxLength={200} error={err.name} />
        <Field label={t('auth.email')} name="email" type="email" autoComplete="email" required error={err.email} />
        <Field
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={t('auth.passwordHint')}
          error={err.password}
        />
        <Field
          label={t('auth.organisation')}
          name="organisation"
          autoComplete="organization"
          maxLength={200}
          error={err.organisation}
        />
        <Field
          label={t('auth.country')}
          name="country"
          autoComplete="country-name"
          maxLength={100}
          error={err.country}
        />
        <div>
          <button type="submit" disabled={busy}>
            {t('auth.submitSignUp')}
          </button>
        </div>
        <p className="small">
          <Link to="/signin">{t('auth.haveAccount')}</Link>
        </p>
      </Form>
    </>
  );
}
