import { Form } from '@remix-run/react';
import { Field, FormAlert } from '~/components/form';
import type { MessageKey } from '~/i18n';
import { useT } from '~/platform/i18n-react';
import { FIELD_LABELS, REQUIRABLE_FIELDS } from '~/features/submissions/required-fields';

const TYPES = ['contribution', 'td', 'input', 'output', 'jca', 'ls_in', 'ls_out', 'agenda', 'report'] as const;
const FORMATS = ['pdf', 'docx', 'pptx', 'xlsx', 'zip'] as const;

export interface MeetingFormValues {
  title: string;
  number: string;
  startsOn: string;
  endsOn: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  locationKind: string;
  place: string;
  host: string;
  deadlineMode: 'rule' | 'custom' | 'none';
  deadlineDate: string;
  deadlineTime: string;
  acceptsLate: boolean;
  documentTypes: string[];
  attachmentFormats: string[];
  requiredFields: string[];
  maxFileMb: number;
  documentAccess: string;
  notes: string;
}

/** Create / edit a meeting (secretariat). Works without JavaScript. */
export function MeetingForm({
  values,
  rule,
  ruleNow,
  error,
  fieldErrors = {},
  ok,
  submitLabel,
}: {
  values: MeetingFormValues;
  rule: { days: number; time: string };
  ruleNow?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  ok?: string;
  submitLabel: string;
}) {
  const t = useT();
  const f = (k: string) => `submissions.meeting.f.${k}` as MessageKey;
  return (
    <Form method="post" className="form card">
      <FormAlert error={error} ok={ok} />
      <Field label={t(f('title'))} name="title" defaultValue={values.title} required error={fieldErrors.title} />
      <Field
        label={t(f('number'))}
        name="number"
        defaultValue={values.number}
        inputMode="numeric"
        error={fieldErrors.number}
      />
      <div className="two">
        <Field
          label={t(f('startsOn'))}
          name="startsOn"
          type="date"
          defaultValue={values.startsOn}
          required
          error={fieldErrors.startsOn}
        />
        <Field
          label={t(f('endsOn'))}
          name="endsOn"
          type="date"
          defaultValue={values.endsOn}
          error={fieldErrors.endsOn}
        />
        <Field
          label={t(f('startTime'))}
          name="startTime"
          type="time"
          defaultValue={values.startTime}
          error={fieldErrors.startTime}
        />
        <Field
          label={t(f('endTime'))}
          name="endTime"
          type="time"
          defaultValue={values.endTime}
          error={fieldErrors.endTime}
        />
      </div>
      <Field
        label={t(f('timeZone'))}
        name="timeZone"
        defaultValue={values.timeZone}
        required
        error={fieldErrors.timeZone}
      />
      <div className="field">
        <label htmlFor="locationKind">{t(f('locationKind'))}</label>
        <select id="locationKind" name="locationKind" defaultValue={values.locationKind}>
          {(['physical', 'virtual', 'hybrid'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`submissions.meeting.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <Field label={t(f('place'))} name="place" defaultValue={values.place} error={fieldErrors.place} />
      <Field label={t(f('host'))} name="host" defaultValue={values.host} error={fieldErrors.host} />
      <fieldset className="stack">
        <legend className="label">{t(f('deadline'))}</legend>
        <label className="check">
          <input type="radio" name="deadlineMode" value="rule" defaultChecked={values.deadlineMode === 'rule'} />{' '}
          {t(f('deadlineRule'), rule)}
          {ruleNow && <span className="muted"> ({ruleNow})</span>}
        </label>
        <label className="check">
          <input type="radio" name="deadlineMode" value="custom" defaultChecked={values.deadlineMode === 'custom'} />{' '}
          {t(f('deadlineCustom'))}
        </label>
        <div className="two">
          <Field
            label={t(f('deadlineDate'))}
            name="deadlineDate"
            type="date"
            defaultValue={values.deadlineDate}
            error={fieldErrors.deadlineDate}
          />
          <Field
            label={t(f('deadlineTime'))}
            name="deadlineTime"
            type="time"
            defaultValue={values.deadlineTime}
            error={fieldErrors.deadlineTime}
          />
        </div>
        <label className="check">
          <input type="radio" name="deadlineMode" value="none" defaultChecked={values.deadlineMode === 'none'} />{' '}
          {t(f('deadlineNone'))}
        </label>
        <label className="check">
          <input type="checkbox" name="acceptsLate" defaultChecked={values.acceptsLate} /> {t(f('acceptsLate'))}
        </label>
      </fieldset>
      <fieldset className="checks">
        <legend className="label">{t(f('documentTypes'))}</legend>
        {TYPES.map((ty) => (
          <label key={ty} className="check">
            <input type="checkbox" name="documentTypes" value={ty} defaultChecked={values.documentTypes.includes(ty)} />{' '}
            {t(`submissions.type.${ty}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend className="label">{t(f('attachmentFormats'))}</legend>
        {FORMATS.map((x) => (
          <label key={x} className="check">
            <input
              type="checkbox"
              name="attachmentFormats"
              value={x}
              defaultChecked={values.attachmentFormats.includes(x)}
            />{' '}
            .{x}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend className="label">{t(f('requiredFields'))}</legend>
        <input type="hidden" name="requiredFields" value="" />
        {REQUIRABLE_FIELDS.map((x) => (
          <label key={x} className="check">
            <input type="checkbox" name="requiredFields" value={x} defaultChecked={values.requiredFields.includes(x)} />{' '}
            {t(FIELD_LABELS[x])}
          </label>
        ))}
      </fieldset>
      <Field
        label={t(f('maxFileMb'))}
        name="maxFileMb"
        type="number"
        min={1}
        max={2048}
        defaultValue={values.maxFileMb}
        error={fieldErrors.maxFileMb}
      />
      <div className="field">
        <label htmlFor="documentAccess">{t(f('documentAccess'))}</label>
        <select id="documentAccess" name="documentAccess" defaultValue={values.documentAccess}>
          <option value="public">{t('submissions.meeting.public')}</option>
          <option value="members">{t('submissions.meeting.members')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="notes">{t(f('notes'))}</label>
        <textarea id="notes" name="notes" defaultValue={values.notes} />
      </div>
      <div>
        <button type="submit">{submitLabel}</button>
      </div>
    </Form>
  );
}
