/** Dates and times for display, with Intl, in the viewer's locale. Used on server and client alike. */

/**
 * Node's ICU writes thin and narrow no-break spaces where Chromium's writes plain ones ("21\u2009–\u200923"): the
 * same text must come out of both, or React's hydration fails and re-renders the whole page in the browser.
 */
const plainSpaces = (s: string) => s.replace(/[\u2009\u202f]/g, ' ');

export function formatInstant(
  instant: Date | string,
  locale: string,
  timeZone: string,
  opts: { withZone?: boolean } = {},
): string {
  return plainSpaces(
    new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(opts.withZone ? { timeZoneName: 'short' } : {}),
    }).format(new Date(instant)),
  );
}

/** Formats instants as days (e.g. "Mar 3, 2026") in a zone; made once for a long list of rows. */
export function dayFormatter(locale: string, timeZone: string): (instant: Date | string) => string {
  const f = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'short', day: 'numeric' });
  return (instant) => plainSpaces(f.format(new Date(instant)));
}

/** A calendar date (YYYY-MM-DD, no time zone of its own) in words. */
export function formatDate(date: string, locale: string): string {
  return plainSpaces(
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(
      new Date(`${date}T00:00:00Z`),
    ),
  );
}

export function formatDateRange(start: string, end: string, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
  return plainSpaces(
    start === end
      ? f.format(new Date(`${start}T00:00:00Z`))
      : f.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`)),
  );
}

/** The short name of a zone at an instant, e.g. "CET" or "GMT+3". */
export function zoneName(instant: Date | string, locale: string, timeZone: string): string {
  return (
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(instant))
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}
