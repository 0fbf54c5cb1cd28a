import { Form } from '@remix-run/react';
import { Field, useSchemaForm } from '~/components/form';
import { useT } from '~/platform/i18n-react';
import { inviteEditorForm } from './editor-input';

interface InvitedEditor {
  userId: string;
  name: string;
  email: string;
}

/**
 * The secretariat's list of people invited to edit this agenda or statement, with "Withdraw" beside each and a small
 * form to invite someone by the e-mail address of their account. Posts `intent=invite-editor` / `withdraw-editor`.
 */
export function EditorsPanel({ editors, result }: { editors: InvitedEditor[]; result?: { ok: boolean } }) {
  const t = useT();
  const invite = useSchemaForm(inviteEditorForm, { result, id: 'invite-editor' });
  return (
    <section className="card stack editors-panel" aria-labelledby="editors-h">
      <h2 id="editors-h">{t('collab.editors.title')}</h2>
      <p className="hint">{t('collab.editors.hint')}</p>
      {editors.length ? (
        <ul className="plain">
          {editors.map((e) => (
            <li key={e.userId}>
              {e.name} <span className="muted small">({e.email})</span>{' '}
              <Form method="post" style={{ display: 'inline' }}>
                <input type="hidden" name="intent" value="withdraw-editor" />
                <input type="hidden" name="userId" value={e.userId} />
                <button
                  type="submit"
                  className="small secondary"
                  aria-label={t('collab.editors.withdrawOne', { name: e.name })}
                >
                  {t('collab.editors.withdraw')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('collab.editors.none')}</p>
      )}
      <Form method="post" {...invite.formProps}>
        <input type="hidden" name="intent" value="invite-editor" />
        <Field label={t('collab.editors.email')} field={invite.fields.email} type="email" autoComplete="off" />
        <button type="submit">{t('collab.editors.invite')}</button>
      </Form>
    </section>
  );
}
