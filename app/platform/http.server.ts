import { json, redirect } from '@remix-run/node';
import type { AppLoadContext } from '@remix-run/node';
import { translate } from '~/i18n';
import { DomainError, notFound } from './errors';

/** The signed-in user, or a redirect to the sign-in page that comes back here. */
export function requireUser(context: AppLoadContext, request: Request) {
  if (context.user && context.principal) return { user: context.user, principal: context.principal };
  const url = new URL(request.url);
  throw redirect(`/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
}

export interface ActionFailure {
  ok: false;
  error: string;
  fieldErrors: Record<string, string>;
  /** A refused form's text fields as posted (see parseFormOrThrow). */
  posted?: Record<string, string | string[]>;
}

/** What the database refuses because of what was sent (SQLSTATE), as the message the sender can act on. */
const REFUSED_BY_DATABASE: Record<string, () => DomainError> = {
  '22021': () => new DomainError('invalid', 'error.badText'), // invalid byte sequence (e.g. NUL in text)
  '22P05': () => new DomainError('invalid', 'error.badText'), // untranslatable character
  '22001': () => new DomainError('invalid', 'error.textTooLong'), // value too long for the column
  '54000': () => new DomainError('invalid', 'error.textTooLong'), // e.g. an index row too large
  '22P02': notFound, // an id that is not a UUID names nothing
};

const sqlState = (err: unknown): string | undefined => {
  for (
    let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 3;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
};

/**
 * The error as one the user can act on, or null for a fault of ours: a DomainError itself, a body the
 * platform could not read as a form, or something the database refused because of what was sent.
 */
export function knownError(err: unknown): DomainError | null {
  if (err instanceof DomainError) return err;
  if (err instanceof TypeError && /Content-Type was not one of|parse body as FormData/i.test(err.message))
    return new DomainError('invalid', 'error.badBody');
  const refused = REFUSED_BY_DATABASE[sqlState(err) ?? ''];
  return refused ? refused() : null;
}

/** A fault of ours: logged with the request id, answered with a 500 that shows only that id (never the error). */
function unexpected(context: AppLoadContext, err: unknown): never {
  // Redirects and other responses pass; a request the client abandoned needs no answer.
  if (err instanceof Response || (err instanceof Error && err.name === 'AbortError')) throw err;
  context.log.error({ err }, 'request failed');
  throw json({ requestId: context.requestId }, { status: 500 });
}

/** For actions: a known error becomes a JSON answer with a message and per-field messages, in the request's locale. */
export function actionFailure(context: AppLoadContext, err: unknown) {
  const known = knownError(err);
  if (!known) throw err;
  if (!(err instanceof DomainError)) context.log.info({ err }, 'input refused');
  const fieldErrors = Object.fromEntries(
    Object.entries(known.fieldErrors ?? {}).map(([field, key]) => [field, translate(context.locale, key as never)]),
  );
  const hasFields = Object.keys(fieldErrors).length > 0;
  const error =
    hasFields && known.messageKey === 'error.field.required'
      ? translate(context.locale, 'error.form')
      : translate(context.locale, known.messageKey, known.vars);
  // Over a rate limit, the wait goes in Retry-After too (scripts and proxies heed it).
  const retryAfter = known.code === 'rate_limited' ? known.vars?.retryAfter : undefined;
  const posted = err instanceof DomainError ? err.posted : undefined;
  return json<ActionFailure>(
    { ok: false, error, fieldErrors, ...(posted && { posted }) },
    { status: known.status, headers: retryAfter ? { 'Retry-After': String(retryAfter) } : undefined },
  );
}

/** For loaders: a known error becomes an HTTP error response the error boundary shows. */
export function loaderFailure(context: AppLoadContext, err: unknown): never {
  const known = knownError(err);
  if (!known) throw err;
  throw new Response(translate(context.locale, known.messageKey, known.vars), { status: known.status });
}

/**
 * Runs an action: known errors (validation, not found, forbidden, an unreadable body, text the database
 * cannot store) become a 4xx answer with a message for the form; redirects pass; anything else is logged
 * and becomes a 500 page showing the request id.
 */
export async function act<T>(context: AppLoadContext, body: () => Promise<T>) {
  try {
    return await body();
  } catch (err) {
    if (knownError(err)) return actionFailure(context, err);
    return unexpected(context, err);
  }
}

/** Runs a loader: known errors become the error page with their status and message; others as in `act`. */
export async function load<T>(context: AppLoadContext, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (knownError(err)) return loaderFailure(context, err);
    return unexpected(context, err);
  }
}

const MAX_FORM_BYTES = 2 * 1024 * 1024;
/** How much of an over-size form is read (and dropped) so that the client, still sending, receives the 413. */
const DRAIN_BYTES = 32 * 1024 * 1024;
const decodeFormPart = (text: string) => {
  const decoded = decodeURIComponent(text.replace(/\+/g, ' '));
  if (decoded.includes('\0')) throw new URIError('NUL');
  return decoded;
};

async function readBodyBytes(request: Request, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of (request.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size <= max) chunks.push(chunk);
    else if (size > DRAIN_BYTES) break;
  }
  if (size > max) throw new DomainError('too_large', 'error.formTooLarge', { max: max / 1024 / 1024 });
  return Buffer.concat(chunks);
}

/**
 * The posted form, read strictly: URL-encoded bodies must be valid UTF-8 with valid escapes, and no field
 * (nor a file name) may hold a NUL; a body that is not a form (JSON, none at all) is refused. All as a 400
 * DomainError with a message.
 */
export async function readFormData(request: Request): Promise<FormData> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    const bytes = await readBodyBytes(request, MAX_FORM_BYTES);
    const form = new FormData();
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      for (const pair of text.split('&')) {
        if (!pair) continue;
        const at = pair.indexOf('=');
        form.append(
          decodeFormPart(at < 0 ? pair : pair.slice(0, at)),
          at < 0 ? '' : decodeFormPart(pair.slice(at + 1)),
        );
      }
    } catch {
      throw new DomainError('invalid', 'error.badText');
    }
    return form;
  }
  if (type !== 'multipart/form-data') throw new DomainError('invalid', 'error.badBody');
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new DomainError('invalid', 'error.badBody');
  }
  for (const [name, value] of form) {
    if (`${name}${typeof value === 'string' ? value : value.name}`.includes('\0'))
      throw new DomainError('invalid', 'error.badText');
  }
  return form;
}

/** The posted form's fields by name (the last value of a repeated field), read as `readFormData` does. */
export const formData = async (request: Request) => Object.fromEntries(await readFormData(request));

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
