import { useLocation } from '@remix-run/react';
import { LOCALES, LOCALE_NAMES, type Locale } from '~/i18n';
import { useLocale, useT } from './i18n-react';

/** Each offered language as an option, named in itself and marked with its own language and direction. */
function LanguageOptions() {
  return (
    <>
      {LOCALES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LOCALE_NAMES[code]}
        </option>
      ))}
    </>
  );
}

/**
 * The language switcher of every page: a plain form (it works without JavaScript) that sets the language and comes
 * back to the same page. Hidden while only one language is offered.
 */
export function LanguageSwitcher() {
  const { locale } = useLocale();
  const location = useLocation();
  const t = useT();
  if (LOCALES.length < 2) return null;
  return (
    <form method="post" action="/language" className="language-switcher">
      <input type="hidden" name="to" value={`${location.pathname}${location.search}`} />
      <label>
        <span className="visually-hidden">{t('language.label')}</span>
        <select name="locale" defaultValue={locale}>
          <LanguageOptions />
        </select>
      </label>{' '}
      <button type="submit" className="small secondary">
        {t('language.change')}
      </button>
    </form>
  );
}

/** The profile's language: the account's own choice, or none (the browser's language then). */
export function LanguagePreference({ current }: { current: string | null | undefined }) {
  const t = useT();
  const chosen = (LOCALES as string[]).includes(current ?? '') ? (current as Locale) : '';
  return (
    <form method="post" action="/language" className="form card">
      <h2>{t('language.preference.title')}</h2>
      <input type="hidden" name="to" value="/profile" />
      <label htmlFor="account-locale">{t('language.preference.title')}</label>
      <select id="account-locale" name="locale" defaultValue={chosen}>
        <option value="">{t('language.preference.browser')}</option>
        <LanguageOptions />
      </select>
      <p className="hint">{t('language.preference.hint')}</p>
      <button type="submit">{t('language.preference.save')}</button>
    </form>
  );
}
