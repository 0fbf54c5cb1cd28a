import { Form } from '@remix-run/react';
import { useT } from '~/platform/i18n-react';

/** Approve, or refuse with a reason: one row's decision (a pending registration or a visa request). */
export function DecisionForm({ id, label }: { id: string; label: string }) {
  const t = useT();
  return (
    <Form method="post" className="inline-form" aria-label={label}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" name="decision" value="approve" className="small">
        {t('participation.decide.approve')}
      </button>{' '}
      <label>
        <span className="visually-hidden">{t('participation.decide.reason')}</span>
        <input name="reason" placeholder={t('participation.decide.reason')} maxLength={1000} />
      </label>{' '}
      <button type="submit" name="decision" value="refuse" className="small secondary">
        {t('participation.decide.refuse')}
      </button>
    </Form>
  );
}
