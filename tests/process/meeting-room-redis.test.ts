/**
 * The meeting room across two portal processes sharing PostgreSQL and Redis: a delegate follows the room on one
 * process while the chair moves it through the other, and then records a decision there.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Seeded } from '../../app/features/demo/index';
import { seedDemo } from '../../app/features/demo/index';
import { readDecisions, readRoomState, roomName } from '../../app/features/room/room-doc';
import { Client } from '../support/http';
import { roomMeeting, type RoomMeeting } from '../support/room';
import {
  connect,
  createSharedDatabase,
  freePort,
  startPortalProcess,
  synced,
  waitFor,
  type PortalProcess,
  type TestProvider,
} from '../integration/collab-support';

const PASSWORD = 'correct horse battery';
let database: Awaited<ReturnType<typeof createSharedDatabase>>;
let room: RoomMeeting;
const procs: PortalProcess[] = [];
const providers: TestProvider[] = [];

beforeAll(async () => {
  database = await createSharedDatabase();
  const seeded: Seeded = await seedDemo(database.db, {
    passwords: { cochairJca: PASSWORD, secretariat: PASSWORD, member1: PASSWORD },
  });
  room = await roomMeeting(database.db, seeded);
});
afterAll(async () => {
  for (const p of providers) p.destroy();
  for (const p of procs) if (p.child.exitCode === null) await p.stop('SIGKILL');
  await database?.destroy();
});

describe('the meeting room on two processes', () => {
  it('reaches a delegate connected to the other process', async () => {
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      COLLAB_REDIS_PREFIX: `plenary-test-${randomBytes(4).toString('hex')}`,
    };
    const [p1, p2] = await Promise.all([
      startPortalProcess(env, await freePort()),
      startPortalProcess(env, await freePort()),
    ]);
    procs.push(p1, p2);
    const delegate = new Client(p2.url);
    await delegate.signIn('member.etri@example.org', PASSWORD);
    const follower = connect(p2.url, roomName(room.meeting.id), delegate.cookieHeader());
    providers.push(follower);
    await synced(follower);

    const chair = new Client(p1.url);
    await chair.signIn('cochair.jcamv@example.org', PASSWORD);
    const moved = await chair.post(`/meetings/${room.meeting.slug}/room`, {
      intent: 'move',
      documentId: room.docs[0].id,
    });
    expect(moved.status).toBe(200);
    await waitFor(
      () => readRoomState(follower.doc)?.current?.document?.id === room.docs[0].id,
      'the move on the other process',
      15_000,
    );

    const secretariat = new Client(p1.url);
    await secretariat.signIn('tsb.fgmv@example.org', PASSWORD);
    const decided = await secretariat.post(`/documents/${room.docs[0].id}/decision`, {
      decision: 'postponed',
      version: String(room.docs[0].version),
    });
    expect(decided.status).toBe(200);
    await waitFor(
      () => readDecisions(follower.doc)[room.docs[0].id]?.decision === 'postponed',
      'the decision on the other process',
      15_000,
    );
    await Promise.all([p1.stop('SIGTERM'), p2.stop('SIGTERM')]);
  });
});
