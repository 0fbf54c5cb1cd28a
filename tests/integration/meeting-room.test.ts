import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parse } from 'node-html-parser';
import * as Y from 'yjs';
import { meetingParticipants, meetingRoomEvents, meetings, users } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { createToken } from '../../app/features/api/tokens.server';
import { replaceContent } from '../../app/features/collaboration/content.server';
import { notesName, openItemNotes } from '../../app/features/collaboration/notes.server';
import { groupChain, loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { cancelRegistration, registerForMeeting } from '../../app/features/participation/registration.server';
import { meetingRoomAbilities, roomSubject } from '../../app/features/room/policy.server';
import { moveRoom, roomState } from '../../app/features/room/room.server';
import { readDecisions, readRoomState, roomName } from '../../app/features/room/room-doc';
import type { DomainError } from '../../app/platform/errors';
import { demoData, DEMO_PASSWORD } from '../support/demo';
import { Client, rendered } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { roomMeeting, type RoomMeeting } from '../support/room';
import { connect, handled, synced, waitFor, type TestProvider } from './collab-support';

let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
let cochair: Principal;
let delegate: Principal;
let outsider: Principal;
let room: RoomMeeting;
let other: RoomMeeting;
const db = () => portal.services.db;
const clients: Record<'sec' | 'chair' | 'delegate' | 'outsider', Client> = {} as never;
const providers: TestProvider[] = [];

beforeAll(async () => {
  // A quiet room tells its followers every 400 ms that it is alive; a connection is closed after 1.5 s of silence.
  portal = await startTestPortal({
    demo: true,
    env: { COLLAB_ROOM_HEARTBEAT_MS: '400', COLLAB_TIMEOUT_MS: '1500' },
  });
  seeded = await demoData(db());
  const principal = (key: string) => loadPrincipal(db(), { id: seeded.userIds[key], isAdmin: false });
  [sec, cochair, delegate, outsider] = await Promise.all([
    principal('secretariat'),
    principal('cochairJca'),
    principal('member1'),
    principal('member2'),
  ]);
  room = await roomMeeting(db(), seeded);
  other = await roomMeeting(db(), seeded, { itemCount: 2, docCount: 1 });
  const accounts = {
    sec: 'tsb.fgmv@example.org',
    chair: 'cochair.jcamv@example.org',
    delegate: 'member.etri@example.org',
    outsider: 'member.nokia@example.org',
  } as const;
  for (const [k, email] of Object.entries(accounts)) {
    clients[k as keyof typeof accounts] = new Client(portal.url);
    await clients[k as keyof typeof accounts].signIn(email, DEMO_PASSWORD);
  }
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  await portal?.stop();
});

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected a refusal');
}

const eventCount = async (meetingId: string) =>
  (await db().select().from(meetingRoomEvents).where(eq(meetingRoomEvents.meetingId, meetingId))).length;

describe('meeting room: moves', () => {
  it('shows the latest move and keeps the earlier ones as history, newest first', async () => {
    const slug = room.meeting.slug;
    await moveRoom(db(), cochair, slug, { agendaItemId: room.items[0].id });
    // A document alone takes up its own agenda item.
    await moveRoom(db(), sec, slug, { documentId: room.docs[0].id });
    const state = await roomState(db(), room.meeting.id);
    expect(state.current).toMatchObject({
      kind: 'document',
      item: { id: room.items[2].id, label: '3', title: 'Input documents' },
      document: { id: room.docs[0].id, label: room.docs[0].numberLabel },
    });
    expect(state.history.map((e) => e.kind)).toEqual(['document', 'item']);
    expect(state.history[1].item?.title).toBe('Opening');

    await moveRoom(db(), cochair, slug, { intent: 'clear' });
    const cleared = await roomState(db(), room.meeting.id);
    expect(cleared.current).toBeNull();
    expect(cleared.history).toHaveLength(3);
    expect(cleared.seq).toBeGreaterThan(state.seq);
  });

  it('refuses a document of another meeting, an item not on the agenda and a delegate, changing nothing', async () => {
    const slug = room.meeting.slug;
    const before = await eventCount(room.meeting.id);
    const otherDoc = await refusal(moveRoom(db(), sec, slug, { documentId: other.docs[0].id }));
    expect(otherDoc).toMatchObject({ status: 400, fieldErrors: { documentId: 'room.documentOtherMeeting' } });
    const otherItem = await refusal(moveRoom(db(), sec, slug, { agendaItemId: other.items[0].id }));
    expect(otherItem).toMatchObject({ status: 400, fieldErrors: { agendaItemId: 'room.itemNotOnAgenda' } });
    const nothing = await refusal(moveRoom(db(), sec, slug, { agendaItemId: '' }));
    expect(nothing).toMatchObject({ fieldErrors: { agendaItemId: 'room.chooseItem' } });
    const byDelegate = await refusal(moveRoom(db(), delegate, slug, { agendaItemId: room.items[1].id }));
    expect(byDelegate).toMatchObject({ status: 403, messageKey: 'room.moveForbidden' });
    expect(await eventCount(room.meeting.id)).toBe(before);
  });

  it('answers through HTTP with the message beside the field, and 403 for a delegate', async () => {
    const path = `/meetings/${room.meeting.slug}/room`;
    const res = await clients.sec.post(path, { intent: 'move', documentId: other.docs[0].id });
    expect(res.status).toBe(400);
    const refused = parse(await res.text());
    expect(refused.querySelector('[id$="documentId-error"]')?.text).toBe(
      'This document belongs to another meeting: choose one of this meeting’s documents.',
    );
    // The form keeps what was chosen.
    expect(refused.querySelector('select[name="documentId"]')?.getAttribute('aria-invalid')).toBe('true');
    const denied = await clients.delegate.post(path, { intent: 'move', agendaItemId: room.items[1].id });
    expect(denied.status).toBe(403);
    expect(parse(await denied.text()).querySelector('[role="alert"]')?.text).toContain(
      'Only the chair of the meeting’s group or the secretariat moves the meeting room.',
    );
    expect((await clients.outsider.get(path)).status).toBe(403);
  });

  it('gives delegates without JavaScript a page that refreshes itself, and the chair the controls', async () => {
    const path = `/meetings/${room.meeting.slug}/room`;
    await clients.chair.post(path, { intent: 'move', agendaItemId: room.items[3].id });
    const delegatePage = parse(await (await clients.delegate.get(path)).text());
    expect(delegatePage.querySelector('.room-item')?.text).toBe('Item 4: Liaison statements');
    expect(delegatePage.querySelector('noscript')?.innerHTML).toContain('http-equiv="refresh"');
    expect(delegatePage.querySelector('select[name="documentId"]') === null).toBe(true);
    const chairPage = parse(await (await clients.chair.get(path)).text());
    expect(chairPage.querySelectorAll('select[name="documentId"] option').map((o) => o.text)).toContain(
      `${room.docs[1].numberLabel} — ${room.docs[1].title}`,
    );
    expect(chairPage.querySelector('noscript meta') === null).toBe(true);
  });
});

describe('meeting room: live over the WebSocket', () => {
  it('reaches a delegate at once, refuses their writes, and shuts out non-members', async () => {
    const name = roomName(room.meeting.id);
    const follower = connect(portal.url, name, clients.delegate.cookieHeader());
    const second = connect(portal.url, name, clients.delegate.cookieHeader());
    providers.push(follower, second);
    await synced(follower);
    await synced(second);
    expect(follower.events.scope).toBe('readonly');

    await clients.chair.post(`/meetings/${room.meeting.slug}/room`, {
      intent: 'move',
      agendaItemId: room.items[2].id,
      documentId: room.docs[1].id,
    });
    await waitFor(
      () => readRoomState(follower.doc)?.current?.document?.id === room.docs[1].id,
      'the move to reach the delegate',
    );

    // A delegate's write never reaches the room: not the server's document, not the other followers.
    follower.doc.getMap('states').set('999999999', { seq: 999999999, current: null, history: [] });
    await handled(follower, second, "the server to handle the delegate's write");
    expect(readRoomState(second.doc)?.current?.document?.id).toBe(room.docs[1].id);
    const onServer = new Y.Doc();
    Y.applyUpdate(onServer, (await portal.services.collab!.currentState(name))!);
    expect(readRoomState(onServer)?.seq).toBeLessThan(999999999);

    const outsider = connect(portal.url, name, clients.outsider.cookieHeader());
    providers.push(outsider);
    await waitFor(() => outsider.events.authFailed, 'the outsider to be refused');
    expect(outsider.events.authFailed).toBe('forbidden');
  });

  it('shows a decision recorded on the decision page to the delegate following the room', async () => {
    const follower = connect(portal.url, roomName(room.meeting.id), clients.delegate.cookieHeader());
    providers.push(follower);
    await synced(follower);
    const doc = room.docs[2];
    const res = await clients.sec.post(`/documents/${doc.id}/decision`, {
      decision: 'noted',
      version: String(doc.version),
    });
    expect(res.status).toBe(200);
    await waitFor(() => readDecisions(follower.doc)[doc.id]?.decision === 'noted', 'the decision to reach the list');
  });
});

describe('meeting room: the chair’s notes of the item under discussion', () => {
  it('shows them beside the room, read-only to delegates and in the live editor to the chair, linked from the banner', async () => {
    const notesRoom = await roomMeeting(db(), seeded, { itemCount: 2, docCount: 0 });
    const path = `/meetings/${notesRoom.meeting.slug}/room`;
    const [first, second] = notesRoom.items;
    const notesOf = async (who: 'chair' | 'delegate') =>
      parse(await (await clients[who].get(path)).text()).querySelector('#chair-notes');
    await clients.chair.post(path, { intent: 'move', agendaItemId: first.id });

    // Nothing written yet: the delegate is told so, the chair is offered to write them.
    expect((await notesOf('delegate'))?.text).toContain('The chair has written no notes on item 1 yet.');
    expect((await notesOf('delegate'))?.querySelector('button') ?? null).toBeNull();
    expect((await notesOf('chair'))?.querySelector('button')?.text).toBe('Write notes');
    const opened = await clients.chair.post(path, { intent: 'open-notes', itemId: first.id });
    expect(opened.status).toBe(302);
    expect(opened.headers.get('location')).toBe(`${path}#chair-notes`);
    // A delegate may not open them.
    expect((await clients.delegate.post(path, { intent: 'open-notes', itemId: second.id })).status).toBe(403);

    await portal.services.collab!.withDocument(notesName(first.id), (doc) =>
      replaceContent(doc, {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Opened by the co-chair at 09:30.' }] }],
      }),
    );
    const read = await notesOf('delegate');
    expect(read?.querySelector('h2')?.text).toBe('Chair’s notes');
    expect(read?.querySelector('.prose')?.text).toBe('Opened by the co-chair at 09:30.');
    // The delegate reads the saved text; the chair's is the editor's (shown as saved until the editor loads).
    expect(read?.querySelector('.collab-saved') ?? null).toBeNull();
    const written = await notesOf('chair');
    expect(written?.querySelector('.collab-saved')?.text).toBe('Opened by the co-chair at 09:30.');
    expect(written?.querySelector('button') ?? null).toBeNull();

    // The meeting page's banner links to them.
    const meetingPage = parse(await (await clients.delegate.get(`/meetings/${notesRoom.meeting.slug}`)).text());
    const link = meetingPage.querySelector('.room-now a.room-notes-link');
    expect(link?.text).toBe('Chair’s notes on item 1');
    expect(link?.getAttribute('href')).toBe(`${path}#chair-notes`);

    // The room moves on: the notes shown are the new item's.
    await clients.chair.post(path, { intent: 'move', agendaItemId: second.id });
    expect((await notesOf('delegate'))?.text).toContain('The chair has written no notes on item 2 yet.');
    // Cleared: no item, no notes, no link.
    await clients.chair.post(path, { intent: 'clear' });
    expect(await notesOf('delegate')).toBeNull();
    const cleared = parse(await (await clients.delegate.get(`/meetings/${notesRoom.meeting.slug}`)).text());
    expect(cleared.querySelector('.room-now a.room-notes-link')).toBeNull();
  });
});

describe('meeting room: decisions through the API and quiet rooms', () => {
  it('shows a decision recorded through the API with a token to the delegate following the room', async () => {
    const follower = connect(portal.url, roomName(room.meeting.id), clients.delegate.cookieHeader());
    providers.push(follower);
    await synced(follower);
    const [secUser] = await db().select().from(users).where(eq(users.email, 'tsb.fgmv@example.org'));
    const { token } = await createToken(db(), secUser.id, {
      name: 'room decisions',
      scopes: ['read', 'manage'],
      days: 1,
    });
    const doc = room.docs[0];
    const res = await fetch(`${portal.url}/api/v1/documents/${doc.id}/decision`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'agreed', note: 'Agreed in the room.' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ decision: 'agreed' });
    await waitFor(
      () => readDecisions(follower.doc)[doc.id]?.decision === 'agreed',
      'the API decision to reach the room',
    );
  });

  it('keeps a follower that sends nothing connected past the idle timeouts', async () => {
    // Both give up after 1.5 s without a message: the provider (it reconnects) and the server (no answer to its ping).
    const follower = connect(portal.url, roomName(other.meeting.id), clients.delegate.cookieHeader(), {
      awareness: false,
      messageReconnectTimeout: 1500,
    });
    // A read-only text nobody edits, followed the same way, hears nothing: its provider gives up and reconnects.
    const item = other.items[1];
    await openItemNotes(db(), cochair, other.meeting.id, item.id);
    const silent = connect(portal.url, notesName(item.id), clients.delegate.cookieHeader(), {
      awareness: false,
      messageReconnectTimeout: 1500,
    });
    providers.push(follower, silent);
    await synced(follower);
    await synced(silent);
    await new Promise((r) => setTimeout(r, 4500));
    expect(silent.events.closes).toBeGreaterThan(0);
    expect(follower.events.closes).toBe(0);
    expect(follower.events.stateless.filter((m) => m === 'room-alive').length).toBeGreaterThanOrEqual(5);
    expect(follower.provider.isSynced).toBe(true);
  });
});

describe('meeting room: participants registered for a meeting of an open group', () => {
  it('lets a non-member registered remotely follow the room over HTTP and the WebSocket, and no longer once cancelled', async () => {
    // JCA-MV is open to anyone signed in; the outsider (Nokia) is not one of its members.
    const open = await roomMeeting(db(), seeded, { itemCount: 2, docCount: 1 });
    const path = `/meetings/${open.meeting.slug}/room`;
    const name = roomName(open.meeting.id);
    await clients.chair.post(path, { intent: 'move', agendaItemId: open.items[0].id });
    const refusedSocket = async () => {
      const socket = connect(portal.url, name, clients.outsider.cookieHeader());
      providers.push(socket);
      return waitFor(() => socket.events.authFailed, 'the outsider to be refused');
    };
    expect((await clients.outsider.get(path)).status).toBe(403);
    expect(await refusedSocket()).toBe('forbidden');

    const registration = { mode: 'remote', organisation: 'Nokia', delegation: 'sector_member', role: 'delegate' };
    const participant = await registerForMeeting(db(), outsider, open.meeting.slug, registration);
    expect(participant.status).toBe('registered');
    const page = parse(await rendered(await clients.outsider.get(path)));
    expect(page.querySelector('.room-item')?.text).toBe('Item 1: Opening');
    expect(page.querySelector('select[name="documentId"]')).toBeNull();
    const meetingPage = parse(await rendered(await clients.outsider.get(`/meetings/${open.meeting.slug}`)));
    expect(meetingPage.querySelector('.room-now .room-item')?.text).toBe('Item 1: Opening');
    const follower = connect(portal.url, name, clients.outsider.cookieHeader());
    providers.push(follower);
    await synced(follower);
    expect(follower.events.scope).toBe('readonly');
    expect(readRoomState(follower.doc)?.current?.item?.id).toBe(open.items[0].id);
    // Following is not moving.
    expect((await clients.outsider.post(path, { intent: 'move', agendaItemId: open.items[1].id })).status).toBe(403);

    await cancelRegistration(portal.services, outsider, open.meeting.slug);
    await waitFor(() => follower.events.closedReasons.includes('access-withdrawn'), 'the follower to be shut out');
    expect((await clients.outsider.get(path)).status).toBe(403);
    expect(await refusedSocket()).toBe('forbidden');
    // A registration waiting for the secretariat's approval does not count either.
    await db().update(meetingParticipants).set({ status: 'pending' }).where(eq(meetingParticipants.id, participant.id));
    expect((await clients.outsider.get(path)).status).toBe(403);
    expect(await refusedSocket()).toBe('forbidden');
  });

  it('does not count a registration in a group open only to its members', async () => {
    // SG20 is closed; the delegate (ETRI) is not one of its members, their registration left over from before.
    const [closed] = await db()
      .insert(meetings)
      .values({
        groupId: seeded.groupIds.sg20,
        slug: `room-closed-${Date.now().toString(36)}`,
        title: 'SG20 room meeting',
        startsOn: '2030-01-01',
        endsOn: '2030-01-01',
        timeZone: 'UTC',
        locationKind: 'virtual',
        documentTypes: ['c'],
      })
      .returning();
    await db().insert(meetingParticipants).values({
      meetingId: closed.id,
      userId: delegate.id,
      mode: 'remote',
      organisation: 'ETRI',
      delegation: 'sector_member',
      role: 'delegate',
      status: 'registered',
    });
    const chain = await groupChain(db(), closed.groupId);
    expect((await meetingRoomAbilities(db(), delegate, closed.id, chain)).read).toBe(false);
    expect((await roomSubject(db(), roomName(closed.id)))?.readers).toEqual([]);
  });
});

describe('meeting room: decisions without JavaScript', () => {
  it('shows the decision recorded on the document presented in the page the server renders', async () => {
    const decided = await roomMeeting(db(), seeded, { itemCount: 3, docCount: 1 });
    const path = `/meetings/${decided.meeting.slug}/room`;
    const doc = decided.docs[0];
    await clients.chair.post(path, { intent: 'move', documentId: doc.id });
    const badge = async () =>
      parse(await rendered(await clients.delegate.get(path))).querySelector('.room-document .badge')?.text ?? null;
    expect(await badge()).toBeNull();
    const res = await clients.sec.post(`/documents/${doc.id}/decision`, {
      decision: 'agreed',
      version: String(doc.version),
    });
    expect(res.status).toBe(200);
    expect(await badge()).toBe('Decision: Agreed');
  });
});
