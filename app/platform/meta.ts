import { DEFAULT_LOCALE, translate, type Locale, type MessageKey, type MessageValues } from '~/i18n';

type Translate = (key: MessageKey, values?: MessageValues) => string;

interface MatchLike {
  id: string;
  data?: unknown;
}

/** The page's locale as the root loader chose it (a meta function has no hooks; it reads the root match). */
export function metaLocale(matches: readonly MatchLike[]): Locale {
  const root = matches.find((m) => m.id === 'root')?.data as { locale?: Locale } | undefined;
  return root?.locale ?? DEFAULT_LOCALE;
}

/**
 * A route's meta tags: the <title> "{page} — Plenary" in the page's language, or the product name alone when there
 * is no page name (a loader that failed). `page` gets a translate function bound to the page's locale.
 */
export function metaTitle(matches: readonly MatchLike[], page?: ((t: Translate) => string) | null | false) {
  const locale = metaLocale(matches);
  const t: Translate = (key, values) => translate(locale, key, values);
  return [{ title: page ? t('meta.title', { page: page(t) }) : t('app.name') }];
}
