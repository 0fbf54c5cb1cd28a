import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, useActionData, useNavigation } from '@remix-run/react';
import { FormAlert, useSchemaForm } from '~/components/form';
import { AccountField } from '~/features/accounts/account-field';
import { passwordResetRequestInput } from '~/features/accounts/account-input';
import { requestPasswordReset } from '~/features/accounts/password-reset.server';
import { act, readFormData, redirectIfSignedIn } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('auth.reset.requestTitle'));

export const loader = ({ context }: LoaderFunctionArgs) => redirectIfSignedIn(context);

export async function action({ request, context }: ActionFunctionArgs) {
  return act(context, async () => {
    await requestPasswordReset(context, await readFormData(request), context.address);
    return json({ ok: true as const });
  });
}

export default function ForgotPassword() {
  const t = useT();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== 'idle';
  const { fields, formProps, refusal } = useSchemaForm(passwordResetRequestInput, { result, id: 'forgot-password' });
  return (
    <>
      <h1>{t('auth.reset.requestTitle')}</h1>
      {result?.ok ? (
        <p role="status" className="alert ok">
          {t('auth.reset.requested')}
        </p>
      ) : (
        <Form method="post" className="form card" {...formProps}>
          <FormAlert error={refusal?.error} />
          <p>{t('auth.reset.requestIntro')}</p>
          <AccountField label={t('auth.email')} field={fields.email} type="email" autoComplete="email" required />
          <div>
            <button type="submit" disabled={busy}>
              {t('auth.reset.requestButton')}
            </button>
          </div>
        </Form>
      )}
    </>
  );
}
