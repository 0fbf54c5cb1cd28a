import type { InputHTMLAttributes } from 'react';
import { Field, type FormField } from '~/components/form';

/**
 * A field of an account form, its value and error from the form's schema (`useSchemaForm`), under the ids the
 * account pages have always had: the control's name (`password`) and its error's (`password-error`). A password
 * typed is never written back into the page.
 */
export function AccountField({
  field,
  type,
  ...input
}: { field: FormField; label: string; hint?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>) {
  const initial = type === 'password' ? undefined : field.initialValue;
  return (
    <Field
      name={field.name}
      error={field.errors?.[0]}
      type={type}
      defaultValue={typeof initial === 'string' ? initial : undefined}
      {...input}
    />
  );
}
