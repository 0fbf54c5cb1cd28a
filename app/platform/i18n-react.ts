import { useRouteLoaderData } from '@remix-run/react';
import { translate, type Locale, type MessageKey, type MessageValues } from '~/i18n';

interface RootData {
  locale: Locale;
  viewerTimeZone: string | null;
}

/** The translate function for the page's locale: `const t = useT(); t('nav.home')`. */
export function useT() {
  const data = useRouteLoaderData<RootData>('root');
  const locale = data?.locale ?? 'en';
  return (key: MessageKey, vars?: MessageValues) => translate(locale, key, vars);
}

export function useLocale(): { locale: Locale; viewerTimeZone: string | null } {
  const data = useRouteLoaderData<RootData>('root');
  return { locale: data?.locale ?? 'en', viewerTimeZone: data?.viewerTimeZone ?? null };
}
