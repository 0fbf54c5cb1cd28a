import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { Field, FormAlert } from '~/components/form';
import { signIn } from '~/features/accounts/auth.server';
import { act, formData, redirectIfSignedIn, startSession } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

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
    const form = await formData(request);
    const user = await signIn(context.db, {
      email: String(form.email ?? ''),
      password: String(form.password ?? ''),
      address: context.address,
    });
    return await startSession(context, user.id, safeNext(form.next));
  });
}

export default function SignIn() {
  const t = useT();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state !== 'idle';
  return (
    <>
      <h1>{t('auth.signInTitle')}</h1>
      {params.get('next') && !result && <p className="alert info">{t('auth.required')}</p>}
      <Form method="post" className="form card">
        <FormAlert error={result?.error} />
        <input type="hidden" name="next" value={params.get('next') ?? '/'} />
        <Field label={t('auth.email')} name="email" type="email" autoComplete="username" required />
        <Field label={t('auth.password')} name="password" type="password" autoComplete="current-password" required />
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
