/** Step 1 of the submission form: the main file and the attachments, with the uploads already received. */
import { useLocale, useT } from '~/platform/i18n-react';
import { formatBytes, quantity } from '~/i18n';
import type { PendingFile } from './submission-form-types';

export function UploadFields(props: {
  main: PendingFile | null;
  attachments: PendingFile[];
  attachmentFormats: string[];
  maxMb: number;
  withRead?: boolean;
  busy: boolean;
  mainError?: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { main, attachments } = props;
  return (
    <fieldset className="stack">
      <legend>{t('submissions.submit.step1')}</legend>
      <div className="field">
        <label htmlFor="main-file">{t('submissions.submit.main')}</label>
        <input
          id="main-file"
          name="main"
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={props.mainError ? 'main-hint main-error' : 'main-hint'}
          aria-invalid={props.mainError ? true : undefined}
        />
        <span id="main-hint" className="hint">
          {main
            ? t('submissions.submit.mainStaged', { filename: main.filename, size: formatBytes(locale, main.size) })
            : t('submissions.submit.mainHint', { max: quantity(props.maxMb, 'megabyte') })}
        </span>
        {props.mainError && (
          <span id="main-error" className="field-error">
            {props.mainError}
          </span>
        )}
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
          <button type="submit" name="intent" value="read" className="secondary" disabled={props.busy}>
            {t('submissions.submit.read')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
