import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { FormAlert, useSchemaForm } from '~/components/form';
import { AccountField } from '~/features/accounts/account-field';
import { signUpInput } from '~/features/accounts/account-input';
import { signUp } from '~/features/accounts/sign-up.server';
import { act, readFormData, redirectIfSignedIn } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('auth.signUpTitle'));

export const loader = ({ context }: LoaderFunctionArgs) => redirectIfSignedIn(context);

export async function action({ request, context }: ActionFunctionArgs) {
  return act(context, async () => {
    await signUp(context, await readFormData(request), context.address, context.locale);
    return json({ ok: true as const });
  });
}

export default function SignUp() {
  const t = useT();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== 'idle';
  const { fields, formProps, refusal } = useSchemaForm(signUpInput, { result, id: 'signup' });
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
  return (
    <>
      <h1>{t('auth.signUpTitle')}</h1>
      <Form method="post" className="form card" {...formProps}>
        <FormAlert error={refusal?.error} />
        <AccountField label={t('auth.name')} field={fields.name} autoComplete="name" required maxLength={200} />
        <AccountField label={t('auth.email')} field={fields.email} type="email" autoComplete="email" required />
        <AccountField
          label={t('auth.password')}
          field={fields.password}
          type="password"
          autoComplete="new-password"
          required
          hint={t('auth.passwordHint')}
        />
        <AccountField
          label={t('auth.organisation')}
          field={fields.organisation}
          autoComplete="organization"
          maxLength={200}
        />
        <AccountField label={t('auth.country')} field={fields.country} autoComplete="country-name" maxLength={100} />
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
