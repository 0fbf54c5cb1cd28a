import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { z } from 'zod';
import { LOCALES, type Locale } from '~/i18n';
import { setAccountLocale } from '~/features/accounts/locale.server';
import { localeCookie, LOCALE_COOKIE, sameSiteReturnPath } from '~/platform/i18n.server';
import { act, readFormData } from '~/platform/http.server';

const choiceSchema = z.object({
  // Empty: back to the browser's language (the profile's "As my browser asks").
  locale: z.union([z.enum(LOCALES as [Locale, ...Locale[]]), z.literal('')]),
  to: z.string().optional(),
});

/**
 * The language switcher's form (no JavaScript needed): keeps the choice in the plenary_locale cookie and, for a
 * signed-in member, as the account's language; then back to the page it was sent from.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  return act(context, async () => {
    const form = Object.fromEntries(await readFormData(request));
    const parsed = choiceSchema.safeParse(form);
    const to = sameSiteReturnPath(typeof form.to === 'string' ? form.to : undefined);
    if (!parsed.success) return redirect(to);
    const locale = parsed.data.locale || null;
    if (context.user) await setAccountLocale(context.db, context.user.id, locale);
    const secure = context.config.cookieSecure;
    const cookie = locale
      ? localeCookie(locale, secure)
      : `${LOCALE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly${secure ? '; Secure' : ''}`;
    return redirect(to, { headers: { 'Set-Cookie': cookie } });
  });
}

export const loader = () => redirect('/');
