/**
 * The languages of the interface. KNOWN_LOCALES are the six UN languages the portal is built for; LOCALES are those
 * whose catalogue is complete, offered in the language switcher and chosen from browsers. A language joins LOCALES
 * only once its folder under app/i18n/ holds every key (the catalogue test checks them all).
 */
export const KNOWN_LOCALES = ['en', 'ar', 'zh', 'fr', 'ru', 'es'] as const;
export type Locale = (typeof KNOWN_LOCALES)[number];

export const LOCALES: Locale[] = ['en', 'zh', 'ru', 'ar', 'fr', 'es'];

export const DEFAULT_LOCALE: Locale = 'en';

/** Right-to-left languages set dir="rtl" on the page. */
export const RTL_LOCALES: readonly string[] = ['ar'];

/** Each language named in itself, as the switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

export function isRtl(locale: string): boolean {
  return RTL_LOCALES.includes(locale);
}

/** An offered locale for a language tag ("zh-Hans-CN", "ar-EG", "FR"), or null. Chinese means Simplified. */
export function offeredLocale(tag: string | null | undefined, offered: readonly Locale[] = LOCALES): Locale | null {
  const language = (tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  return (offered as readonly string[]).includes(language) ? (language as Locale) : null;
}

/** The language to write to an account in: its stored preference when still offered, else English. */
export function accountLocale(stored: string | null | undefined): Locale {
  return offeredLocale(stored) ?? DEFAULT_LOCALE;
}

/** The best offered locale for an Accept-Language header (RFC 9110 q-values), else English. */
export function pickLocale(acceptLanguage: string | null | undefined, offered: readonly Locale[] = LOCALES): Locale {
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.split(';').map((s) => s.trim());
      const q = params.find((p) => /^q=/i.test(p));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of ranges) {
    const locale = offeredLocale(range.tag, offered);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
