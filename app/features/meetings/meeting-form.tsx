import { Form, Link } from '@remix-run/react';
import {
  Check,
  Choices,
  Field,
  FieldError,
  FormAlert,
  SelectField,
  TextAreaField,
  useSchemaForm,
} from '~/components/form';
import type { MessageKey } from '~/i18n';
import { useT } from '~/platform/i18n-react';
import { FIELD_LABELS, REQUIRABLE_FIELDS } from '~/features/submissions/required-fields';
import { ATTACHMENT_FORMATS } from '~/features/submissions/file-formats';
import { DOCUMENT_TYPES, LOCATION_KINDS } from '../../../db/schema';
import { deadlineField, meetingInput } from './meeting-input';
import { LISTED_DEADLINE_KINDS, type ListedDeadlineKind } from './deadlines';
import { KNOWN_LOCALES, LOCALE_NAMES } from '~/i18n/locales';

/** The listed deadlines' fields: reservationMode, reservationDate, reservationTime... (see deadlineField). */
type ListedDeadlineFields = Partial<Record<`${ListedDeadlineKind}${'Mode' | 'Date' | 'Time'}`, string>>;

export interface MeetingFormValues extends ListedDeadlineFields {
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
  intakeAddress?: string | null;
  language?: string | null;
  /** Minutes of grace after each deadline (secretariat only). */
  graceMinutes?: number;
}

/** Create / edit a meeting (secretariat), checked by `meetingInput` in the browser and on the server. */
export function MeetingForm({
  values,
  rule,
  rules = {},
  ruleNow,
  rulesUrl,
  result,
  ok,
  submitLabel,
}: {
  values: MeetingFormValues;
  rule: { days: number; time: string };
  /** The group's default rule of each listed deadline kind (absent: none). */
  rules?: Partial<Record<ListedDeadlineKind, { deadlineDaysBefore: number; deadlineTime: string }>>;
  ruleNow?: string;
  /** Where the group's secretariat edits the default rules. */
  rulesUrl?: string;
  result?: Parameters<typeof useSchemaForm>[1]['result'];
  ok?: string;
  submitLabel: string;
}) {
  const t = useT();
  const f = (k: string) => `submissions.meeting.f.${k}` as MessageKey;
  const { fields, formProps, refusal } = useSchemaForm(meetingInput, {
    result,
    id: 'meeting',
    defaultValue: values as unknown as Record<string, unknown>,
  });
  return (
    <Form method="post" className="form card meeting-form" {...formProps}>
      <FormAlert error={refusal?.error} ok={ok} />
      <Field label={t(f('title'))} field={fields.title} required />
      <Field label={t(f('number'))} field={fields.number} inputMode="numeric" />
      <div className="two">
        <Field label={t(f('startsOn'))} field={fields.startsOn} type="date" required />
        <Field label={t(f('endsOn'))} field={fields.endsOn} type="date" />
        <Field label={t(f('startTime'))} field={fields.startTime} type="time" />
        <Field label={t(f('endTime'))} field={fields.endTime} type="time" />
      </div>
      <Field label={t(f('timeZone'))} field={fields.timeZone} required />
      <SelectField label={t(f('locationKind'))} field={fields.locationKind}>
        {LOCATION_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`submissions.meeting.${k}`)}
          </option>
        ))}
      </SelectField>
      <Field label={t(f('place'))} field={fields.place} />
      <Field label={t(f('host'))} field={fields.host} />
      <fieldset className="stack">
        <legend className="label">{t(f('deadline'))}</legend>
        <Check
          field={fields.deadlineMode}
          type="radio"
          value="rule"
          label={
            <>
              {t(f('deadlineRule'), rule)}
              {ruleNow && <span className="muted"> ({ruleNow})</span>}
            </>
          }
        />
        <Check field={fields.deadlineMode} type="radio" value="custom" label={t(f('deadlineCustom'))} />
        <div className="two">
          <Field label={t(f('deadlineDate'))} field={fields.deadlineDate} type="date" />
          <Field label={t(f('deadlineTime'))} field={fields.deadlineTime} type="time" />
        </div>
        <Check field={fields.deadlineMode} type="radio" value="none" label={t(f('deadlineNone'))} />
        <FieldError field={fields.deadlineMode} />
        <Check field={fields.acceptsLate} label={t(f('acceptsLate'))} />
        <Field
          label={t('deadlines.grace.label')}
          hint={t('deadlines.grace.hint')}
          field={fields.graceMinutes}
          type="number"
          min={0}
          max={1440}
        />
      </fieldset>
      <fieldset className="stack deadline-list">
        <legend className="label">{t('deadlines.form.legend')}</legend>
        <p className="hint">
          {t('deadlines.form.hint')} {rulesUrl && <Link to={rulesUrl}>{t('deadlines.rules.link')}</Link>}
        </p>
        {LISTED_DEADLINE_KINDS.map((kind) => {
          const field = (part: 'Mode' | 'Date' | 'Time') =>
            fields[deadlineField(kind, part) as keyof typeof fields] as typeof fields.deadlineDate;
          const groupRule = rules[kind];
          return (
            <fieldset key={kind} className="stack deadline-kind">
              <legend>{t(`deadlines.kind.${kind}`)}</legend>
              <Check
                field={field('Mode')}
                type="radio"
                value="rule"
                label={
                  groupRule
                    ? t('deadlines.form.rule', { days: groupRule.deadlineDaysBefore, time: groupRule.deadlineTime })
                    : t('deadlines.form.noRule')
                }
              />
              <Check field={field('Mode')} type="radio" value="custom" label={t('deadlines.form.custom')} />
              <div className="two">
                <Field label={t('deadlines.form.date')} field={field('Date')} type="date" />
                <Field label={t('deadlines.form.time')} field={field('Time')} type="time" />
              </div>
              <Check field={field('Mode')} type="radio" value="none" label={t('deadlines.form.none')} />
              <FieldError field={field('Mode')} />
            </fieldset>
          );
        })}
      </fieldset>
      <Choices
        legend={t(f('documentTypes'))}
        field={fields.documentTypes}
        options={DOCUMENT_TYPES.map((ty) => ({ value: ty, label: t(`submissions.type.${ty}`) }))}
      />
      <Choices
        legend={t(f('attachmentFormats'))}
        field={fields.attachmentFormats}
        options={ATTACHMENT_FORMATS.map((x) => ({ value: x, label: `.${x}` }))}
      />
      <Choices
        legend={t(f('requiredFields'))}
        field={fields.requiredFields}
        options={REQUIRABLE_FIELDS.map((x) => ({ value: x, label: t(FIELD_LABELS[x]) }))}
      >
        {/* Posted even when no box is ticked: none required is a choice, not a field left out. */}
        <input type="hidden" name={fields.requiredFields.name} value="" />
      </Choices>
      <Field label={t(f('maxFileMb'))} field={fields.maxFileMb} type="number" min={1} max={2048} />
      <SelectField label={t(f('documentAccess'))} field={fields.documentAccess}>
        <option value="public">{t('submissions.meeting.public')}</option>
        <option value="members">{t('submissions.meeting.members')}</option>
      </SelectField>
      <SelectField label={t(f('language'))} hint={t(f('languageHint'))} field={fields.language}>
        <option value="">{LOCALE_NAMES.en}</option>
        {KNOWN_LOCALES.filter((l) => l !== 'en').map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t(f('notes'))} field={fields.notes} />
      <Field
        label={t('mailbox.meeting.intakeAddress')}
        hint={t('mailbox.meeting.intakeAddressHint')}
        field={fields.intakeAddress}
        type="email"
      />
      <div>
        <button type="submit">{submitLabel}</button>
      </div>
    </Form>
  );
}
