/**
 * One API call: the method, the bearer token (never the session cookie), the token's rate limit and scope, then the
 * route's work inside `withEventDetails`, so that every audit event it writes names the token. Whatever goes wrong
 * is answered as a problem document.
 */
import type { AppLoadContext } from '@remix-run/node';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { z } from 'zod';
import { limiter } from '../accounts/rate-limits.server';
import { loadPrincipal, type Principal } from '../groups/permissions.server';
import type { SessionUser } from '../../platform/context.server';
import { withEventDetails } from '../../platform/audit.server';
import { translate, waitQuantity, type Locale, type MessageKey } from '~/i18n';
import type { Db } from '../../../db/client.server';
import { checkToken, parseBearer, type ApiScope, type ApiToken } from './tokens.server';
import { ApiProblem, answerForError, invalid, problemResponse, serverError } from './problems.server';

/** Calls per token per window. */
export const API_RATE_LIMIT = { points: 600, duration: 60 } as const;
const MAX_JSON_BYTES = 64 * 1024;

export interface ApiActor {
  user: SessionUser;
  principal: Principal;
  token: ApiToken;
}

const limiters = new WeakMap<Db, ReturnType<typeof limiter>>();
export function apiLimiter(db: Db) {
  let found = limiters.get(db);
  if (!found) limiters.set(db, (found = limiter(db, 'api-token', API_RATE_LIMIT.points, API_RATE_LIMIT.duration)));
  return found;
}

const unauthenticated = (key: Parameters<typeof invalid>[0], error?: string) =>
  new ApiProblem({
    status: 401,
    kind: 'unauthenticated',
    key,
    headers: { 'WWW-Authenticate': error ? `Bearer realm="plenary", error="${error}"` : 'Bearer realm="plenary"' },
  });

const REFUSED = { unknown: 'api.tokenUnknown', revoked: 'api.tokenRevoked', expired: 'api.tokenExpired' } as const;

/** The token's owner acting through it, or a 401 that says why not. The session cookie counts for nothing here. */
async function authenticate(context: AppLoadContext, request: Request): Promise<ApiActor> {
  const bearer = parseBearer(request.headers.get('authorization'));
  if (bearer === undefined) throw unauthenticated(context.user ? 'api.cookieNotAccepted' : 'api.unauthenticated');
  if (bearer === null) throw unauthenticated('api.tokenUnknown', 'invalid_token');
  const check = await checkToken(context.db, bearer);
  if (!check.ok) throw unauthenticated(REFUSED[check.reason], 'invalid_token');
  const { user } = check;
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      organisation: user.organisation,
      country: user.country,
      isAdmin: user.isAdmin,
    },
    principal: await loadPrincipal(context.db, user),
    token: check.token,
  };
}

/** RateLimit and RateLimit-Policy (draft-ietf-httpapi-ratelimit-headers): the quota, what is left, when it resets. */
function rateHeaders(res: RateLimiterRes): Record<string, string> {
  const reset = Math.max(0, Math.ceil(res.msBeforeNext / 1000));
  return {
    'RateLimit-Policy': `"token";q=${API_RATE_LIMIT.points};w=${API_RATE_LIMIT.duration}`,
    RateLimit: `"token";r=${Math.max(0, res.remainingPoints)};t=${reset}`,
  };
}

async function consumeRate(db: Db, tokenId: string): Promise<Record<string, string>> {
  try {
    return rateHeaders(await apiLimiter(db).consume(tokenId));
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err;
    const retryAfter = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    throw new ApiProblem({
      status: 429,
      kind: 'rate_limited',
      key: 'api.rateLimited',
      vars: { wait: waitQuantity(retryAfter) },
      headers: { ...rateHeaders(err), 'Retry-After': String(retryAfter) },
    });
  }
}

export interface CallOptions {
  /** The methods the address takes (HEAD goes with GET). */
  methods: ('GET' | 'POST')[];
  /** The scope the call needs; none for public addresses (the API description). */
  scope?: ApiScope;
}

/** Runs one API call as described in the module comment. */
export async function apiCall(
  context: AppLoadContext,
  request: Request,
  opts: CallOptions,
  work: (actor: ApiActor) => Promise<Response>,
): Promise<Response> {
  let headers: Record<string, string> = {};
  try {
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    if (!(opts.methods as string[]).includes(method))
      throw new ApiProblem({
        status: 405,
        kind: 'method_not_allowed',
        key: 'api.methodNotAllowed',
        vars: { method: request.method, allowed: opts.methods.join(', ') },
        headers: { Allow: opts.methods.join(', ') },
      });
    if (!opts.scope) return await work(null as never);
    const actor = await authenticate(context, request);
    headers = await consumeRate(context.db, actor.token.id);
    if (!actor.token.scopes.includes(opts.scope))
      throw new ApiProblem({
        status: 403,
        kind: 'forbidden',
        key: 'api.scope',
        vars: { scope: opts.scope },
        headers: { 'WWW-Authenticate': `Bearer realm="plenary", error="insufficient_scope", scope="${opts.scope}"` },
      });
    const response = await withEventDetails({ via: 'api', token: { id: actor.token.id, name: actor.token.name } }, () =>
      work(actor),
    );
    for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
    return response;
  } catch (err) {
    if (err instanceof Response && err.status < 400) throw err;
    const answer = answerForError(err, context.locale);
    if (answer) {
      for (const [k, v] of Object.entries(headers)) if (!answer.headers.has(k)) answer.headers.set(k, v);
      return answer;
    }
    if (err instanceof Error && err.name === 'AbortError') throw err;
    context.log.error({ err }, 'API call failed');
    return serverError(context.locale, context.requestId);
  }
}

/** The JSON answer of a call. */
export const jsonAnswer = (data: unknown, status = 200) =>
  new Response(JSON.stringify(data), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/** The body as JSON checked by the schema: a 400 with the reason for anything else. An empty body reads as {}. */
export async function readJson<T extends z.ZodTypeAny>(
  request: Request,
  schema: T,
  locale: Locale = 'en',
): Promise<z.output<T>> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const text = await readText(request);
  let data: unknown = {};
  if (text.trim()) {
    if (type !== 'application/json' && !type.endsWith('+json')) throw invalid('api.jsonRequired');
    data = parseJson(text, 'api.badJson');
  }
  return parseInput(schema, data, locale);
}

/** Checks decoded input by its schema; each wrong field gets its message (the schema's catalogue key, else by kind). */
export function parseInput<T extends z.ZodTypeAny>(schema: T, data: unknown, locale: Locale = 'en'): z.output<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    const key: MessageKey = /^[a-z]+\.[\w.]+$/.test(issue.message)
      ? (issue.message as MessageKey)
      : issue.code === 'unrecognized_keys'
        ? 'api.field.unknown'
        : issue.code === 'invalid_type' && issue.received !== 'undefined'
          ? 'api.field.type'
          : 'error.field.required';
    for (const path of keys) errors[path.join('.') || 'body'] ??= translate(locale, key);
  }
  throw invalid('api.problem', undefined, errors);
}

export function parseJson(text: string, key: 'api.badJson' | 'api.badMetadata'): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw invalid(key, { reason: (err as Error).message.replace(/\.$/, '') });
  }
}

async function readText(request: Request): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of (request.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_JSON_BYTES)
      throw new ApiProblem({
        status: 413,
        kind: 'too_large',
        key: 'api.bodyTooLarge',
        vars: { max: MAX_JSON_BYTES / 1024 },
      });
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw invalid('error.badText');
  }
}

/** Multipart calls: anything else is refused before the body is read. */
export function requireMultipart(request: Request) {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (!type.startsWith('multipart/form-data')) throw invalid('api.multipartRequired');
}

export { problemResponse };
