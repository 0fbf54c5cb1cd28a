import { Field, TextAreaField, type FormField } from '~/components/form';
import { useT } from '~/platform/i18n-react';

/**
 * A liaison statement's fields in a form of `liaisonFields` (outgoing: addressees and contacts) or of
 * `incomingLiaisonFields` (incoming: its source and the text as received), each with its hint and error.
 */
export function LiaisonFields({
  fields,
  direction,
}: {
  fields: Record<'title' | 'source' | 'addressees' | 'replyDeadline' | 'questions' | 'contacts' | 'body', FormField>;
  direction: 'out' | 'in';
}) {
  const t = useT();
  return (
    <>
      <Field label={t('liaison.field.title')} field={fields.title} required />
      {direction === 'in' && <Field label={t('liaison.field.source')} field={fields.source} required />}
      {direction === 'out' && (
        <TextAreaField
          label={t('liaison.field.addressees')}
          field={fields.addressees}
          rows={3}
          hint={t('liaison.field.addresseesHint')}
        />
      )}
      <Field
        label={t('liaison.field.replyDeadline')}
        field={fields.replyDeadline}
        type="date"
        hint={t('liaison.field.replyDeadlineHint')}
      />
      <Field label={t('liaison.field.questions')} field={fields.questions} hint={t('liaison.field.questionsHint')} />
      {direction === 'out' ? (
        <TextAreaField
          label={t('liaison.field.contacts')}
          field={fields.contacts}
          rows={2}
          hint={t('liaison.field.contactsHint')}
        />
      ) : (
        <TextAreaField label={t('liaison.field.body')} field={fields.body} rows={5} />
      )}
    </>
  );
}
