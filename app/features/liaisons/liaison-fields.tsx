import { Choices, Field, TextAreaField, type FormField } from '~/components/form';
import { useT } from '~/platform/i18n-react';

/**
 * A liaison statement's fields in a form of `liaisonFields` (outgoing: addressees and contacts) or of
 * `incomingLiaisonFields` (incoming: its source and the text as received), each with its hint and error.
 */
export function LiaisonFields({
  fields,
  direction,
  incomingOptions = [],
}: {
  fields: Record<
    'title' | 'source' | 'addressees' | 'replyDeadline' | 'questions' | 'contacts' | 'body' | 'answersIncoming',
    FormField
  >;
  direction: 'out' | 'in';
  /** Incoming statements (app/features/liaisons) an outgoing one may answer. */
  incomingOptions?: { id: string; title: string; sender: string }[];
}) {
  const t = useT();
  return (
    <>
      <Field label={t('liaison.field.title')} field={fields.title} required />
      {direction === 'out' && incomingOptions.length > 0 && (
        <Choices
          legend={t('liaisons.outgoing.answers')}
          field={fields.answersIncoming}
          options={incomingOptions.map((o) => ({ value: o.id, label: `${o.sender}: ${o.title}` }))}
        >
          <input type="hidden" name="answersIncomingShown" value="1" />
        </Choices>
      )}
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
