import {
  getCollectionProps,
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type FieldMetadata,
  type SubmissionResult,
} from '@conform-to/react';
import {
  useMemo,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { z } from 'zod';
import type { MessageKey } from '~/i18n';
import { useT } from '~/platform/i18n-react';
import { parseFormWith } from '~/platform/validation';

/** What an action answers when it refuses a form (see `act`): a message and each field's message. */
interface Refusal {
  ok: false;
  error: string;
  fieldErrors: Record<string, string>;
  posted?: Record<string, string | string[]>;
}

type Posted = NonNullable<SubmissionResult['initialValue']>;
/** Values as a form posts them: text, a ticked box as "on", lists of text. */
const asPosted = (values: Record<string, unknown> = {}): Posted =>
  Object.fromEntries(
    Object.entries(values).flatMap(([k, v]): [string, Posted[string]][] =>
      v === undefined || v === null || v === false
        ? []
        : [[k, v === true ? 'on' : Array.isArray(v) ? v.map(String) : String(v)]],
    ),
  );

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
  const sent = useRef<Posted>({});
  const refusal = result && !result.ok ? (result as Refusal) : undefined;
  // The ref is read when the server's refusal arrives, after the submit that filled it, not during a plain render.
  const lastResult = useMemo<SubmissionResult<string[]> | undefined>(
    () =>
      refusal
        ? {
            status: 'error',
            // What this browser sent; a form posted without JavaScript shows what the server read of it.
            // eslint-disable-next-line react-hooks/refs
            initialValue: Object.keys(sent.current).length ? sent.current : (refusal.posted ?? asPosted(defaultValue)),
            error: Object.fromEntries(
              Object.entries(refusal.fieldErrors).map(([field, message]) => [field, [message]]),
            ),
          }
        : undefined,
    // Only a new refusal makes a new result (the page's values are a fresh object at every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
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

/** A field of a form made by `useSchemaForm`. */
export type FormField = FieldMetadata<unknown, Record<string, unknown>, string[]>;

type FieldProps = { label: string; hint?: string } & (
  | { field: FormField; name?: never; error?: never; id?: never }
  /** A plain control: its id is its name unless given (e.g. the rows of a repeated group). */
  | { field?: never; name: string; error?: string; id?: string }
);

const ids = (field: FieldProps['field'], name: string | undefined, hint: string | undefined, given?: string) => {
  const id = field?.id ?? given ?? name!;
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
  id: givenId,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const { id, hintId, errorId } = ids(field, name, hint, givenId);
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
  field: FormField;
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

/** A labelled text area of a conform field, with its hint and error. */
export function TextAreaField({
  label,
  field,
  hint,
  ...textarea
}: { label: string; field: FormField; hint?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, hintId, errorId } = ids(field, undefined, hint);
  return (
    <Labelled label={label} hint={hint} error={field.errors?.[0]} id={id} hintId={hintId} errorId={errorId}>
      <textarea {...getTextareaProps(field, { ariaDescribedBy: hintId })} {...textarea} />
    </Labelled>
  );
}

/** One checkbox (a yes/no field, or one value of a list) or one radio of a conform field, with its label. */
export function Check({
  field,
  label,
  value,
  type = 'checkbox',
}: {
  field: FormField;
  label: ReactNode;
  value?: string;
  type?: 'checkbox' | 'radio';
}) {
  const props = value
    ? getCollectionProps(field, { type, options: [value] })[0]
    : getInputProps(field, { type: 'checkbox' });
  const { key: _key, ...input } = props as typeof props & { key?: string };
  return (
    <label className="check">
      <input {...input} /> {label}
    </label>
  );
}

/** A fieldset of checkboxes (or radios) of one conform field, the legend naming it and its error after the boxes. */
export function Choices({
  legend,
  field,
  options,
  type = 'checkbox',
  className = 'checks',
  children,
}: {
  legend: string;
  field: FormField;
  options: readonly { value: string; label: ReactNode }[];
  type?: 'checkbox' | 'radio';
  className?: string;
  /** More controls of the group, after the boxes. */
  children?: ReactNode;
}) {
  return (
    <fieldset className={className}>
      <legend className="label">{legend}</legend>
      {options.map((o) => (
        <Check key={o.value} field={field} type={type} value={o.value} label={o.label} />
      ))}
      {children}
      <FieldError field={field} />
    </fieldset>
  );
}

/** A field's error where its controls point to it (aria-describedby), for groups of controls. */
export function FieldError({ field }: { field: FormField }) {
  return field.errors?.[0] ? (
    <span id={field.errorId} className="field-error">
      {field.errors[0]}
    </span>
  ) : null;
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
