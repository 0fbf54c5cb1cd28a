import { getInputProps } from '@conform-to/react';
import { Form } from '@remix-run/react';
import { useSchemaForm } from '~/components/form';
import { useT } from '~/platform/i18n-react';
import { decisionInput } from './participation-input';

/** What the page's action answered: a refusal carries the posted row's id, so only that row shows it. */
export type DecisionResult =
  | { ok: true }
  | { ok: false; error: string; fieldErrors: Record<string, string>; posted?: Record<string, string | string[]> };

/**
 * Approve, or refuse with a reason: one row's decision (a pending registration or a visa request), checked by the
 * same schema in the browser and by the server; a refusal without a reason is shown beside this row's reason field,
 * without JavaScript too.
 */
export function DecisionForm({ id, label, result }: { id: string; label: string; result?: DecisionResult }) {
  const t = useT();
  const mine = result && !result.ok && result.posted?.id === id ? result : undefined;
  const { fields, formProps } = useSchemaForm(decisionInput, {
    id: `decide-${id}`,
    result: mine,
    defaultValue: { id },
  });
  const reason = fields.reason;
  const reasonInput = getInputProps(reason, { type: 'text' });
  const error = reason.errors?.[0];
  return (
    <Form method="post" className="decision-form" {...formProps} aria-label={label}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" name="decision" value="approve" className="small">
        {t('participation.decide.approve')}
      </button>
      <span className="decision-refuse">
        <label htmlFor={reason.id} className="visually-hidden">
          {t('participation.decide.reason')}
        </label>
        <input {...reasonInput} placeholder={t('participation.decide.reason')} maxLength={1000} />
        <button type="submit" name="decision" value="refuse" className="small secondary">
          {t('participation.decide.refuse')}
        </button>
      </span>
      {error && (
        <span id={reason.errorId} className="field-error">
          {error}
        </span>
      )}
    </Form>
  );
}
