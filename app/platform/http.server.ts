import { json, redirect } from '@remix-run/node';
import type { AppLoadContext } from '@remix-run/node';
import { translate } from '~/i18n';
import { DomainError } from './errors';

/** The signed-in user, or a redirect to the sign-in page that comes back here. */
export function requireUser(context: AppLoadContext, request: Request) {
  if (context.user && context.principal) return { user: context.user, principal: context.principal };
  const url = new URL(request.url);
  throw redirect(`/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
}

export interface ActionFailure { ok: false; error: string; fieldErrors: Record<string, string> }

/** For actions: a DomainError becomes a JSON answer with a message and per-field messages, in the request's locale. */
export function actionFailure(context: AppLoadContext, err: unknown) {
  if (!(err instanceof DomainError)) throw err;
  const fieldErrors = Object.fromEntries(Object.entries(err.fieldErrors ?? {}).map(([field, key]) => [field, translate(context.locale, key as never)]));
  const hasFields = Object.keys(fieldErrors).length > 0;
  const error = hasFields && err.messageKey === 'error.field.required' ? translate(context.locale, 'error.form') : translate(context.locale, err.messageKey, err.vars);
  return json<ActionFailure>({ ok: false, error, fieldErrors }, { status: err.status });
}

/** For loaders: a DomainError becomes an HTTP error response the error boundary shows. */
export function loaderFailure(context: AppLoadContext, err: unknown): never {
  if (!(err instanceof DomainError)) throw err;
  throw new Response(translate(context.locale, err.messageKey, err.vars), { status: err.status });
}

/** Runs a loader body, turning domain errors into responses. */
export async function load<T>(context: AppLoadContext, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    return loaderFailure(context, err);
  }
}

export const formData = async (request: Request) => Object.fromEntries(await request.formData());

/** For the sign-in and sign-up pages: someone already signed in goes home. */
export function redirectIfSignedIn(context: AppLoadContext) {
  if (context.user) throw redirect('/');
  return null;
}

/** Opens a session for the user and redirects, setting the session cookie. */
export async function startSession(context: AppLoadContext, userId: string, to: string) {
  const session = await context.auth.createSession(userId, {});
  return redirect(to, { headers: { 'Set-Cookie': context.auth.createSessionCookie(session.id).serialize() } });
}
