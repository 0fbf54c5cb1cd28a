import { Form } from '@remix-run/react';
import { Choices, Field, FormAlert, SelectField, TextAreaField, useSchemaForm } from '~/components/form';
import { useT } from '~/platform/i18n-react';
import {
  DELEGATE_ROLES,
  DELEGATIONS,
  PARTICIPANT_NEEDS,
  type ParticipationMode,
} from '../../../db/schema/participation';
import { registrationInput } from './participation-input';

/** The registration form: the modes the meeting offers, organisation, delegation, role and needs. */
export function RegistrationForm({
  modes,
  organisation,
  result,
}: {
  modes: ParticipationMode[];
  organisation: string;
  result?: Parameters<typeof useSchemaForm>[1]['result'];
}) {
  const t = useT();
  const { fields, formProps, refusal } = useSchemaForm(registrationInput, {
    result,
    id: 'register',
    defaultValue: { mode: modes.length === 1 ? modes[0] : undefined, organisation, delegation: '', role: 'delegate' },
  });
  return (
    <Form method="post" className="form card" {...formProps}>
      <FormAlert error={refusal?.error} />
      <input type="hidden" name="intent" value="register" />
      <Choices
        legend={t('participation.f.mode')}
        field={fields.mode}
        type="radio"
        options={modes.map((m) => ({ value: m, label: t(`participation.mode.${m}`) }))}
      />
      <Field label={t('participation.f.organisation')} field={fields.organisation} required />
      <SelectField label={t('participation.f.delegation')} field={fields.delegation}>
        <option value="" />
        {DELEGATIONS.map((d) => (
          <option key={d} value={d}>
            {t(`participation.delegation.${d}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('participation.f.role')} field={fields.role}>
        {DELEGATE_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`participation.role.${r}`)}
          </option>
        ))}
      </SelectField>
      <Choices
        legend={t('participation.f.needs')}
        field={fields.needs}
        options={PARTICIPANT_NEEDS.map((n) => ({ value: n, label: t(`participation.need.${n}`) }))}
      />
      <TextAreaField label={t('participation.f.needsNote')} field={fields.needsNote} rows={2} />
      <div>
        <button type="submit">{t('participation.attend.register')}</button>
      </div>
    </Form>
  );
}
