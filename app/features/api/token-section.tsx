import { Form } from '@remix-run/react';
import { Choices, Field, FormAlert, useSchemaForm } from '~/components/form';
import { useT } from '~/platform/i18n-react';
import type { MessageKey } from '~/i18n';
import { API_SCOPES } from '../../../db/schema';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, tokenInput } from './token-input';

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

/**
 * The profile's personal access tokens: create one (shown once), see each with its use, revoke. The form is checked
 * by `tokenInput` in the browser and on the server; `result` is the action's refusal of it.
 */
export function TokenSection(props: {
  tokens: TokenRow[];
  created?: { name: string; token: string } | null;
  result?: { ok: false; error: string; fieldErrors: Record<string, string> };
}) {
  const t = useT();
  const now = new Date().toISOString();
  const { fields, formProps, refusal } = useSchemaForm(tokenInput, {
    id: 'token-form',
    result: props.result,
    defaultValue: { name: '', scopes: ['read'], days: String(DEFAULT_TOKEN_DAYS) },
  });
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
      <Form method="post" className="form" {...formProps}>
        <FormAlert error={refusal?.error} />
        <input type="hidden" name="intent" value="createToken" />
        <Field label={t('tokens.name')} field={fields.name} hint={t('tokens.nameHint')} maxLength={100} />
        <Choices
          legend={t('tokens.scopes')}
          field={fields.scopes}
          options={API_SCOPES.map((s) => ({ value: s, label: t(`tokens.scope.${s}` as MessageKey) }))}
        />
        <Field label={t('tokens.days')} field={fields.days} type="number" min={1} max={MAX_TOKEN_DAYS} />
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
