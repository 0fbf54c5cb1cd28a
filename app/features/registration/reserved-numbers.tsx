import { Form, Link } from '@remix-run/react';
import type { SerializeFrom } from '@remix-run/node';
import { Field, SelectField, useSchemaForm } from '~/components/form';
import { useT } from '~/platform/i18n-react';
import { FillForm } from './fill-form';
import { DocLabel } from './numbering';
import type { RegistrationPage } from './registration-queue.server';
import { reservationCapForm, reserveForm } from './reserve-input';

type Page = SerializeFrom<RegistrationPage>;

/** The numbers reserved in the meeting and still without a file, each with the form that uploads it. */
export function ReservedNumbers({
  reserved,
  meetingSlug,
  busy,
}: {
  reserved: Page['reserved'];
  meetingSlug: string;
  busy: boolean;
}) {
  const t = useT();
  return (
    <>
      <h2 id="reserved">{t('registration.reserved', { count: reserved.length })}</h2>
      {reserved.length > 0 && (
        <ul className="reserved-list">
          {reserved.map((d) => (
            <li key={d.id} className="card">
              <Link to={`/documents/${d.id}`}>
                <DocLabel label={d.label} title={d.title} />
              </Link>
              <FillForm
                id={`fill-${d.id}`}
                action={`/meetings/${meetingSlug}/registration?fill=${d.id}`}
                version={d.version}
                label={t('registration.fillLabel', { number: d.label ?? '' })}
                hint={t('registration.fillHint')}
                submit={t('registration.fillSubmit')}
                disabled={busy}
                className="toolbar"
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The secretariat reserves the next number of a type for a document still to be written. */
export function ReserveNumberForm({
  documentTypes,
  nextNumbers,
  result,
  busy,
}: {
  documentTypes: Page['meeting']['documentTypes'];
  /** The next number of each type's scheme, shown beside the type. */
  nextNumbers: Page['nextNumbers'];
  /** The page's action answer: a refusal of this form shows on its fields. */
  result?: { ok: boolean };
  busy: boolean;
}) {
  const t = useT();
  const reserve = useSchemaForm(reserveForm, {
    result,
    id: 'reserve',
    defaultValue: { type: documentTypes[0] },
  });
  return (
    <>
      <h3>{t('registration.reserve')}</h3>
      <p className="muted">{t('registration.reserveHint')}</p>
      <Form method="post" className="form card" {...reserve.formProps}>
        <SelectField label={t('registration.type')} field={reserve.fields.type}>
          {documentTypes.map((ty) => (
            <option key={ty} value={ty}>
              {t(`numbering.type.${ty}` as never)}
              {nextNumbers[ty] ? ` — ${nextNumbers[ty]}` : ''}
            </option>
          ))}
        </SelectField>
        <Field label={t('registration.reserveTitle')} field={reserve.fields.title} required maxLength={500} />
        <div>
          <button type="submit" name="intent" value="reserve" disabled={busy}>
            {t('registration.reserveSubmit')}
          </button>
        </div>
      </Form>
    </>
  );
}

/** How many numbers one member may hold reserved without a file in the meeting (set by the secretariat). */
export function ReservationCapForm({ cap, result, busy }: { cap: number; result?: { ok: boolean }; busy: boolean }) {
  const t = useT();
  const capForm = useSchemaForm(reservationCapForm, {
    result,
    id: 'reservation-cap',
    defaultValue: { cap },
  });
  return (
    <>
      <h3 id="reservation-settings">{t('reservations.settings')}</h3>
      <Form method="post" className="form card" aria-labelledby="reservation-settings" {...capForm.formProps}>
        <Field
          label={t('reservations.capLabel')}
          hint={t('reservations.capHint')}
          field={capForm.fields.cap}
          type="number"
          min={0}
          max={100}
          required
        />
        <div>
          <button type="submit" name="intent" value="reservationCap" disabled={busy}>
            {t('reservations.capSave')}
          </button>
        </div>
      </Form>
    </>
  );
}
