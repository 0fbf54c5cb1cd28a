/**
 * Errors of the JSON API as problem documents (RFC 9457, application/problem+json): `type` names the kind of problem
 * (described on the reference page), `title` is the HTTP status phrase, `detail` the same catalogue message the pages
 * show, `errors` a message per field, `code` the message's catalogue key for programs to branch on. A fault of ours
 * answers 500 with the request id only, never its internals.
 */
import { STATUS_CODES } from 'node:http';
import { translate, type Locale, type MessageKey, type MessageValues } from '~/i18n';
import { type DomainError, type ErrorCode } from '../../platform/errors';
import { knownError } from '../../platform/http.server';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The kinds of problem (`type` is `/api#problem-<kind>`), as the reference page lists them. */
export const PROBLEM_KINDS = {
  invalid: 'The request could not be read (JSON, multipart, parameters) or a field is wrong; see errors.',
  unauthenticated: 'No access token, or one that is unknown, revoked or expired.',
  forbidden: "The token's owner may not do this, or the token lacks the scope.",
  not_found: 'No such resource, or one the token may not see.',
  method_not_allowed: 'The address does not take this method.',
  conflict: 'The resource changed in between, or is not in a state that allows this.',
  too_large: 'A file or body over the limit.',
  rate_limited: 'Too many calls with this token; wait for Retry-After seconds.',
  server_error: 'A fault of the portal; quote the requestId.',
} as const;
export type ProblemKind = keyof typeof PROBLEM_KINDS;

export interface Problem {
  status: number;
  kind: ProblemKind;
  key: MessageKey;
  vars?: MessageValues;
  /** Messages (already in words) by field. */
  errors?: Record<string, string>;
  headers?: Record<string, string>;
}

/** An API refusal that is not one of the domain's own errors (a status or header the domain has no word for). */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.key);
  }
}

const KIND_OF: Record<ErrorCode, ProblemKind> = {
  invalid: 'invalid',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  not_found: 'not_found',
  conflict: 'conflict',
  rate_limited: 'rate_limited',
  too_large: 'too_large',
};

/** A domain error (or what the platform knows as one) as a problem, its field keys put into words. */
export function problemOf(err: DomainError, locale: Locale): Problem {
  const errors = Object.fromEntries(
    Object.entries(err.fieldErrors ?? {}).map(([field, key]) => [field, translate(locale, key as MessageKey)]),
  );
  const fieldsOnly = Object.keys(errors).length > 0 && err.messageKey === 'error.field.required';
  return {
    status: err.status,
    kind: KIND_OF[err.code],
    key: fieldsOnly ? 'api.problem' : err.messageKey,
    vars: err.vars,
    errors,
    headers: err.code === 'rate_limited' && err.vars?.retryAfter ? { 'Retry-After': String(err.vars.retryAfter) } : {},
  };
}

export function problemResponse(problem: Problem, locale: Locale, extra: Record<string, unknown> = {}): Response {
  const body = {
    type: `/api#problem-${problem.kind}`,
    title: STATUS_CODES[problem.status] ?? 'Error',
    status: problem.status,
    detail: translate(locale, problem.key, problem.vars),
    code: problem.key,
    ...(problem.errors && Object.keys(problem.errors).length ? { errors: problem.errors } : {}),
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...problem.headers },
  });
}

/** Any error thrown by a call as its answer: a problem document, or null for a fault of ours (the caller logs it). */
export function answerForError(err: unknown, locale: Locale): Response | null {
  if (err instanceof ApiProblem) return problemResponse(err.problem, locale);
  const known = knownError(err);
  return known ? problemResponse(problemOf(known, locale), locale) : null;
}

export const serverError = (locale: Locale, requestId: string) =>
  problemResponse({ status: 500, kind: 'server_error', key: 'error.generic' }, locale, { requestId });

export const invalid = (key: MessageKey, vars?: MessageValues, errors?: Record<string, string>) =>
  new ApiProblem({ status: 400, kind: 'invalid', key, vars, errors });
