import type { MessageKey, MessageValues } from '~/i18n';
import { translate } from '~/i18n';

export type ErrorCode =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'too_large';

const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  too_large: 413,
};

/** An error the user can act on: a catalogue message, an HTTP status, and optional per-field messages. */
export class DomainError extends Error {
  override name = 'DomainError';
  readonly status: number;
  /** For a refused form: the text fields as posted, so a page without JavaScript can show them again. */
  posted?: Record<string, string | string[]>;
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly vars?: MessageValues,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(translate('en', messageKey, vars));
    this.status = STATUS[code];
  }
}

export const notFound = () => new DomainError('not_found', 'error.notFound');
export const forbidden = () => new DomainError('forbidden', 'error.forbidden');
