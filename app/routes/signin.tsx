import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { FormAlert, useSchemaForm } from '~/components/form';
import { AccountField } from '~/features/accounts/account-field';
import { signInInput } from '~/features/accounts/account-input';
import { signIn } from '~/features/accounts/auth.server';
import { DomainError } from '~/platform/errors';
import { act, readFormData, redirectIfSignedIn, startSession } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';
import { parseFormOrThrow } from '~/platform/validation';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('auth.signInTitle'));

/** Only same-site paths, so a crafted link cannot send someone elsewhere after signing in. */
export const safeNext = (next: unknown) =>
  typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/';

export const loader = ({ context }: LoaderFunctionArgs) => redirectIfSignedIn(context);

/** A page answering an attempt over the limit carries the action's Retry-After. */
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get('Retry-After');
  return retryAfter ? { 'Retry-After': retryAfter } : new Headers();
};

export async function action({ request, context }: ActionFunctionArgs) {
  return act(context, async () => {
    const { email, password, next } = parseFormOrThrow(await readFormData(request), signInInput);
    const user = await signIn(context.db, { email, password, address: context.address }).catch((err: unknown) => {
      // Without JavaScript, the page refused shows the address again.
      if (err instanceof DomainError) err.posted = { email };
      throw err;
    });
    return await startSession(context, user.id, safeNext(next));
  });
}

export default function SignIn() {
  const t = useT();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state !== 'idle';
  const { fields, formProps, refusal } = useSchemaForm(signInInput, { result, id: 'signin' });
  return (
    <>
      <h1>{t('auth.signInTitle')}</h1>
      {params.get('next') && !result && <p className="alert info">{t('auth.required')}</p>}
      <Form method="post" className="form card" {...formProps}>
        <FormAlert error={refusal?.error} />
        <input type="hidden" name="next" value={params.get('next') ?? '/'} />
        <AccountField label={t('auth.email')} field={fields.email} type="email" autoComplete="username" required />
        <AccountField
          label={t('auth.password')}
          field={fields.password}
          type="password"
          autoComplete="current-password"
          required
        />
        <div>
          <button type="submit" disabled={busy}>
            {t('auth.submitSignIn')}
          </button>
        </div>
        <p className="small">
          <Link to="/signup">{t('auth.noAccount')}</Link> · <Link to="/forgot-password">{t('auth.forgot')}</Link>
        </p>
      </Form>
    </>
  );
}
