/**
 * Password hashing and strength. Strength is estimated by zxcvbn-ts against common passwords, keyboard patterns
 * and sequences, and the person's own e-mail address and name; a refusal says why.
 */
import { hash } from '@node-rs/argon2';
import zxcvbnCore from '@zxcvbn-ts/core';
import zxcvbnCommon from '@zxcvbn-ts/language-common';
import type { MessageKey } from '~/i18n';
import { DomainError } from '../../platform/errors';
import { PASSWORD_MAX, PASSWORD_MIN } from './account-input';

// OWASP's argon2id minimum (19 MiB, 2 passes).
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const hashPassword = (password: string) => hash(password, ARGON2);

/** zxcvbn's scale: 3 is "safely unguessable" for online attacks (about 10^8 guesses), which sign-in limits slow further. */
const MIN_SCORE = 3;

let estimator: InstanceType<typeof zxcvbnCore.ZxcvbnFactory> | undefined;
const zxcvbn = () =>
  (estimator ??= new zxcvbnCore.ZxcvbnFactory({
    graphs: zxcvbnCommon.adjacencyGraphs,
    dictionary: { ...zxcvbnCommon.dictionary },
  }));

/** What zxcvbn found, as the reason the person reads. */
const REASONS: Record<string, MessageKey> = {
  userInputs: 'auth.password.personal',
  straightRow: 'auth.password.pattern',
  keyPattern: 'auth.password.pattern',
  sequences: 'auth.password.pattern',
  repeated: 'auth.password.pattern',
  simpleRepeat: 'auth.password.pattern',
  extendedRepeat: 'auth.password.pattern',
  common: 'auth.password.common',
  similarToCommon: 'auth.password.common',
  topTen: 'auth.password.common',
  topHundred: 'auth.password.common',
  recentYears: 'auth.password.dates',
  dates: 'auth.password.dates',
};

/** The words of the person's own data that a password must not be built on. */
function personalWords(person: { email: string; name?: string }) {
  const email = person.email.trim().toLowerCase();
  const [local = '', domain = ''] = email.split('@');
  const nameParts = (person.name ?? '')
    .toLowerCase()
    .split(/[\s.,'-]+/u)
    .filter((w) => w.length > 1);
  return [
    email,
    local,
    domain.split('.')[0] ?? '',
    ...local.split(/[._+-]+/),
    person.name ?? '',
    nameParts.join(''),
    ...nameParts,
  ].filter((w) => w.length > 1);
}

/** Why a password would be refused (too short, too long or easy to guess), or null for a good one. */
export function passwordWeakness(password: string, person: { email: string; name?: string }): MessageKey | null {
  if (password.length > PASSWORD_MAX) return 'auth.passwordTooLong';
  if (password.length < PASSWORD_MIN) return 'auth.weakPassword';
  const result = zxcvbn().check(password, personalWords(person));
  if (result.score >= MIN_SCORE) return null;
  return REASONS[result.feedback.warning ?? ''] ?? 'auth.password.guessable';
}

/** Refuses a password that is too short, too long or easy to guess, with the reason on the password field. */
export function checkPasswordStrength(password: string, person: { email: string; name?: string }): void {
  const weakness = passwordWeakness(password, person);
  if (weakness) throw new DomainError('invalid', weakness, undefined, { password: weakness });
}
