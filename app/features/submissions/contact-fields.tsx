/** The contacts of a submission in its form: one block per contact, and an empty one to add another. */
import { Field } from '~/components/form';
import { useT } from '~/platform/i18n-react';
import { MAX_CONTACTS } from './contacts';
import type { CoverNotice } from './cover-prefill.server';
import { CoverNotices } from './cover-read';
import type { MetaValues } from './submission-meta-input';

export function ContactFields(props: {
  contacts: MetaValues['contacts'];
  errors: Record<string, string>;
  notices?: CoverNotice[];
}) {
  const t = useT();
  const fe = props.errors;
  // One empty row to add a contact, while there is room for one.
  const contacts =
    props.contacts.length < MAX_CONTACTS
      ? [...props.contacts, { name: '', organisation: '', country: '', email: '', phone: '' }]
      : props.contacts;
  return (
    <fieldset className="contacts" aria-describedby={fe.contacts ? 'contacts-error' : undefined}>
      <legend className="label">{t('submissions.submit.contacts')}</legend>
      <p className="hint">{t('submissions.submit.contactsHint')}</p>
      {fe.contacts && (
        <span id="contacts-error" className="field-error">
          {fe.contacts}
        </span>
      )}
      <CoverNotices notices={props.notices} field="contacts" />
      {contacts.map((c, i) => (
        <fieldset key={i} className="contact">
          <legend>{t('submissions.submit.contact', { n: i + 1 })}</legend>
          <Field
            label={t('submissions.submit.c.name')}
            name="contactName"
            id={`contactName${i}`}
            defaultValue={c.name}
          />
          <Field
            label={t('submissions.submit.c.organisation')}
            name="contactOrganisation"
            id={`contactOrganisation${i}`}
            defaultValue={c.organisation}
          />
          <Field
            label={t('submissions.submit.c.country')}
            name="contactCountry"
            id={`contactCountry${i}`}
            defaultValue={c.country}
          />
          <Field
            label={t('submissions.submit.c.email')}
            name="contactEmail"
            id={`contactEmail${i}`}
            type="email"
            defaultValue={c.email}
            error={fe[`contacts.${i}.email`]}
          />
          <Field
            label={t('submissions.submit.c.phone')}
            name="contactPhone"
            id={`contactPhone${i}`}
            defaultValue={c.phone}
          />
        </fieldset>
      ))}
    </fieldset>
  );
}
