import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parse } from 'node-html-parser';
import * as Y from 'yjs';
import { meetingRoomEvents } from '../../db/schema';
import type { Seeded } from '../../app/features/demo/index';
import { loadPrincipal, type Principal } from '../../app/features/groups/permissions.server';
import { moveRoom, roomState } from '../../app/features/room/room.server';
import { readDecisions, readRoomState, roomName } from '../../app/features/room/room-doc';
import type { DomainError } from '../../app/platform/errors';
import { demoData, DEMO_PASSWORD } from '../support/demo';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';
import { roomMeeting, type RoomMeeting } from '../support/room';
import { connect, synced, waitFor, type TestProvider } from './collab-support';

let portal: TestPortal;
let seeded: Seeded;
let sec: Principal;
let cochair: Principal;
let delegate: Principal;
let room: RoomMeeting;
let other: RoomMeeting;
const db = () => portal.services.db;
const clients: Record<'sec' | 'chair' | 'delegate' | 'outsider', Client> = {} as never;
const providers: TestProvider[] = [];

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
  seeded = await demoData(db());
  const principal = (key: string) => loadPrincipal(db(), { id: seeded.userIds[key], isAdmin: false });
  [sec, cochair, delegate] = await Promise.all([
    principal('secretariat'),
    principal('cochairJca'),
    principal('member1'),
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
    await new Promise((r) => setTimeout(r, 300));
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
