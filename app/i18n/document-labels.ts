/**
 * The words of generated documents (the ITU-T header, cover-table labels, LS and agenda headings) in one language.
 * The meeting's working language is the default; the document's own text (titles, sources, body) stays as written.
 */
import type { MessageKey } from './en';
import { doc } from './en/doc';
import { translate, type MessageValues } from './index';
import { accountLocale, type Locale } from './locales';

type DocKey = keyof typeof doc;
type LabelOf<K> = K extends `doc.${infer Name}` ? Name : never;
/** The name of a label of generated documents (`source`, `kind.td`...). */
export type LabelName = LabelOf<DocKey>;

/** The language of a meeting's generated documents: the one asked for, else the meeting's, else English. */
export function documentLocale(meeting: { language?: string | null }, asked?: string | null): Locale {
  return accountLocale(asked || meeting.language);
}

/**
 * Every `doc.*` label in `locale`, by its name without the prefix: `documentLabels('fr').source` is "Source :".
 * Labels with values (`studyPeriod`, `original`) are filled with `label('studyPeriod', { period })`.
 */
export function documentLabels(locale: Locale) {
  const labels = Object.fromEntries(
    (Object.keys(doc) as DocKey[]).map((key) => [key.slice('doc.'.length), translate(locale, key)]),
  ) as Record<LabelName, string>;
  return {
    ...labels,
    locale,
    /** Dates in documents: ITU's English documents write "9 October 2025". */
    dateLocale: locale === 'en' ? 'en-GB' : locale,
    label: (name: LabelName, values?: MessageValues) => translate(locale, `doc.${name}` as MessageKey, values),
  };
}

export type DocumentLabels = ReturnType<typeof documentLabels>;
