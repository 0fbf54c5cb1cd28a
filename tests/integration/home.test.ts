/**
 * The full demo and the home page's sections, on one database seeded with the full demo: the complete past
 * meeting (documents, agenda, statements, report), and what each role's home counts, without anything the person
 * may not see.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  agendaItems,
  auditEvents,
  documentAllocations,
  documents,
  liaisonStatements,
  meetingAgendas,
  meetings,
} from '../../db/schema';
import { seedDemo, seedDemoStoryIfMissing, type Seeded } from '../../app/features/demo/index';
import { PAST_MEETING_DATES } from '../../app/features/demo/story/past-dates';
import { DEMO_ACCOUNTS } from '../../app/features/demo/accounts';
import { homePage } from '../../app/features/home/home.server';
import { inviteEditor } from '../../app/features/collaboration/editors.server';
import { collabName } from '../../app/features/collaboration/collaboration.server';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { meetingOutcome } from '../../app/features/meetings/outcome.server';
import { createStorage } from '../../storage';
import { createTestDatabase, type TestDatabase } from '../support/db';

let database: TestDatabase;
let seeded: Seeded;
let told: boolean;
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-home-'));

beforeAll(async () => {
  database = await createTestDatabase();
  // As the first start does it: the core before the portal opens, the story after it.
  seeded = await seedDemo(database.db, { passwords: {} });
  told = await seedDemoStoryIfMissing(database.db, createStorage({ kind: 'local', root: filesDir }));
}, 120_000);
afterAll(async () => {
  await database?.destroy();
  fs.rmSync(filesDir, { recursive: true, force: true });
});

const viewer = async (key: string) => {
  const id = seeded.userIds[key];
  const principal = await loadPrincipal(database.db, { id, isAdmin: false });
  return { user: { id, email: DEMO_ACCOUNTS.find((a) => a.key === key)!.email }, principal };
};

describe('the full demo', () => {
  it('seeds the past FG-MV 2nd meeting with its documents, agenda and liaison statements', async () => {
    const db = database.db;
    const meetingId = seeded.meetingIds['fg-mv-2'];
    const docs = await db.select().from(documents).where(eq(documents.meetingId, meetingId));
    const inputs = docs.filter((d) => d.type === 'input');
    expect(inputs.length).toBeGreaterThanOrEqual(60);
    expect(inputs.every((d) => d.numberLabel?.startsWith('FGMV-I-'))).toBe(true);
    expect(inputs.some((d) => d.revision === 1)).toBe(true);
    expect(inputs.filter((d) => d.state === 'withdrawn').length).toBe(2);
    expect(inputs.filter((d) => d.late).length).toBeGreaterThan(3);
    expect(inputs.filter((d) => d.decision).length).toBeGreaterThan(50);
    expect(inputs.every((d) => d.publishedAt)).toBe(true);
    expect(inputs.some((d) => /[\u4e00-\u9fff]/.test(d.title))).toBe(true);
    expect(inputs.some((d) => /[а-яё]/i.test(d.title))).toBe(true);
    expect(docs.map((d) => d.type)).toEqual(expect.arrayContaining(['agenda', 'ls_in', 'ls_out', 'report']));
    const [agenda] = await db.select().from(meetingAgendas).where(eq(meetingAgendas.meetingId, meetingId));
    expect(agenda.state).toBe('published');
    const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
    expect(items.map((i) => i.title)).toContain('WG2 Applications and services');
    const statements = await db.select().from(liaisonStatements).where(eq(liaisonStatements.meetingId, meetingId));
    expect(statements.find((s) => s.direction === 'in')?.replyDeadline).toBeTruthy();
    expect(statements.find((s) => s.direction === 'out')?.state).toBe('sent');
    // JCA-MV's 1st meeting carries its circular's draft agenda.
    const jcaItems = await db
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, seeded.meetingIds['jca-mv-1']));
    expect(jcaItems.map((i) => i.title)).toContain('Appointment of liaison representatives');
  });

  it('is told once: a later start finds the story there and adds nothing', async () => {
    expect(told).toBe(true);
    const storage = createStorage({ kind: 'local', root: filesDir });
    expect(await seedDemoStoryIfMissing(database.db, storage)).toBe(false);
  });

  it('dates the past meeting’s registrations, decisions, publication and statements in June–July 2023, not today', async () => {
    const db = database.db;
    const meetingId = seeded.meetingIds['fg-mv-2'];
    const in2023 = (d: Date | null) => d === null || (d >= new Date('2023-05-01') && d < new Date('2023-08-01'));
    const events = await db.select().from(auditEvents).where(eq(auditEvents.meetingId, meetingId));
    expect(events.length).toBeGreaterThan(200);
    expect(events.filter((e) => !in2023(e.at)).map((e) => `${e.action} ${e.at.toISOString()}`)).toEqual([]);
    const docs = await db.select().from(documents).where(eq(documents.meetingId, meetingId));
    for (const d of docs)
      for (const at of [d.submittedAt, d.registeredAt, d.decidedAt, d.publishedAt, d.withdrawnAt, d.updatedAt])
        expect(in2023(at), `${d.numberLabel} ${d.type}`).toBe(true);
    const decided = docs.find((d) => d.decision === 'agreed')!;
    expect(decided.decidedAt?.toISOString()).toBe(new Date(PAST_MEETING_DATES.decided).toISOString());
    const allocations = await db
      .select({ at: documentAllocations.allocatedAt })
      .from(documentAllocations)
      .innerJoin(documents, eq(documents.id, documentAllocations.documentId))
      .where(eq(documents.meetingId, meetingId));
    expect(allocations.every((a) => in2023(a.at))).toBe(true);
    const [sent] = await db
      .select()
      .from(liaisonStatements)
      .where(and(eq(liaisonStatements.meetingId, meetingId), eq(liaisonStatements.direction, 'out')));
    expect(sent.sentAt?.toISOString()).toBe(new Date(PAST_MEETING_DATES.replySent).toISOString());
  });

  it('a past meeting tells anyone what happened, from public documents only', async () => {
    const outcome = await meetingOutcome(database.db, null, seeded.meetingIds['fg-mv-2']);
    expect(outcome.totals.all).toBeGreaterThanOrEqual(60);
    expect(outcome.decisions.find((d) => d.decision === 'agreed')?.n).toBeGreaterThan(5);
    expect(outcome.outputs.map((o) => o.type).sort()).toEqual(['agenda', 'ls_out', 'report']);
  });
});

describe('home', () => {
  it('the secretariat sees per meeting what waits, with links to the filtered lists', async () => {
    const home = await homePage(database.db, await viewer('secretariat'));
    const demo = home.secretariat.meetings.find((m) => m.slug === 'fg-mv-demo')!;
    const task = (k: string) => demo.tasks.find((t) => t.key === k)!;
    expect(task('toRegister').count).toBe(4);
    expect(task('reserved').count).toBe(1);
    expect(task('late')).toMatchObject({ count: 0, href: '/meetings/fg-mv-demo/registration?late=1' });
    expect(home.secretariat.nearLiaisons.map((l) => l.title)).toEqual(['Coordination on digital twin terminology']);
    expect(home.secretariat.meetings.some((m) => m.slug === 'fg-mv-2')).toBe(false); // long past
  });

  it('a chair sees each group they chair at its current meeting, and only those', async () => {
    const chair = await viewer('chairWg2');
    const [wg2] = (await homePage(database.db, chair)).chair;
    expect(wg2.group.code).toBe('WG2');
    expect(wg2.meeting?.slug).toBe('fg-mv-demo');
    expect(wg2.counts.allocated).toBe(0);
    expect((await homePage(database.db, await viewer('chairWg3'))).chair[0].group.code).toBe('WG3');
  });

  it('a member sees their documents and their groups’ deadlines, and no draft they may only read', async () => {
    const home = await homePage(database.db, await viewer('member1'));
    expect(home.member!.documents.total).toBeGreaterThan(0);
    expect(home.member!.documents.latest.length).toBeLessThanOrEqual(8);
    // Every open deadline of their groups' meetings, soonest first, each of its kind.
    const upcoming = ['fg-mv-demo visa', 'fg-mv-demo reservation', 'fg-mv-demo contributions'];
    const member = home.member!.deadlines.map((d) => `${d.slug} ${d.kind}`);
    expect(member.slice(0, 3)).toEqual(upcoming);
    expect(member.sort()).toEqual(
      [...upcoming, 'fg-mv-demo preregistration', 'jca-mv-demo contributions', 'jca-mv-demo preregistration'].sort(),
    );
    expect(home.member!.drafts).toEqual([]);
    expect(home.chair).toEqual([]);
    expect(home.secretariat.meetings).toEqual([]);
    // A member of FG-MV and SG20 only sees no JCA-MV deadline among their own.
    const nokia = await homePage(database.db, await viewer('member2'));
    expect(new Set(nokia.member!.deadlines.map((d) => d.slug))).toEqual(new Set(['fg-mv-demo']));
  });

  it('the secretariat may edit the upcoming drafts; anonymous visitors get only meetings and deadlines', async () => {
    const secretariat = await homePage(database.db, await viewer('secretariat'));
    expect(secretariat.member!.drafts.map((d) => `${d.kind} ${d.title}`)).toEqual([
      'agenda FG-MV meeting (demo)',
      'liaison Reply on digital twin terminology',
    ]);
    const anonymous = await homePage(database.db, null);
    expect(anonymous.member).toBeNull();
    expect(anonymous.chair).toEqual([]);
    expect(new Set(anonymous.deadlines.map((d) => d.slug))).toEqual(new Set(['fg-mv-demo', 'jca-mv-demo']));
    const [m] = await database.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.slug, 'fg-mv-demo')));
    expect(anonymous.upcoming.some((u) => u.meeting.id === m.id)).toBe(true);
  });

  it('a WG chair finds the meeting agenda among the drafts; a member invited to a statement finds it there too', async () => {
    const chair = await homePage(database.db, await viewer('chairWg2'));
    expect(chair.member!.drafts.map((d) => `${d.kind} ${d.title}`)).toContain('agenda FG-MV meeting (demo)');
    const [ls] = await database.db
      .select()
      .from(liaisonStatements)
      .where(eq(liaisonStatements.title, 'Reply on digital twin terminology'));
    const secretariat = await viewer('secretariat');
    await inviteEditor(database.db, secretariat.principal, collabName('liaison', ls.id), {
      email: 'member.etri@example.org',
    });
    const member = await homePage(database.db, await viewer('member1'));
    expect(member.member!.drafts.map((d) => `${d.kind} ${d.title}`)).toEqual([
      'liaison Reply on digital twin terminology',
    ]);
  });
});
