import { useFetcher } from '@remix-run/react';
import { useT } from '~/platform/i18n-react';

/** Says that the address awaits confirmation, with a button that mails a new link (posted to /confirm-email). */
export function ConfirmEmailNotice({ email }: { email: string }) {
  const t = useT();
  const resend = useFetcher<{ ok: boolean; error?: string }>();
  return (
    <div className="alert warn" role="note">
      <p>{t('auth.confirm.needed', { email })}</p>
      <resend.Form method="post" action="/confirm-email">
        <input type="hidden" name="intent" value="resend" />
        <button type="submit" disabled={resend.state !== 'idle'}>
          {t('auth.confirm.resend')}
        </button>
      </resend.Form>
      {resend.data?.ok && <p role="status">{t('auth.confirm.resent')}</p>}
      {resend.data && !resend.data.ok && (
        <p role="alert" className="field-error">
          {resend.data.error}
        </p>
      )}
    </div>
  );
}
