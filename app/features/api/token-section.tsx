import { Form } from '@remix-run/react';
import { useT } from '~/platform/i18n-react';
import type { MessageKey } from '~/i18n';

export interface TokenRow {
  id: string;
  name: string;
  hint: string;
  scopes: string[];
  expiresAt: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

/** The profile's personal access tokens: create one (shown once), see each with its use, revoke. */
export function TokenSection(props: {
  tokens: TokenRow[];
  created?: { name: string; token: string } | null;
  error?: string;
  fieldErrors?: Record<string, string>;
}) {
  const t = useT();
  const now = new Date().toISOString();
  return (
    <section className="card" aria-labelledby="tokens-h">
      <h2 id="tokens-h">{t('tokens.title')}</h2>
      <p className="hint">
        {t('tokens.intro')} <a href="/api">{t('tokens.reference')}</a>
      </p>
      {props.created && (
        <div role="status" className="alert ok">
          <p>{t('tokens.created', { name: props.created.name })}</p>
          <code data-testid="new-token">{props.created.token}</code>
        </div>
      )}
      {props.error && (
        <p role="alert" className="alert error">
          {props.error}
        </p>
      )}
      <Form method="post" className="form">
        <input type="hidden" name="intent" value="createToken" />
        <label>
          {t('tokens.name')}
          <input name="tokenName" required maxLength={100} aria-describedby="token-name-hint" />
          <small id="token-name-hint">{t('tokens.nameHint')}</small>
          {props.fieldErrors?.name && <span className="field-error">{props.fieldErrors.name}</span>}
        </label>
        <fieldset>
          <legend>{t('tokens.scopes')}</legend>
          {(['read', 'submit', 'manage'] as const).map((s) => (
            <label key={s}>
              <input type="checkbox" name="scopes" value={s} defaultChecked={s === 'read'} />{' '}
              {t(`tokens.scope.${s}` as MessageKey)}
            </label>
          ))}
          {props.fieldErrors?.scopes && <span className="field-error">{props.fieldErrors.scopes}</span>}
        </fieldset>
        <label>
          {t('tokens.days')}
          <input name="days" type="number" min={1} max={366} defaultValue={90} required />
          {props.fieldErrors?.days && <span className="field-error">{props.fieldErrors.days}</span>}
        </label>
        <div>
          <button type="submit">{t('tokens.create')}</button>
        </div>
      </Form>
      <h3>{t('tokens.list')}</h3>
      {props.tokens.length === 0 ? (
        <p className="muted">{t('tokens.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('tokens.name')}</th>
              <th scope="col">{t('tokens.scopes')}</th>
              <th scope="col">{t('tokens.created.at')}</th>
              <th scope="col">{t('tokens.lastUsed')}</th>
              <th scope="col">{t('tokens.expires')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {props.tokens.map((tk) => {
              const expired = tk.expiresAt !== null && tk.expiresAt <= now;
              return (
                <tr key={tk.id}>
                  <td>
                    {tk.name} <code>{tk.hint}…</code>
                  </td>
                  <td>{tk.scopes.join(', ')}</td>
                  <td>{day(tk.createdAt)}</td>
                  <td>{day(tk.lastUsedAt) ?? t('tokens.notUsed')}</td>
                  <td>
                    {tk.revokedAt
                      ? t('tokens.revoked')
                      : expired
                        ? t('tokens.expired')
                        : (day(tk.expiresAt) ?? t('tokens.never'))}
                  </td>
                  <td>
                    {!tk.revokedAt && (
                      <Form method="post">
                        <input type="hidden" name="intent" value="revokeToken" />
                        <input type="hidden" name="tokenId" value={tk.id} />
                        <button type="submit" aria-label={`${t('tokens.revoke')} ${tk.name}`}>
                          {t('tokens.revoke')}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
