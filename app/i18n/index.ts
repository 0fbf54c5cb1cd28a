import { en, type MessageKey } from './en';

export type { MessageKey };
export type Locale = 'en';
export const LOCALES: Locale[] = ['en'];
const catalogues: Record<Locale, Record<MessageKey, string>> = { en };

/** Right-to-left locales (Arabic will be one) set dir="rtl" on the page. */
export const RTL_LOCALES: string[] = ['ar'];

export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = catalogues[locale][key] ?? en[key] ?? key;
  return vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
}

export function pickLocale(acceptLanguage: string | null | undefined): Locale {
  const wanted = (acceptLanguage ?? '').split(',').map((part) => part.split(';')[0].trim().slice(0, 2).toLowerCase());
  return (wanted.find((l) => (LOCALES as string[]).includes(l)) as Locale | undefined) ?? 'en';
}
