/**
 * Meeting reports: the portal drafts the report from the meeting (report-sources + report-content) as a
 * collaborative text ("report:<meetingId>") that the chairs and the secretariat edit together like the agenda;
 * the secretariat publishes it as a numbered document of type "report" with a .docx in the ITU layout.
 * Drafting needs an agenda with items; drafting again over an existing draft is done only when asked for
 * explicitly, and keeps the edited text as a named version first.
 */
import { and, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { type Db, inTransaction } from '../../../db/client.server';
import { documents, meetingReports } from '../../../db/schema';
import { translate } from '../../i18n';
import { documentLabels, documentLocale } from '../../i18n/document-labels';
import { accountLocale } from '../../i18n/locales';
import { recordEvent } from '../../platform/audit.server';
import type { Services } from '../../platform/context.server';
import { DomainError, forbidden, notFound } from '../../platform/errors';
import { formatInstant } from '../../platform/format';
import {
  collabName,
  createSnapshot,
  currentState,
  ensureCollabDocument,
  getCollabDocument,
  type CollabLive,
} from '../collaboration/collaboration.server';
import { jsonFromState, replaceContent, type PMNode } from '../collaboration/content.server';
import { registerGeneratedDocument } from '../collaboration/generated-documents.server';
import { appendUpdates, loadStoredState, writeDerivedCopy } from '../collaboration/persistence.server';
import { reportAbilities } from '../collaboration/policy.server';
import { visibleDocumentsSql } from '../documents/policy.server';
import type { Principal } from '../groups/permissions.server';
import { getMeetingBySlug } from '../meetings/meetings.server';
import { reportJson } from './report-content';
import { reportDocx, reportTitle } from './report-docx.server';
import { hasAgendaItems, reportSources, type ReportMeeting } from './report-sources.server';

async function reportScope(db: Db, principal: Principal | null, slug: string) {
  const { meeting, group } = await getMeetingBySlug(db, slug);
  const allowed = await reportAbilities(db, principal, meeting);
  return { meeting, group, allowed, name: collabName('report', meeting.id) };
}

/** The report page: the draft's stored text (for those who may read it), its state, published number and abilities. */
export async function getReport(db: Db, principal: Principal | null, slug: string) {
  const { meeting, group, allowed, name } = await reportScope(db, principal, slug);
  const [report] = await db.select().from(meetingReports).where(eq(meetingReports.meetingId, meeting.id));
  const stored = report && allowed.read ? await getCollabDocument(db, name) : null;
  let published: { id: string; numberLabel: string | null } | null = null;
  if (report?.documentId) {
    const [d] = await db
      .select({ id: documents.id, numberLabel: documents.numberLabel })
      .from(documents)
      .where(and(eq(documents.id, report.documentId), await visibleDocumentsSql(db, principal)));
    published = d ?? null;
  }
  return {
    meeting,
    group,
    name,
    report: report ?? null,
    text: stored?.text ?? '',
    content: (stored?.content ?? null) as PMNode | null,
    published,
    hasAgenda: await hasAgendaItems(db, meeting.id),
    allowed,
  };
}

/** The first draft of the meeting's report, in the meeting's working language. */
export async function draftReportJson(db: Db, meeting: ReportMeeting) {
  const L = documentLabels(documentLocale(meeting));
  return reportJson(await reportSources(db, meeting, L), L);
}

/** Makes a collaborative text's content `json` as one change: through the live document when it is open, else in the store. */
async function replaceText(db: Db, live: CollabLive | undefined, name: string, json: PMNode) {
  if (live) return live.withDocument(name, (doc) => replaceContent(doc, json));
  const doc = new Y.Doc();
  const stored = await loadStoredState(db, name);
  if (stored) Y.applyUpdate(doc, stored);
  const before = Y.encodeStateVector(doc);
  replaceContent(doc, json);
  await appendUpdates(db, name, [Y.encodeStateAsUpdate(doc, before)]);
  await writeDerivedCopy(db, name, json);
  doc.destroy();
}

/**
 * Drafts the meeting's report from the meeting (those who edit it: chairs and secretariat). Refused when the
 * meeting has no agenda (report.noAgenda, nothing stored). When a draft exists it is refused (report.draftExists)
 * unless `replace` is set: then the current text is first kept as a named version, and the fresh draft replaces
 * it as one change, so those editing see it and the version can be restored.
 */
export async function draftReport(
  services: Pick<Services, 'db'> & { collab?: CollabLive },
  principal: Principal | null,
  slug: string,
  opts: { replace?: boolean; locale?: string } = {},
) {
  const { db, collab } = services;
  const { meeting, allowed, name } = await reportScope(db, principal, slug);
  if (!principal || !allowed.draft) throw forbidden();
  if (!(await hasAgendaItems(db, meeting.id))) throw new DomainError('conflict', 'report.noAgenda');
  const json = await draftReportJson(db, meeting);
  const [existing] = await db.select().from(meetingReports).where(eq(meetingReports.meetingId, meeting.id));
  if (!existing) {
    await inTransaction(db, async (tx) => {
      const [created] = await tx
        .insert(meetingReports)
        .values({ meetingId: meeting.id, draftedBy: principal.id })
        .onConflictDoNothing()
        .returning();
      if (!created) throw new DomainError('conflict', 'report.draftExists');
      await ensureCollabDocument(tx, {
        name,
        kind: 'report',
        meetingId: meeting.id,
        groupId: meeting.groupId,
        initial: json,
      });
      await recordEvent(tx, {
        actorId: principal.id,
        action: 'report.draft',
        subjectType: 'report',
        subjectId: meeting.id,
        meetingId: meeting.id,
        groupId: meeting.groupId,
      });
    });
    return { name, kept: null };
  }
  if (!opts.replace) throw new DomainError('conflict', 'report.draftExists');
  const locale = accountLocale(opts.locale);
  const label = translate(locale, 'report.keptVersion', {
    date: formatInstant(new Date(), locale, meeting.timeZone, { withZone: true }),
  });
  const kept = await createSnapshot(db, collab, { name, label, userId: principal.id });
  await replaceText(db, collab, name, json);
  await inTransaction(db, async (tx) => {
    await tx
      .update(meetingReports)
      .set({ draftedAt: new Date(), draftedBy: principal.id })
      .where(eq(meetingReports.meetingId, meeting.id));
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'report.redraft',
      subjectType: 'report',
      subjectId: meeting.id,
      meetingId: meeting.id,
      groupId: meeting.groupId,
      after: { keptVersion: kept.id, label: kept.label },
    });
  });
  return { name, kept };
}

/** The refusal of publishing a published report again, naming the number it was published as. */
async function alreadyPublished(db: Db, documentId: string | null) {
  const [d] = documentId
    ? await db.select({ numberLabel: documents.numberLabel }).from(documents).where(eq(documents.id, documentId))
    : [];
  return new DomainError('conflict', 'report.alreadyPublished', { number: d?.numberLabel ?? '' });
}

/**
 * Publishes the report as it is now as a numbered document (type "report", through the numbering module) with
 * its .docx, published with the meeting's access. Secretariat. Stamped after commit. A report is published once:
 * publishing it again is refused (report.alreadyPublished, nothing stored).
 */
export async function publishReport(
  services: Pick<Services, 'db' | 'storage'> & { collab?: CollabLive },
  principal: Principal | null,
  slug: string,
) {
  const { db, storage, collab } = services;
  const { meeting, group, allowed, name } = await reportScope(db, principal, slug);
  if (!principal || !allowed.publish) throw forbidden();
  const [report] = await db.select().from(meetingReports).where(eq(meetingReports.meetingId, meeting.id));
  if (!report) throw notFound();
  if (report.state === 'published') throw await alreadyPublished(db, report.documentId);
  const json = jsonFromState(await currentState(db, collab, name));
  return inTransaction(db, async (tx) => {
    // Two publications at once: the second waits on the row lock here and then sees the first one's state.
    const [locked] = await tx
      .select()
      .from(meetingReports)
      .where(eq(meetingReports.meetingId, meeting.id))
      .for('update');
    if (locked.state === 'published') throw await alreadyPublished(tx, locked.documentId);
    const reg = await registerGeneratedDocument(tx, storage, principal.id, {
      meetingId: meeting.id,
      type: 'report',
      part: 'PLEN',
      title: reportTitle(meeting),
      source: group.code,
      filenameStem: 'report',
      render: (label, registeredAt) => reportDocx(meeting, group, json, label, { registeredAt }),
      publish: true,
    });
    await tx
      .update(meetingReports)
      .set({ state: 'published', documentId: reg.document.id, publishedAt: new Date(), publishedBy: principal.id })
      .where(eq(meetingReports.meetingId, meeting.id));
    await recordEvent(tx, {
      actorId: principal.id,
      action: 'report.publish',
      subjectType: 'report',
      subjectId: meeting.id,
      meetingId: meeting.id,
      groupId: meeting.groupId,
      documentId: reg.document.id,
      after: { numberLabel: reg.numberLabel },
    });
    return reg;
  });
}

/** Whether the meeting's report is being drafted (not yet published) and the principal may read the draft. */
export async function reportDraftVisible(
  db: Db,
  principal: Principal | null,
  meeting: { id: string; groupId: string },
) {
  const [r] = await db
    .select({ state: meetingReports.state })
    .from(meetingReports)
    .where(eq(meetingReports.meetingId, meeting.id));
  if (!r || r.state === 'published') return false;
  return (await reportAbilities(db, principal, meeting)).read;
}
