import { Form } from '@remix-run/react';
import { Field, FormAlert, useSchemaForm } from '~/components/form';
import { fillForm } from './reserve-input';

/**
 * The form that uploads the file of a reserved number (registration page, document page): one schema checks the
 * chosen file in the browser and, by its name, on the server.
 */
export function FillForm({
  id,
  action,
  version,
  label,
  hint,
  submit,
  disabled,
  result,
  className = 'stack',
}: {
  id: string;
  action: string;
  version: number;
  label: string;
  hint?: string;
  submit: string;
  disabled?: boolean;
  /** The action's refusal, when it concerns this form. */
  result?: { ok: boolean };
  className?: string;
}) {
  const { fields, formProps, refusal } = useSchemaForm(fillForm, { result, id });
  return (
    <Form method="post" action={action} encType="multipart/form-data" className={className} {...formProps}>
      <FormAlert error={refusal?.error} />
      <input type="hidden" name="version" value={version} />
      <Field label={label} hint={hint} field={fields.main} type="file" accept=".docx" required />
      <div>
        <button type="submit" disabled={disabled}>
          {submit}
        </button>
      </div>
    </Form>
  );
}
