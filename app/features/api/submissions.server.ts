/**
 * Submissions, revisions and cover pages through the API: the browser form's domain functions with the API's
 * multipart layout (the main file in `file`, attachments in any other file part, the metadata as JSON in
 * `metadata`), so checks, deadlines, required fields, storage, audit and acknowledgment are the form's.
 */
import { and, eq } from 'drizzle-orm';
import type { AppLoadContext } from '@remix-run/node';
import type { z } from 'zod';
import { documentFiles, documents } from '../../../db/schema';
import { DomainError } from '../../platform/errors';
import { translate, type Locale } from '~/i18n';
import { coverReport, type CoverFields } from '../submissions/cover.server';
import { checkStoredFile } from '../submissions/file-checks.server';
import { receiveMultipart } from '../submissions/uploads.server';
import { submissionRecipients } from '../submissions/acknowledgment.server';
import { reviseDocument } from '../submissions/document-changes.server';
import { documentLabel } from '../submissions/document-view.server';
import type { MetaValues, SubmissionFormat } from '../submissions/submission-meta.server';
import { handleSubmitRequest, type SubmitOutcome } from '../submissions/submit.server';
import { ApiProblem, invalid } from './problems.server';
import { parseInput, parseJson, requireMultipart, type ApiActor } from './request.server';
import { RevisionMetadata, SubmissionMetadata, type Receipt } from './schemas';
import type { DeadlineRuleApplied } from '../meetings/deadlines';

/** The largest file `POST /cover` reads (the meetings' default limit). */
export const COVER_MAX_BYTES = 50 * 1024 * 1024;

/** The form's field names as the API calls them. */
const API_FIELD: Record<string, string> = { main: 'file', proposedGroups: 'groups' };

function apiFormat(schema: typeof SubmissionMetadata | typeof RevisionMetadata, locale: Locale): SubmissionFormat {
  return {
    mainField: 'file',
    keepStaged: false,
    values(fields): MetaValues {
      const unknown = Object.keys(fields).filter((k) => k !== 'metadata');
      if (unknown.length)
        throw invalid(
          'api.problem',
          undefined,
          Object.fromEntries(unknown.map((k) => [k, translate(locale, 'api.field.unknown')])),
        );
      const text = fields.metadata?.[0];
      const raw = text === undefined ? {} : parseJson(text, 'api.badMetadata');
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalid('api.metadataObject');
      const m = parseInput(schema, raw, locale) as z.output<typeof RevisionMetadata> & { type?: string };
      return {
        type: m.type ?? '',
        title: m.title,
        source: m.source,
        purpose: m.purpose,
        keywords: Array.isArray(m.keywords) ? m.keywords.join(', ') : m.keywords,
        abstract: m.abstract,
        proposedGroups: m.groups,
        contacts: m.contacts,
      };
    },
  };
}

/** A refused submission's error, its fields named as the API names them. */
function refusal(outcome: Extract<SubmitOutcome, { kind: 'invalid' }>) {
  const e = outcome.error;
  const fieldErrors = Object.fromEntries(Object.entries(e.fieldErrors ?? {}).map(([k, v]) => [API_FIELD[k] ?? k, v]));
  return new DomainError(e.code, e.messageKey, e.vars, fieldErrors);
}

async function created(context: AppLoadContext, outcome: SubmitOutcome) {
  if (outcome.kind === 'invalid') throw refusal(outcome);
  if (outcome.kind !== 'submitted') throw invalid('api.multipartRequired');
  const { db } = context;
  const [doc] = await db.select().from(documents).where(eq(documents.id, outcome.documentId));
  const files = await db
    .select()
    .from(documentFiles)
    .where(and(eq(documentFiles.documentId, doc.id), eq(documentFiles.superseded, false)))
    .orderBy(documentFiles.role, documentFiles.filename);
  const receipt: z.input<typeof Receipt> = {
    number: documentLabel(doc),
    submittedAt: (doc.submittedAt ?? doc.updatedAt).toISOString(),
    late: doc.late,
    requestBeganAt: doc.requestBeganAt?.toISOString() ?? null,
    deadlineRule: (doc.deadlineRule as DeadlineRuleApplied | null) ?? null,
    files: files.map((f) => ({ role: f.role, name: f.filename, size: Number(f.size), sha256: f.sha256 })),
    acknowledgedTo: await submissionRecipients(db, doc),
    url: `${context.config.publicUrl}/documents/${doc.id}/receipt`,
  };
  return { id: doc.id, state: doc.state, receipt };
}

export async function apiSubmit(context: AppLoadContext, actor: ApiActor, slug: string, request: Request) {
  requireMultipart(request);
  const outcome = await handleSubmitRequest(
    context,
    actor,
    slug,
    request,
    context.requestBeganAt,
    apiFormat(SubmissionMetadata, context.locale),
  );
  return created(context, outcome);
}

export async function apiRevise(context: AppLoadContext, actor: ApiActor, documentId: string, request: Request) {
  requireMultipart(request);
  const outcome = await reviseDocument(
    context,
    actor,
    documentId,
    request,
    context.requestBeganAt,
    apiFormat(RevisionMetadata, context.locale),
  );
  return created(context, outcome);
}

/** The fields read from the cover page of the .docx in `file`, as `npm run cover` prints them; nothing is kept. */
export async function apiCover(context: AppLoadContext, request: Request) {
  requireMultipart(request);
  const { storage } = context;
  const received = await receiveMultipart(request, storage, { maxBytes: COVER_MAX_BYTES });
  try {
    const file = received.files.find((f) => f.field === 'file');
    if (!file) throw new ApiProblem({ status: 400, kind: 'invalid', key: 'api.fileRequired' });
    const { cover } = await checkStoredFile(storage, file.key, file.size, 'main', [], file.filename);
    return coverReport(cover as CoverFields, context.locale);
  } finally {
    await Promise.all(received.files.map((f) => storage.delete(f.key).catch(() => {})));
  }
}
