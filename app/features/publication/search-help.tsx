import type { MessageKey, MessageValues } from '~/i18n';
import { useT } from '~/platform/i18n-react';

/**
 * The search box with its hint, the problems found in what was typed (beside the box, tied to it for screen
 * readers) and the syntax help: the meeting list and the group-wide search share it.
 */
export function SearchField({
  value,
  problems,
}: {
  value: string;
  problems: { key: MessageKey | string; vars?: MessageValues }[];
}) {
  const t = useT();
  return (
    <div className="field wide">
      <label htmlFor="q">{t('search.label')}</label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={value}
        maxLength={200}
        aria-describedby={problems.length ? 'q-hint q-problems' : 'q-hint'}
        aria-invalid={problems.length ? true : undefined}
      />
      <span id="q-hint" className="hint">
        {t('search.hint')}
      </span>
      {problems.length > 0 && (
        <div id="q-problems" className="field-error" role="alert">
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{t(p.key as MessageKey, p.vars)}</li>
            ))}
          </ul>
        </div>
      )}
      <SearchHelp />
    </div>
  );
}

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
