/**
 * The e-mails about an account: the confirmation link, the notice to the owner of an address someone tried to
 * sign up with, and the password-reset link. Each address gets a few per hour at most (rate-limits.server.ts).
 */
import { accountLocale, translator, type MessageKey } from '~/i18n';
import type { Services } from '../../platform/context.server';
import { TOKEN_LIFETIME_HOURS } from './tokens.server';

export type AccountMailServices = Pick<Services, 'db' | 'mail' | 'config'>;

/** The account a mail goes to; it is written in the account's language (English when it chose none). */
interface Recipient {
  email: string;
  name: string;
  locale?: string | null;
}

function letter(to: Recipient, subject: MessageKey, body: (t: ReturnType<typeof translator>) => string[]) {
  const t = translator(accountLocale(to.locale));
  return {
    to: to.email,
    subject: t(subject),
    text: [t('mail.hello', { name: to.name }), '', ...body(t), '', t('mail.signature')].join('\n'),
  };
}

export function confirmationMail(publicUrl: string, to: Recipient, token: string) {
  return letter(to, 'mail.confirm.subject', (t) => [
    t('mail.confirm.intro'),
    `${publicUrl}/confirm-email?token=${token}`,
    '',
    t('mail.confirm.validity', { hours: TOKEN_LIFETIME_HOURS.confirm_email }),
    t('mail.confirm.notYou'),
  ]);
}

export function alreadyRegisteredMail(publicUrl: string, to: Recipient) {
  return letter(to, 'mail.existing.subject', (t) => [
    t('mail.existing.intro'),
    '',
    t('mail.existing.signIn', { url: `${publicUrl}/signin` }),
    t('mail.existing.forgot', { url: `${publicUrl}/forgot-password` }),
    '',
    t('mail.existing.notYou'),
  ]);
}

export function passwordResetMail(publicUrl: string, to: Recipient, token: string) {
  return letter(to, 'mail.reset.subject', (t) => [
    t('mail.reset.intro'),
    `${publicUrl}/reset-password?token=${token}`,
    '',
    t('mail.reset.validity', { hours: TOKEN_LIFETIME_HOURS.reset_password }),
  ]);
}

/** Sends an account e-mail; a failure is logged, not shown (the pages answer the same whatever happens to mail). */
export async function sendAccountMail(
  services: AccountMailServices,
  message: { to: string; subject: string; text: string },
) {
  try {
    await services.mail.send(message);
  } catch (err) {
    console.error('account e-mail failed:', (err as Error).message);
  }
}
