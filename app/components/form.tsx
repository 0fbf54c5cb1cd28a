import {
  getFormProps,
  getInputProps,
  getSelectProps,
  useForm,
  type FieldMetadata,
  type SubmissionResult,
} from '@conform-to/react';
import { useMemo, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import type { z } from 'zod';
import type { MessageKey } from '~/i18n';
import { useT } from '~/platform/i18n-react';
import { parseFormWith } from '~/platform/validation';

/** What an action answers when it refuses a form (see `act`): a message and each field's message. */
interface Refusal {
  ok: false;
  error: string;
  fieldErrors: Record<string, string>;
}

/**
 * A form checked by its zod schema in the browser (on submit, then as one corrects it) and, through the same schema,
 * on the server: the action's refusal shows beside the fields too, also without JavaScript.
 */
export function useSchemaForm<S extends z.ZodTypeAny>(
  schema: S,
  {
    result,
    defaultValue,
    id,
  }: { result?: { ok: boolean } | Refusal; defaultValue?: Record<string, unknown>; id?: string },
) {
  const t = useT();
  // What was last sent: conform keeps a refused form's values only when told them.
  const sent = useRef<NonNullable<SubmissionResult['initialValue']>>({});
  const refusal = result && !result.ok ? (result as Refusal) : undefined;
  // The ref is read when the server's refusal arrives, after the submit that filled it, not during a plain render.
  const lastResult = useMemo<SubmissionResult<string[]> | undefined>(
    () =>
      refusal
        ? {
            status: 'error',
            // eslint-disable-next-line react-hooks/refs
            initialValue: sent.current,
            error: Object.fromEntries(
              Object.entries(refusal.fieldErrors).map(([field, message]) => [field, [message]]),
            ),
          }
        : undefined,
    [refusal],
  );
  const [form, fields] = useForm<z.input<S>, string[]>({
    id,
    lastResult,
    defaultValue: defaultValue as never,
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => {
      const submission = parseFormWith(formData, schema, (key) => t(key as MessageKey));
      sent.current = submission.payload as typeof sent.current;
      return submission;
    },
  });
  return { form, fields, formProps: getFormProps(form), refusal };
}

type FieldProps = { label: string; hint?: string } & (
  | { field: FieldMetadata<unknown, Record<string, unknown>, string[]>; name?: never; error?: never }
  | { field?: never; name: string; error?: string }
);

const ids = (field: FieldProps['field'], name: string | undefined, hint: string | undefined) => {
  const id = field?.id ?? name!;
  return { id, hintId: hint ? `${id}-hint` : undefined, errorId: field?.errorId ?? `${id}-error` };
};

/** The label, hint and error around a control; `control` gets the ids and ARIA attributes that tie them together. */
function Labelled({
  label,
  hint,
  error,
  id,
  hintId,
  errorId,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  id: string;
  hintId?: string;
  errorId: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** A labelled input with its hint and error, wired for screen readers (by its conform field, or by name and error). */
export function Field({
  label,
  field,
  name,
  error,
  hint,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { id, hintId, errorId } = ids(field, name, hint);
  const message = field ? field.errors?.[0] : error;
  const wired = field
    ? getInputProps(field, { type: (input.type ?? 'text') as 'text', ariaDescribedBy: hintId })
    : {
        id,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': [hintId, error && errorId].filter(Boolean).join(' ') || undefined,
      };
  return (
    <Labelled label={label} hint={hint} error={message} id={id} hintId={hintId} errorId={errorId}>
      <input {...wired} {...input} />
    </Labelled>
  );
}

/** A labelled select of a conform field, with its hint and error. */
export function SelectField({
  label,
  field,
  hint,
  children,
  ...select
}: {
  label: string;
  field: FieldMetadata<unknown, Record<string, unknown>, string[]>;
  hint?: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, hintId, errorId } = ids(field, undefined, hint);
  return (
    <Labelled label={label} hint={hint} error={field.errors?.[0]} id={id} hintId={hintId} errorId={errorId}>
      <select {...getSelectProps(field, { ariaDescribedBy: hintId })} {...select}>
        {children}
      </select>
    </Labelled>
  );
}

export function FormAlert({ error, ok }: { error?: string; ok?: string }) {
  if (error)
    return (
      <div role="alert" className="alert error">
        {error}
      </div>
    );
  if (ok)
    return (
      <div role="status" className="alert ok">
        {ok}
      </div>
    );
  return null;
}
