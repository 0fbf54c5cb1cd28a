/**
 * The facts a meeting report is drafted from: the agenda's items with the chair's notes, the documents per item
 * with their decisions, the published agenda's number, the outgoing statements sent, the group's next meetings and
 * the registered participants. Documents are those the report's readers may see (it is published with the
 * meeting's access, like the agenda): public ones, and for a members-only meeting those its members see.
 */
import { and, asc, eq, gt, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.server';
import {
  agendaItems,
  documents,
  liaisonStatements,
  meetingAgendas,
  meetingParticipants,
  meetings,
  users,
  type Decision,
} from '../../../db/schema';
import { translate, type MessageKey } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import type { DocumentLabels } from '../../i18n/document-labels';
import { formatDate, formatDateRange } from '../../platform/format';
import { notesOfItems } from '../collaboration/notes.server';
import { publishedReader, visibleDocumentsSql } from '../documents/policy.server';
import { fullLabel } from '../registration/numbering.server';
import type { ReportDocument, ReportSources } from './report-content';

/** What the report reads of a meeting. */
export type ReportMeeting = Pick<
  typeof meetings.$inferSelect,
  'id' | 'groupId' | 'title' | 'place' | 'startsOn' | 'endsOn' | 'timeZone' | 'language' | 'documentAccess'
>;

const WITH_TARGET: Decision[] = ['revised', 'merged', 'replied_to'];
/** Documents the meeting itself produced (no decision is taken on them). */
const OUTPUT_TYPES: string[] = ['agenda', 'ls_out', 'output'];

/** A decision as the report writes it, in the report's language: "Agreed", "Revised in FGMV-I-045 Rev.1". */
export function outcomeText(locale: Locale, decision: Decision | null, target: string | null): string {
  if (!decision) return '';
  if (target && WITH_TARGET.includes(decision))
    return translate(locale, `decision.pointsTo.${decision}` as MessageKey, { number: target });
  return translate(locale, `decision.${decision}` as MessageKey);
}

export async function reportSources(db: Db, meeting: ReportMeeting, L: DocumentLabels): Promise<ReportSources> {
  const visible = await visibleDocumentsSql(db, publishedReader(meeting));
  const [items, [agenda], docs, statements, next, participants] = await Promise.all([
    db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).orderBy(asc(agendaItems.position)),
    db.select().from(meetingAgendas).where(eq(meetingAgendas.meetingId, meeting.id)),
    db
      .select()
      .from(documents)
      .where(
        and(
          eq(documents.meetingId, meeting.id),
          inArray(documents.state, ['registered', 'withdrawn']),
          isNotNull(documents.numberLabel),
          ne(documents.type, 'report'),
          visible,
        ),
      )
      .orderBy(asc(documents.number), asc(documents.relationNumber), asc(documents.revision)),
    db
      .select({
        title: liaisonStatements.title,
        addressees: liaisonStatements.addressees,
        documentId: liaisonStatements.documentId,
      })
      .from(liaisonStatements)
      .where(
        and(
          eq(liaisonStatements.meetingId, meeting.id),
          eq(liaisonStatements.direction, 'out'),
          eq(liaisonStatements.state, 'sent'),
        ),
      )
      .orderBy(asc(liaisonStatements.sentAt)),
    db
      .select()
      .from(meetings)
      .where(and(eq(meetings.groupId, meeting.groupId), gt(meetings.startsOn, meeting.endsOn)))
      .orderBy(asc(meetings.startsOn))
      .limit(3),
    registeredParticipants(db, meeting.id),
  ]);
  const notes = await notesOfItems(
    db,
    items.map((i) => i.id),
  );
  const linked = [
    ...new Set(
      [agenda?.documentId, ...docs.map((d) => d.decisionTargetId), ...statements.map((s) => s.documentId)].filter(
        (id): id is string => !!id,
      ),
    ),
  ];
  const labels = new Map(
    (linked.length
      ? await db
          .select()
          .from(documents)
          .where(and(inArray(documents.id, linked), isNotNull(documents.numberLabel)))
      : []
    ).map((d) => [d.id, fullLabel(d) ?? '']),
  );
  const rows = new Map<string, ReportDocument>(
    docs.map((d) => [
      d.id,
      {
        label: fullLabel(d) ?? '',
        title: d.title,
        source: d.source,
        outcome: outcomeText(
          L.locale,
          d.decision,
          d.decisionTargetId ? (labels.get(d.decisionTargetId) ?? null) : null,
        ),
        note: d.decisionNote ?? '',
        output: OUTPUT_TYPES.includes(d.type),
      },
    ]),
  );
  return {
    meetingTitle: meeting.title,
    place: meeting.place || L.virtual,
    dates: formatDateRange(meeting.startsOn, meeting.endsOn, L.dateLocale),
    lastDay: formatDate(meeting.endsOn, L.dateLocale),
    agendaNumber: agenda?.documentId ? (labels.get(agenda.documentId) ?? null) : null,
    items: items.map((i) => ({
      label: i.label,
      title: i.title,
      depth: i.label.split('.').length - 1,
      notes: notes.get(i.id)?.text ?? '',
      documents: docs.filter((d) => d.agendaItemId === i.id).map((d) => rows.get(d.id)!),
    })),
    allDocuments: docs.map((d) => rows.get(d.id)!),
    statements: statements.map((s) => ({
      label: (s.documentId && labels.get(s.documentId)) || '',
      title: s.title,
      to: s.addressees.map((a) => a.name).join(', '),
    })),
    nextMeetings: next.map((m) => ({
      title: m.title,
      dates: formatDateRange(m.startsOn, m.endsOn, L.dateLocale),
      place: m.place || L.virtual,
    })),
    participants,
  };
}

/** Those registered for the meeting (pending, refused and cancelled ones are not), by organisation then name. */
function registeredParticipants(db: Db, meetingId: string) {
  return db
    .select({ name: users.name, organisation: meetingParticipants.organisation })
    .from(meetingParticipants)
    .innerJoin(users, eq(users.id, meetingParticipants.userId))
    .where(and(eq(meetingParticipants.meetingId, meetingId), eq(meetingParticipants.status, 'registered')))
    .orderBy(asc(meetingParticipants.organisation), asc(users.name));
}

/** Whether the meeting has an agenda with items to draft the report from. */
export async function hasAgendaItems(db: Db, meetingId: string) {
  const [row] = await db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .innerJoin(meetingAgendas, eq(meetingAgendas.meetingId, agendaItems.meetingId))
    .where(eq(agendaItems.meetingId, meetingId))
    .limit(1);
  return !!row;
}
