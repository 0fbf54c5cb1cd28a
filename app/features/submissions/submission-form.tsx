import { useRef, useState, type FormEvent } from 'react';
import { Field, FormAlert } from '~/components/form';
import { useLocale, useT } from '~/platform/i18n-react';
import { formatBytes, quantity, type MessageKey } from '~/i18n';
import { MAX_CONTACTS } from './contacts';
import type { CoverNotice } from './cover-prefill.server';
import { coverMessage } from './cover-message';
import { FIELD_LABELS, requiredFieldErrors, type RequirableField } from './required-fields';

export interface PendingFile {
  id: string;
  role: 'main' | 'attachment';
  filename: string;
  size: number;
  sha256: string;
}
export interface FormValues {
  type: string;
  title: string;
  source: string;
  purpose: string;
  keywords: string;
  abstract: string;
  proposedGroups: string[];
  contacts: { name: string; organisation: string; country: string; email: string; phone: string }[];
}
export interface SubmitResult {
  ok: boolean;
  kind?: 'review' | 'invalid';
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: FormValues;
  main?: PendingFile | null;
  attachments?: PendingFile[];
  missing?: string[];
  cover?: CoverRead | null;
  notices?: CoverNotice[];
}

/** What the review step says of the cover page read from the main file. */
interface CoverRead {
  fromPortalTemplate: boolean;
  title?: string;
  source?: string;
  abstract?: string;
  purpose?: unknown;
  questions?: unknown[];
  contacts?: unknown[];
  keywords?: unknown[];
}

/** What the cover page said that the form could not take as it is, shown beside the field it concerns. */
function CoverNotices({ notices, field }: { notices?: CoverNotice[]; field: CoverNotice['field'] }) {
  const t = useT();
  const mine = notices?.filter((n) => n.field === field) ?? [];
  if (!mine.length) return null;
  return (
    <>
      {mine.map((n, i) => (
        <p key={i} className="alert warn cover-notice" data-field={field}>
          {coverMessage(t, n)}
        </p>
      ))}
    </>
  );
}

/** Whether the cover page gave any field at all (a .docx without a cover table gives none). */
function readAnything(cover: CoverRead | null | undefined) {
  return (
    !!cover &&
    !!(
      cover.title ||
      cover.source ||
      cover.abstract ||
      cover.purpose ||
      cover.questions?.length ||
      cover.contacts?.length ||
      cover.keywords?.length
    )
  );
}

const PURPOSES = ['discussion', 'proposal', 'information', 'decision', 'approval'] as const;

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
  const { locale } = useLocale();
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
  const required = new Set<string>(props.required ?? []);
  // One empty row to add a contact, while there is room for one.
  const contacts =
    v.contacts.length < MAX_CONTACTS
      ? [...v.contacts, { name: '', organisation: '', country: '', email: '', phone: '' }]
      : v.contacts;
  const main = result?.main ?? null;
  const attachments = result?.attachments ?? [];
  const fieldLabel: Record<string, MessageKey> = { title: 'submissions.submit.f.title', ...FIELD_LABELS };

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
      {result?.kind === 'review' && main && (
        <div role="status" className="alert ok">
          {t(readAnything(result.cover) ? 'submissions.submit.readDone' : 'submissions.submit.readNothing', {
            filename: main.filename,
          })}
          {result.cover?.fromPortalTemplate && <> {t('submissions.submit.fromTemplate')}</>}
          {!!result.missing?.length && (
            <>
              <br />
              {t('submissions.submit.missing', {
                fields: result.missing.map((m) => t(fieldLabel[m] ?? 'submissions.submit.f.title')).join(', '),
              })}
            </>
          )}
        </div>
      )}
      <CoverNotices notices={result?.notices} field="general" />
      <fieldset className="stack">
        <legend>{t('submissions.submit.step1')}</legend>
        <div className="field">
          <label htmlFor="main-file">{t('submissions.submit.main')}</label>
          <input
            id="main-file"
            name="main"
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby="main-hint"
            aria-invalid={fe.main ? true : undefined}
          />
          <span id="main-hint" className="hint">
            {main
              ? t('submissions.submit.mainStaged', { filename: main.filename, size: formatBytes(locale, main.size) })
              : t('submissions.submit.mainHint', { max: quantity(props.maxMb, 'megabyte') })}
          </span>
          {fe.main && <span className="field-error">{fe.main}</span>}
          {main && <input type="hidden" name="pendingMain" value={main.id} />}
        </div>
        {props.attachmentFormats.length > 0 ? (
          <div className="field">
            <label htmlFor="attachments">{t('submissions.submit.attachments')}</label>
            <input
              id="attachments"
              name="attachments"
              type="file"
              multiple
              aria-describedby="attachments-hint"
              accept={props.attachmentFormats.map((f) => `.${f}`).join(',')}
            />
            <span id="attachments-hint" className="hint">
              {t('submissions.submit.attachmentsHint', {
                formats: props.attachmentFormats.join(', '),
                max: quantity(props.maxMb, 'megabyte'),
              })}
            </span>
            {attachments.map((a) => (
              <label key={a.id} className="check">
                <input type="checkbox" name="pendingAttachment" value={a.id} defaultChecked />{' '}
                {t('submissions.submit.keep', { filename: a.filename, size: formatBytes(locale, a.size) })}
              </label>
            ))}
          </div>
        ) : (
          <p className="hint">{t('submissions.submit.noAttachments')}</p>
        )}
        {props.withRead && (
          <div>
            <button type="submit" name="intent" value="read" className="secondary" disabled={busy}>
              {t('submissions.submit.read')}
            </button>
          </div>
        )}
      </fieldset>

      <fieldset className="stack">
        <legend>{t('submissions.submit.step2')}</legend>
        {props.fixedType ? (
          <input type="hidden" name="type" value={props.fixedType} />
        ) : (
          <div className="field">
            <label htmlFor="type">{t('submissions.submit.type')}</label>
            <select id="type" name="type" defaultValue={v.type} required aria-invalid={fe.type ? true : undefined}>
              <option value="">{t('submissions.submit.choose')}</option>
              {props.types.map((ty) => (
                <option key={ty} value={ty}>
                  {t(`submissions.type.${ty}` as MessageKey)}
                </option>
              ))}
            </select>
            {fe.type && <span className="field-error">{fe.type}</span>}
            <CoverNotices notices={result?.notices} field="type" />
          </div>
        )}
        <div className="field">
          <label htmlFor="title">{t('submissions.submit.f.title')}</label>
          <textarea
            id="title"
            name="title"
            defaultValue={v.title}
            rows={2}
            required
            aria-invalid={fe.title ? true : undefined}
            aria-describedby={fe.title ? 'title-error' : undefined}
          />
          {fe.title && (
            <span id="title-error" className="field-error">
              {fe.title}
            </span>
          )}
        </div>
        <Field
          label={t('submissions.submit.f.source')}
          name="source"
          defaultValue={v.source}
          required={required.has('source')}
          error={fe.source}
        />
        <div className="field">
          <label htmlFor="purpose">{t('submissions.submit.f.purpose')}</label>
          <select
            id="purpose"
            name="purpose"
            defaultValue={v.purpose}
            required={required.has('purpose')}
            aria-invalid={fe.purpose ? true : undefined}
            aria-describedby={fe.purpose ? 'purpose-error' : undefined}
          >
            <option value="">{t('submissions.submit.choose')}</option>
            {PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t(`submissions.purpose.${p}`)}
              </option>
            ))}
          </select>
          {fe.purpose && (
            <span id="purpose-error" className="field-error">
              {fe.purpose}
            </span>
          )}
          <CoverNotices notices={result?.notices} field="purpose" />
        </div>
        <Field
          label={t('submissions.submit.f.keywords')}
          name="keywords"
          defaultValue={v.keywords}
          required={required.has('keywords')}
          error={fe.keywords}
        />
        <div className="field">
          <label htmlFor="abstract">{t('submissions.submit.f.abstract')}</label>
          <textarea
            id="abstract"
            name="abstract"
            defaultValue={v.abstract}
            rows={4}
            required={required.has('abstract')}
            aria-invalid={fe.abstract ? true : undefined}
            aria-describedby={fe.abstract ? 'abstract-error' : undefined}
          />
          {fe.abstract && (
            <span id="abstract-error" className="field-error">
              {fe.abstract}
            </span>
          )}
        </div>
        {props.proposable.length > 0 && (
          <fieldset className="checks">
            <legend className="label">{t('submissions.submit.f.proposed')}</legend>
            {fe.proposedGroups && <span className="field-error">{fe.proposedGroups}</span>}
            <CoverNotices notices={result?.notices} field="proposedGroups" />
            {props.proposable.map((g) => (
              <label key={g.code} className="check">
                <input
                  type="checkbox"
                  name="proposedGroups"
                  value={g.code}
                  defaultChecked={v.proposedGroups.includes(g.code)}
                />{' '}
                {g.code} <span className="muted small">{g.name}</span>
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="contacts">
          <legend className="label">{t('submissions.submit.contacts')}</legend>
          <p className="hint">{t('submissions.submit.contactsHint')}</p>
          {fe.contacts && <span className="field-error">{fe.contacts}</span>}
          <CoverNotices notices={result?.notices} field="contacts" />
          {contacts.map((c, i) => (
            <fieldset key={i} className="contact">
              <legend>{t('submissions.submit.contact', { n: i + 1 })}</legend>
              <Field
                label={t('submissions.submit.c.name')}
                name="contactName"
                id={`contactName${i}`}
                defaultValue={c.name}
              />
              <Field
                label={t('submissions.submit.c.organisation')}
                name="contactOrganisation"
                id={`contactOrganisation${i}`}
                defaultValue={c.organisation}
              />
              <Field
                label={t('submissions.submit.c.country')}
                name="contactCountry"
                id={`contactCountry${i}`}
                defaultValue={c.country}
              />
              <Field
                label={t('submissions.submit.c.email')}
                name="contactEmail"
                id={`contactEmail${i}`}
                type="email"
                defaultValue={c.email}
                error={fe[`contacts.${i}.email`]}
              />
              <Field
                label={t('submissions.submit.c.phone')}
                name="contactPhone"
                id={`contactPhone${i}`}
                defaultValue={c.phone}
              />
            </fieldset>
          ))}
        </fieldset>
      </fieldset>
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
