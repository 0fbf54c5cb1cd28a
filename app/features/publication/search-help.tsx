import { useT } from '~/platform/i18n-react';

/** The search syntax, folded under the search box (the meeting list and the group-wide search share it). */
export function SearchHelp() {
  const t = useT();
  return (
    <details className="search-help">
      <summary>{t('search.help.summary')}</summary>
      <p>{t('search.help.intro')}</p>
      <ul>
        <li>{t('search.help.text')}</li>
        <li>{t('search.help.phrase')}</li>
        <li>{t('search.help.type')}</li>
        <li>{t('search.help.group')}</li>
        <li>{t('search.help.source')}</li>
        <li>{t('search.help.decision')}</li>
        <li>{t('search.help.late')}</li>
      </ul>
    </details>
  );
}
