/** Reading submitted documents: who may see and edit one, the document page, "my documents" and the label. */
import { desc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import { documentFiles, documents, groups, meetings, users } from '../../../db/schema';
import { notFound } from '../../platform/errors';
import type { SessionUser } from '../../platform/context.server';
import { isEmailConfirmed } from '../accounts/sign-up.server';
import { documentHistory } from '../documents/history.server';
import { mayEditSubmission, maySeeDocument, peopleDisclosure } from '../documents/policy.server';
import type { Principal } from '../groups/permissions.server';
import { notSubmittedSql } from '../registration/reservation-rules.server';
import type { DocumentRow } from './submission-types';
import { revisionRefusal } from './revision-rule';

/** The document with its meeting and group, if the principal may see it, and whether they may edit it. */
export async function loadDocument(db: Db, principal: Principal | null, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const [row] = await db
    .select({ doc: documents, meeting: meetings, group: groups, notSubmitted: notSubmittedSql })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .innerJoin(groups, eq(groups.id, documents.groupId))
    .where(eq(documents.id, id));
  if (!row) throw notFound();
  if (!(await maySeeDocument(db, principal, id))) throw notFound();
  return { ...row, canEdit: await mayEditSubmission(db, principal, row.doc) };
}

/** "FGMV-I-012 Rev.1", or null before a number is given. */
export function documentLabel(doc: Pick<DocumentRow, 'numberLabel' | 'revision'>) {
  if (!doc.numberLabel) return null;
  return doc.revision ? `${doc.numberLabel} Rev.${doc.revision}` : doc.numberLabel;
}

/** Everything the document page shows: metadata, files (all versions, sha-256), revisions and history. */
export async function getDocumentView(db: Db, principal: Principal | null, id: string) {
  const { doc, meeting, group, canEdit, notSubmitted } = await loadDocument(db, principal, id);
  const files = await db
    .select()
    .from(documentFiles)
    .where(eq(documentFiles.documentId, id))
    .orderBy(documentFiles.role, desc(documentFiles.version));
  const revisionOf =
    doc.revisionOfId && (await maySeeDocument(db, principal, doc.revisionOfId))
      ? ((
          await db
            .select({ id: documents.id, revision: documents.revision, title: documents.title })
            .from(documents)
            .where(eq(documents.id, doc.revisionOfId))
        )[0] ?? null)
      : null;
  const revisedBy = await db
    .select({ id: documents.id, revision: documents.revision, state: documents.state })
    .from(documents)
    .where(eq(documents.revisionOfId, id));
  const people = await peopleDisclosure(db, principal, doc, canEdit);
  const history = await documentHistory(db, id, people);
  const [submitter] = doc.submittedBy
    ? await db
        .select({ name: users.name, organisation: users.organisation })
        .from(users)
        .where(eq(users.id, doc.submittedBy))
    : [];
  const notRegistered = doc.state === 'submitted' || doc.state === 'reserved';
  const refusal = canEdit ? revisionRefusal(doc, revisedBy.length) : null;
  return {
    doc: people.phones ? doc : { ...doc, contacts: doc.contacts.map((c) => ({ ...c, phone: undefined })) },
    meeting,
    group,
    files,
    revisionOf,
    revisedBy,
    history,
    submitter: submitter ?? null,
    label: documentLabel(doc),
    /** A member's reservation withdrawn at the deadline without a file ("withdrawn — not submitted"). */
    notSubmitted,
    /** Why the document cannot be revised now, for those who may revise it. */
    revisionRefusal: refusal,
    allowed: {
      edit: canEdit,
      replace: canEdit && notRegistered,
      revise: canEdit && !refusal,
      withdraw: canEdit && doc.state !== 'withdrawn',
    },
  };
}

/** The submissions the user made or is a contact of, newest first. */
export async function listMyDocuments(db: Db, user: Pick<SessionUser, 'id' | 'email'>) {
  const asContact = (await isEmailConfirmed(db, user.id))
    ? sql`${documents.contacts} @> ${JSON.stringify([{ email: user.email.toLowerCase() }])}::jsonb`
    : undefined;
  return db
    .select({
      id: documents.id,
      title: documents.title,
      state: documents.state,
      notSubmitted: notSubmittedSql,
      type: documents.type,
      late: documents.late,
      revision: documents.revision,
      numberLabel: documents.numberLabel,
      submittedAt: documents.submittedAt,
      submittedBy: documents.submittedBy,
      meetingTitle: meetings.title,
      meetingSlug: meetings.slug,
      timeZone: meetings.timeZone,
    })
    .from(documents)
    .innerJoin(meetings, eq(meetings.id, documents.meetingId))
    .where(or(eq(documents.submittedBy, user.id), asContact))
    .orderBy(desc(documents.submittedAt));
}
