import { useRef, useState, type FormEvent } from 'react';
import { FormAlert } from '~/components/form';
import { useT } from '~/platform/i18n-react';
import { quantity, type MessageKey } from '~/i18n';
import { CoverNotices, CoverReadStatus } from './cover-read';
import { MetadataFields } from './metadata-fields';
import { requiredFieldErrors, type RequirableField } from './required-fields';
import type { FormValues, SubmitResult } from './submission-form-types';
import { UploadFields } from './upload-fields';

/** The required fields left empty in the form as it stands (the server checks the same with the same rule). */
function missingInForm(
  data: FormData,
  required: RequirableField[],
  hasProposable: boolean,
): Record<string, MessageKey> {
  const one = (k: string) => String(data.get(k) ?? '');
  const emails = data.getAll('contactEmail').map(String);
  const values = {
    source: one('source'),
    purpose: one('purpose'),
    abstract: one('abstract'),
    keywords: one('keywords'),
    proposedGroups: data.getAll('proposedGroups').map(String),
    contacts: emails.map((email) => ({ name: '', email })),
  };
  const always = (['type', 'title'] as const)
    .filter((k) => !one(k).trim())
    .map((k) => [k, 'error.field.required' as MessageKey]);
  return { ...Object.fromEntries(always), ...requiredFieldErrors(values, required, hasProposable) };
}

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
  initial: FormValues;
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
  const [refusal, setRefusal] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [missing, setMissing] = useState<Record<string, MessageKey>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const result = xhrResult ?? props.result ?? null;
  const v = result?.values ?? props.initial;
  const fe: Record<string, string> = {
    ...(result?.fieldErrors ?? {}),
    ...Object.fromEntries(Object.entries(missing).map(([k, key]) => [k, t(key)])),
  };
  const main = result?.main ?? null;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    if (typeof XMLHttpRequest === 'undefined') return;
    e.preventDefault();
    const form = e.currentTarget;
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(form);
    if (submitter?.name) data.set(submitter.name, submitter.value);
    const unfilled =
      data.get('intent') === 'read' ? {} : missingInForm(data, props.required ?? [], props.proposable.length > 0);
    setMissing(unfilled);
    if (Object.keys(unfilled).length) return;
    // The server refuses such a file too, but only once it arrives: say so before sending it.
    const large = [...data.values()].find((v): v is File => v instanceof File && v.size > props.maxMb * 1024 * 1024);
    setRefusal(
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
      ref={formRef}
      key={generation}
      method="post"
      encType="multipart/form-data"
      action={props.action}
      className="form card submission-form"
      onSubmit={onSubmit}
      noValidate
    >
      <FormAlert
        error={
          refusal ??
          (netError
            ? t('submissions.submit.networkError')
            : Object.keys(missing).length
              ? t('error.form')
              : result && !result.ok
                ? result.error
                : undefined)
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
        required={new Set<string>(props.required ?? [])}
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
