/**
 * Messages in the viewer's language: ICU MessageFormat (plurals, select, numbers and dates through Intl) with
 * FormatJS's intl-messageformat, each message compiled once per locale. `translate(locale, key, values)`.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './en';
import { CATALOGUES } from './catalogues';
import type { Locale } from './locales';

export type { MessageKey };
export type { Locale };
export {
  accountLocale,
  DEFAULT_LOCALE,
  KNOWN_LOCALES,
  LOCALES,
  LOCALE_NAMES,
  RTL_LOCALES,
  isRtl,
  offeredLocale,
  pickLocale,
} from './locales';

export type MessageValues = Record<string, string | number | Date>;

const compiled = new Map<string, IntlMessageFormat>();

function compile(locale: Locale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    const message = CATALOGUES[locale]?.[key] ?? en[key] ?? key;
    // ignoreTag: "<" in a message is text, not markup.
    format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  return format;
}

export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  try {
    return String(compile(locale, key).format(values));
  } catch {
    // A value the message needs was not given: show the message with its placeholders rather than fail the page.
    return CATALOGUES[locale]?.[key] ?? en[key] ?? key;
  }
}

/** A bound translate for one locale, as mails and generated documents use it. */
export function translator(locale: Locale): (key: MessageKey, values?: MessageValues) => string {
  return (key, values) => translate(locale, key, values);
}
