/**
 * `npm run bench -- meeting-room`: 200 delegates (BENCH_DELEGATES) follow a meeting's room with real WebSocket
 * clients (HocuspocusProvider, each on its own connection with a delegate's own session, as browsers do) while the
 * chair moves the room through 50 agenda items (BENCH_MOVES), each with a document, through the room page's real
 * HTTP action (as the page's script posts it). One portal process (server/index.ts as a child process on PostgreSQL).
 * The delegates' providers keep no presence, like the pages' (room-banner.tsx).
 *
 * Prints the time from the chair's request to each delegate's update (p50/p95/p99, max; target p95 < 200 ms), the
 * chair's request time, and the portal's resident memory per connected delegate. Needs PostgreSQL
 * (TEST_DATABASE_URL, else 127.0.0.1:5432).
 */
import fs from 'node:fs';
import { inArray } from 'drizzle-orm';
import { users } from '../../db/schema';
import { createLucia } from '../../app/features/accounts/auth.server';
import type { Seeded } from '../../app/features/demo/index';
import { seedDemo } from '../../app/features/demo/index';
import { readRoomState, roomName } from '../../app/features/room/room-doc';
import {
  connect,
  createSharedDatabase,
  freePort,
  startPortalProcess,
  synced,
  waitFor,
  type TestProvider,
} from '../integration/collab-support';
import { Client } from '../support/http';
import { roomMeeting } from '../support/room';
import { addBenchMembers } from './portal';

const DELEGATES = Number(process.env.BENCH_DELEGATES ?? 200);
const MOVES = Number(process.env.BENCH_MOVES ?? 50);
const TARGET_P95_MS = 200;
const PASSWORD = 'correct horse battery';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const now = () => performance.timeOrigin + performance.now();
const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024;

async function main() {
  const database = await createSharedDatabase();
  const seeded: Seeded = await seedDemo(database.db, { passwords: { cochairJca: PASSWORD } });
  const { meeting, items, docs } = await roomMeeting(database.db, seeded, { itemCount: MOVES, docCount: MOVES });
  const emails = await addBenchMembers(database.db, meeting.groupId, DELEGATES, PASSWORD);
  const proc = await startPortalProcess(
    { DATABASE_URL: database.url, NODE_ENV: 'production', LOG_LEVEL: 'warn' },
    await freePort(),
  );
  const providers: TestProvider[] = [];
  try {
    const chair = new Client(proc.url);
    await chair.signIn('cochair.jcamv@example.org', PASSWORD);
    // Each delegate is a member of the meeting's group with a session of their own, as browsers are (made directly:
    // two hundred sign-ins from one address would meet the sign-in rate limit).
    const auth = createLucia(database.db, { sessionDays: 1, cookieSecure: false });
    const delegates = await database.db.select({ id: users.id }).from(users).where(inArray(users.email, emails));
    const cookies = await Promise.all(
      delegates.map(async (d) => `plenary_session=${(await auth.createSession(d.id, {})).id}`),
    );
    const name = roomName(meeting.id);

    // The first delegate loads the room's document; memory is measured from there.
    providers.push(connect(proc.url, name, cookies[0], { awareness: false }));
    await synced(providers[0], 'first delegate');
    await new Promise((r) => setTimeout(r, 500));
    const baseRss = rssOf(proc.child.pid!);
    for (let i = 1; i < DELEGATES; i++) providers.push(connect(proc.url, name, cookies[i], { awareness: false }));
    await Promise.all(providers.map((p) => synced(p, 'delegates connected').then(() => p)));
    await new Promise((r) => setTimeout(r, 1000));
    const refused = providers.filter((p) => p.events.authFailed).length;
    if (refused) throw new Error(`${refused} delegates refused`);
    const rssPerDelegate = (rssOf(proc.child.pid!) - baseRss) / (DELEGATES - 1);

    // Each delegate records when it first sees each move's document.
    let expected = '';
    let sentAt = 0;
    let seen = 0;
    const latencies: number[] = [];
    const shown = new Map<TestProvider, string>();
    for (const p of providers) {
      p.doc.on('update', () => {
        const docId = readRoomState(p.doc)?.current?.document?.id;
        if (!expected || docId !== expected || shown.get(p) === expected) return;
        shown.set(p, expected);
        latencies.push(now() - sentAt);
        seen++;
      });
    }

    const actionMs: number[] = [];
    const firstMs: number[] = [];
    const path = `/meetings/${meeting.slug}/room?_data=${encodeURIComponent('routes/meetings.$slug_.room')}`;
    const started = now();
    for (let i = 0; i < MOVES; i++) {
      seen = 0;
      expected = docs[i].id;
      sentAt = now();
      const res = await chair.post(path, { intent: 'move', agendaItemId: items[i].id, documentId: docs[i].id });
      actionMs.push(now() - sentAt);
      if (res.status !== 200) throw new Error(`move ${i + 1}: ${res.status} ${await res.text()}`);
      await waitFor(() => seen === DELEGATES, `move ${i + 1} to reach every delegate`, 30_000);
      firstMs.push(Math.min(...latencies.slice(-DELEGATES)));
    }
    const seconds = (now() - started) / 1000;

    const p95 = pct(latencies, 95);
    console.log(
      `meeting room: ${DELEGATES} delegates (real WebSocket clients), ${MOVES} moves by the chair through HTTP, ${seconds.toFixed(1)} s`,
    );
    console.log(
      [
        `chair's change → delegate's update: updates ${latencies.length}`,
        `p50 ${pct(latencies, 50).toFixed(1)} ms`,
        `p95 ${p95.toFixed(1)} ms`,
        `p99 ${pct(latencies, 99).toFixed(1)} ms`,
        `max ${Math.max(...latencies).toFixed(1)} ms (target p95 < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? 'met' : 'NOT met'})`,
      ].join('  '),
    );
    console.log(
      `chair's change → first delegate's update (the server's part): p50 ${pct(firstMs, 50).toFixed(1)} ms  ` +
        `p95 ${pct(firstMs, 95).toFixed(1)} ms; ` +
        `the rest is the fan-out to ${DELEGATES} sockets and ${DELEGATES} clients decoding in this one process`,
    );
    console.log(
      `chair's request (move stored, room written, answer): p50 ${pct(actionMs, 50).toFixed(1)} ms  p95 ${pct(actionMs, 95).toFixed(1)} ms`,
    );
    console.log(`portal resident memory per connected delegate: ${(rssPerDelegate / 1024).toFixed(0)} KiB`);
  } finally {
    for (const p of providers) p.destroy();
    await proc.stop('SIGTERM');
    await database.destroy();
  }
}

await main();
process.exit(0);
