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

/** An amount with its unit ("50 MB", "30 s", "2 мин"), written by Intl in the locale the message is shown in. */
export interface Quantity {
  amount: number;
  unit: 'second' | 'minute' | 'byte' | 'kilobyte' | 'megabyte' | 'gigabyte';
}
export const quantity = (amount: number, unit: Quantity['unit']): Quantity => ({ amount, unit });

/** A wait as people say it: seconds under a minute and a half, whole minutes beyond. */
export const waitQuantity = (seconds: number): Quantity =>
  seconds < 90 ? quantity(seconds, 'second') : quantity(Math.ceil(seconds / 60), 'minute');

/** A size in bytes in the largest unit it reaches (1024 bytes a kilobyte, as the limits are set). */
export function bytesQuantity(bytes: number): Quantity {
  const units = [
    ['gigabyte', 1024 ** 3],
    ['megabyte', 1024 ** 2],
    ['kilobyte', 1024],
  ] as const;
  for (const [unit, size] of units) if (bytes >= size) return quantity(Number((bytes / size).toFixed(1)), unit);
  return quantity(bytes, 'byte');
}

/** A file size for display: "1.5 MB", "1,5 Mo", "1,5 МБ". */
export const formatBytes = (locale: Locale, bytes: number) => formatQuantity(locale, bytesQuantity(bytes));

export type MessageValues = Record<string, string | number | Date | Quantity>;

function isQuantity(value: unknown): value is Quantity {
  return typeof value === 'object' && value !== null && 'unit' in value && 'amount' in value;
}

export function formatQuantity(locale: Locale, q: Quantity): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: q.unit, unitDisplay: 'short', maximumFractionDigits: 1 })
    .format(q.amount)
    .replace(/[\u2009\u202f]/g, ' ');
}

function formatted(locale: Locale, values?: MessageValues) {
  if (!values || !Object.values(values).some(isQuantity)) return values;
  return Object.fromEntries(
    Object.entries(values).map(([name, v]) => [name, isQuantity(v) ? formatQuantity(locale, v) : v]),
  );
}

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
    return String(compile(locale, key).format(formatted(locale, values)));
  } catch {
    // A value the message needs was not given: show the message with its placeholders rather than fail the page.
    return CATALOGUES[locale]?.[key] ?? en[key] ?? key;
  }
}

/** A bound translate for one locale, as mails and generated documents use it. */
export function translator(locale: Locale): (key: MessageKey, values?: MessageValues) => string {
  return (key, values) => translate(locale, key, values);
}
