/**
 * The dates of the past meeting's story. Registration and withdrawal take their time from the story; the other
 * domain functions (allocation, decisions, publication, agendas, liaison statements, generated documents) stamp
 * the moment they run, so right after the story this one place moves those stamps to when it happened in 2023:
 * the rows (documents, allocations, files, agenda, statements) and their audit events alike.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/client.server';

/** When each step of the FG-MV 2nd meeting (Shanghai, 4–6 July 2023, UTC+8) happened, in UTC. */
export const PAST_MEETING_DATES = {
  agendaStarted: '2023-06-01T08:00:00Z',
  incomingRegistered: '2023-06-15T09:00:00Z',
  agendaPublished: '2023-07-04T00:30:00Z',
  replyDrafted: '2023-07-05T06:00:00Z',
  replyAgreed: '2023-07-06T07:00:00Z',
  decided: '2023-07-06T08:00:00Z',
  published: '2023-07-07T02:00:00Z',
  replyApproved: '2023-07-10T09:00:00Z',
  replySent: '2023-07-12T09:00:00Z',
  report: '2023-07-28T08:00:00Z',
} as const;

export async function datePastMeeting(db: Db, meetingId: string) {
  const d = PAST_MEETING_DATES;
  const ts = (iso: string) => sql`${iso}::timestamptz`;
  // Documents the story generated carry the day they were registered; inputs keep theirs (set by the story).
  await db.execute(sql`
    update documents set
      registered_at = case type
        when 'ls_in' then ${ts(d.incomingRegistered)}
        when 'ls_out' then ${ts(d.replySent)}
        when 'agenda' then ${ts(d.agendaPublished)}
        when 'report' then ${ts(d.report)}
        else registered_at end,
      decided_at = case when decided_at is null then null else ${ts(d.decided)} end,
      published_at = case
        when published_at is null then null
        when type = 'ls_out' then ${ts(d.replySent)}
        when type = 'agenda' then ${ts(d.agendaPublished)}
        when type = 'report' then ${ts(d.report)}
        else ${ts(d.published)} end
    where meeting_id = ${meetingId}`);
  await db.execute(sql`
    update documents set submitted_at = registered_at
    where meeting_id = ${meetingId} and type in ('ls_in', 'ls_out', 'agenda', 'report') and submitted_at is not null`);
  await db.execute(sql`
    update documents set updated_at = greatest(registered_at, decided_at, published_at, withdrawn_at)
    where meeting_id = ${meetingId} and registered_at is not null`);
  await db.execute(sql`
    update document_files f set uploaded_at = coalesce(d.submitted_at, d.registered_at)
    from documents d where d.id = f.document_id and d.meeting_id = ${meetingId}`);
  await db.execute(sql`
    update document_allocations a set allocated_at = d.registered_at + interval '2 hours'
    from documents d where d.id = a.document_id and d.meeting_id = ${meetingId}`);
  await db.execute(sql`
    update meeting_agendas set created_at = ${ts(d.agendaStarted)}, published_at = ${ts(d.agendaPublished)}
    where meeting_id = ${meetingId}`);
  await db.execute(sql`
    update collab_documents set created_at = ${ts(d.agendaStarted)}, updated_at = ${ts(d.replyAgreed)}
    where meeting_id = ${meetingId}`);
  await db.execute(sql`
    update liaison_statements set
      created_at = case direction when 'in' then ${ts(d.incomingRegistered)} else ${ts(d.replyDrafted)} end,
      agreed_at = case when agreed_at is null then null else ${ts(d.replyAgreed)} end,
      approved_at = case when approved_at is null then null else ${ts(d.replyApproved)} end,
      sent_at = case when sent_at is null then null else ${ts(d.replySent)} end,
      updated_at = case direction when 'in' then ${ts(d.incomingRegistered)} else ${ts(d.replySent)} end
    where meeting_id = ${meetingId}`);
  // The audit trail tells the same story: each event at the time of the change it records.
  await db.execute(sql`
    update audit_events e set at = case e.action
        when 'document.registered' then coalesce(d.registered_at, e.at)
        when 'document.withdrawn' then coalesce(d.withdrawn_at, e.at)
        when 'document.allocated' then coalesce(d.registered_at + interval '2 hours', e.at)
        when 'document.decided' then ${ts(d.decided)}
        when 'document.published' then coalesce(d.published_at, ${ts(d.published)})
        else e.at end
    from documents d
    where d.id = e.document_id and d.meeting_id = ${meetingId} and e.action like 'document.%'`);
  await db.execute(sql`
    update audit_events set at = case action
        when 'agenda.create' then ${ts(d.agendaStarted)}
        when 'agenda.publish' then ${ts(d.agendaPublished)}
        when 'liaison.register_incoming' then ${ts(d.incomingRegistered)}
        when 'liaison.create' then ${ts(d.replyDrafted)}
        when 'liaison.agreed' then ${ts(d.replyAgreed)}
        when 'liaison.approved' then ${ts(d.replyApproved)}
        when 'liaison.sent' then ${ts(d.replySent)}
        else at end
    where meeting_id = ${meetingId} and (action like 'agenda.%' or action like 'liaison.%')`);
}
