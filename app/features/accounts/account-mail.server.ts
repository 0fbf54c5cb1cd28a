/**
 * The e-mails about an account: the confirmation link, the notice to the owner of an address someone tried to
 * sign up with, and the password-reset link. Each address gets a few per hour at most (rate-limits.server.ts).
 */
import type { Services } from '../../platform/context.server';
import { TOKEN_LIFETIME_HOURS } from './tokens.server';

export type AccountMailServices = Pick<Services, 'db' | 'mail' | 'config'>;

const signature = ['', '—', 'Plenary'];

export function confirmationMail(publicUrl: string, to: { email: string; name: string }, token: string) {
  return {
    to: to.email,
    subject: '[Plenary] Confirm your e-mail address',
    text: [
      `Hello ${to.name},`,
      '',
      'To confirm that this address is yours, open this link and sign in if asked:',
      `${publicUrl}/confirm-email?token=${token}`,
      '',
      `The link works once, for ${TOKEN_LIFETIME_HOURS.confirm_email} hours. Until the address is confirmed the account cannot submit documents.`,
      'If you did not create an account on Plenary, ignore this message: nothing happens without the link.',
      ...signature,
    ].join('\n'),
  };
}

export function alreadyRegisteredMail(publicUrl: string, to: { email: string; name: string }) {
  return {
    to: to.email,
    subject: '[Plenary] Someone tried to create an account with your address',
    text: [
      `Hello ${to.name},`,
      '',
      'Someone (perhaps you) tried to create a Plenary account with this e-mail address. You already have one, so no',
      'account was created and nothing changed.',
      '',
      `To sign in: ${publicUrl}/signin`,
      `If you forgot your password, choose a new one: ${publicUrl}/forgot-password`,
      '',
      'If it was not you, you need not do anything.',
      ...signature,
    ].join('\n'),
  };
}

export function passwordResetMail(publicUrl: string, to: { email: string; name: string }, token: string) {
  return {
    to: to.email,
    subject: '[Plenary] Choose a new password',
    text: [
      `Hello ${to.name},`,
      '',
      'To choose a new password for your Plenary account, open this link:',
      `${publicUrl}/reset-password?token=${token}`,
      '',
      `The link works once, for ${TOKEN_LIFETIME_HOURS.reset_password} hour. If you did not ask for it, ignore this message: your password stays as it is.`,
      ...signature,
    ].join('\n'),
  };
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
