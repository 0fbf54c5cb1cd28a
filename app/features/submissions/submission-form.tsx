import { useMemo, useState, type FormEvent } from 'react';
import { FormAlert, useSchemaForm } from '~/components/form';
import { useT } from '~/platform/i18n-react';
import { quantity } from '~/i18n';
import { CoverNotices, CoverReadStatus } from './cover-read';
import { MetadataFields } from './metadata-fields';
import type { RequirableField } from './required-fields';
import type { SubmitResult } from './submission-form-types';
import type { MetaValues } from './submission-meta-input';
import { submissionFormInput } from './submission-meta-input';
import { UploadFields } from './upload-fields';

/** Each field's first message, named as the fields read them (`contacts.0.email`, as the server names it). */
const messagesByField = (errors: Record<string, string[] | undefined>) =>
  Object.fromEntries(
    Object.entries(errors).flatMap(([name, messages]) =>
      messages?.[0] ? [[name.replace(/\[(\d+)\]/g, '.$1'), messages[0]]] : [],
    ),
  );

/**
 * The submission form: a plain multipart form that works without JavaScript; with it, the upload goes
 * through XMLHttpRequest to show a progress bar, and the answer updates the form in place.
 */
export function SubmissionForm(props: {
  action: string;
  routeId: string;
  types: string[];
  fixedType?: string;
  proposable: { code: string; name: string }[];
  attachmentFormats: string[];
  maxMb: number;
  initial: MetaValues;
  result?: SubmitResult | null;
  submitLabel: string;
  withRead?: boolean;
  /** The fields the meeting requires besides type and title, checked here before the upload starts. */
  required?: RequirableField[];
}) {
  const t = useT();
  const [xhrResult, setXhrResult] = useState<SubmitResult | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [netError, setNetError] = useState(false);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
  const [generation, setGeneration] = useState(0);
  const result = xhrResult ?? props.result ?? null;
  const v = result?.values ?? props.initial;
  const main = result?.main ?? null;
  const required = props.required ?? [];
  const hasProposable = props.proposable.length > 0;
  const refusal = useMemo(
    () =>
      result && !result.ok
        ? { ok: false as const, error: result.error ?? '', fieldErrors: result.fieldErrors ?? {} }
        : undefined,
    [result],
  );
  const { form, formProps } = useSchemaForm(submissionFormInput({ required, hasProposable }), {
    result: refusal,
    id: 'submission',
  });
  const fe = messagesByField(form.allErrors);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    // The schema first: what it finds is named beside the fields and nothing is sent.
    formProps.onSubmit(e);
    setStopped(e.defaultPrevented);
    if (e.defaultPrevented || typeof XMLHttpRequest === 'undefined') return;
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(e.currentTarget);
    if (submitter?.name) data.set(submitter.name, submitter.value);
    // The server refuses such a file too, but only once it arrives: say so before sending it.
    const large = [...data.values()].find((v): v is File => v instanceof File && v.size > props.maxMb * 1024 * 1024);
    setTooLarge(
      large ? t('submissions.file.tooLarge', { filename: large.name, max: quantity(props.maxMb, 'megabyte') }) : null,
    );
    if (large) return;
    const xhr = new XMLHttpRequest();
    xhr.open(
      'POST',
      `${props.action}${props.action.includes('?') ? '&' : '?'}_data=${encodeURIComponent(props.routeId)}`,
    );
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable) setProgress(Math.round((ev.loaded / ev.total) * 100));
    };
    xhr.upload.onload = () => setProgress(100);
    xhr.onerror = () => {
      setProgress(null);
      setNetError(true);
    };
    xhr.onload = () => {
      const redirectTo = xhr.getResponseHeader('X-Remix-Redirect');
      if (redirectTo) {
        window.location.assign(redirectTo);
        return;
      }
      setProgress(null);
      try {
        setXhrResult(JSON.parse(xhr.responseText) as SubmitResult);
        setGeneration((g) => g + 1);
        window.scrollTo({ top: 0 });
      } catch {
        setNetError(true);
      }
    };
    setNetError(false);
    setProgress(0);
    xhr.send(data);
  }

  const busy = progress !== null;
  return (
    <form
      key={generation}
      method="post"
      encType="multipart/form-data"
      action={props.action}
      className="form card submission-form"
      {...formProps}
      onSubmit={onSubmit}
    >
      <FormAlert
        error={
          tooLarge ?? (netError ? t('submissions.submit.networkError') : stopped ? t('error.form') : refusal?.error)
        }
      />
      {result?.kind === 'review' && main && <CoverReadStatus result={result} main={main} />}
      <CoverNotices notices={result?.notices} field="general" />
      <UploadFields
        main={main}
        attachments={result?.attachments ?? []}
        attachmentFormats={props.attachmentFormats}
        maxMb={props.maxMb}
        withRead={props.withRead}
        busy={busy}
        mainError={fe.main}
      />

      <MetadataFields
        values={v}
        types={props.types}
        fixedType={props.fixedType}
        proposable={props.proposable}
        required={new Set<string>(required)}
        errors={fe}
        notices={result?.notices}
      />
      {busy && (
        <div className="upload-progress" role="status">
          <label htmlFor="upload-progress">
            {progress! < 100
              ? t('submissions.submit.uploading', { percent: progress! })
              : t('submissions.submit.processing')}
          </label>
          <progress id="upload-progress" max={100} value={progress!} aria-label={t('submissions.submit.progress')} />
        </div>
      )}
      <div>
        <button type="submit" name="intent" value="submit" disabled={busy}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
