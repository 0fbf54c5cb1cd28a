/** What the submission form says of the cover page read from the main file. */
import { useT } from '~/platform/i18n-react';
import type { MessageKey } from '~/i18n';
import type { CoverNotice } from './cover-prefill.server';
import { coverMessage } from './cover-message';
import { FIELD_LABELS } from './required-fields';
import type { CoverRead, PendingFile, SubmitResult } from './submission-form-types';

/** What the cover page said that the form could not take as it is, shown beside the field it concerns. */
export function CoverNotices({ notices, field }: { notices?: CoverNotice[]; field: CoverNotice['field'] }) {
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

/** The review step's status: what was read from which file, and the fields still to fill in. */
export function CoverReadStatus({ result, main }: { result: SubmitResult; main: PendingFile }) {
  const t = useT();
  const fieldLabel: Record<string, MessageKey> = { title: 'submissions.submit.f.title', ...FIELD_LABELS };
  return (
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
  );
}
