/**
 * `npm run bench -- collab`: 50 real HocuspocusProvider clients in Node edit one liaison statement for 30 s
 * (BENCH_SECONDS, BENCH_CLIENTS), against (1) a bare Hocuspocus server without auth or persistence and (2) the
 * portal (session-cookie auth, permission check, PostgreSQL persistence, update checks), in the same run.
 * Prints change→receipt latency p50/p95 for both, their ratio, and the portal's memory per connected client.
 * Uses PostgreSQL when TEST_DATABASE_URL is set (else in-memory PGlite).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { users } from '../../db/schema';
import { seedDemo } from '../../db/seed/index';
import { createLiaison } from '../../app/lib/liaisons.server';
import { loadPrincipal } from '../../app/lib/permissions.server';
import { Client } from '../support/http';
import { startTestPortal } from '../support/portal';
import { connect, synced, type TestProvider } from '../integration/collab-support';

process.env.PLENARY_BUILD_DIR ??= '.build-collab';
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const PASSWORD = 'correct horse battery';

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN; };

/** Each client writes a stamped edit in its own map key at ~2 edits/s; every other client records the delay. */
async function run(label: string, clients: TestProvider[]) {
  const latencies: number[] = [];
  for (const c of clients) {
    c.doc.getMap('bench').observe((ev) => {
      if (ev.transaction.local) return;
      for (const key of ev.keysChanged) {
        const v = c.doc.getMap('bench').get(key) as number | undefined;
        if (typeof v === 'number') latencies.push(performance.timeOrigin + performance.now() - v);
      }
    });
  }
  const end = Date.now() + SECONDS * 1000;
  const timers = clients.map((c, i) => setInterval(() => {
    c.doc.getMap('bench').set(`c${i}`, performance.timeOrigin + performance.now());
    // and some text, as an editor would type
    const frag = c.doc.getXmlFragment('default');
    if (frag.length < 200) { const p = new Y.XmlElement('paragraph'); const t = new Y.XmlText(); t.insert(0, `client ${i} `); p.insert(0, [t]); frag.push([p]); }
  }, 500 + (i % 10) * 7));
  while (Date.now() < end) await new Promise((r) => setTimeout(r, 250));
  timers.forEach(clearInterval);
  await new Promise((r) => setTimeout(r, 1000));
  const p50 = pct(latencies, 50), p95 = pct(latencies, 95);
  console.log(`${label.padEnd(34)} receipts ${String(latencies.length).padStart(7)}  p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms`);
  return { p50, p95 };
}

async function connectAll(base: string, name: string, cookie: string | null) {
  const clients: TestProvider[] = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(connect(base, name, cookie));
  await Promise.all(clients.map((c) => synced(c, 'bench sync')));
  return clients;
}

async function main() {
  console.log(`${CLIENTS} clients editing one document for ${SECONDS} s each run`);
  // 1. bare Hocuspocus
  const bare = new Hocuspocus({ quiet: true });
  const wss = new WebSocketServer({ noServer: true });
  const server = http.createServer();
  server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => bare.handleConnection(ws, req)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const bareUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let clients = await connectAll(bareUrl, 'bench-doc', null);
  const b = await run('bare Hocuspocus (no auth/persistence)', clients);
  clients.forEach((c) => c.destroy());
  server.closeAllConnections(); server.close();

  // 2. the portal
  const portal = await startTestPortal({ setup: async (s) => void (await seedDemo(s.db, { passwords: { cochairJca: PASSWORD } })) });
  const [cochair] = await portal.services.db.select().from(users).where(eq(users.email, 'cochair.jcamv@example.org'));
  const ls = await createLiaison(portal.services.db, await loadPrincipal(portal.services.db, cochair), 'jca-mv-demo', { title: 'Bench LS', addressees: 'SG21 | | information', contacts: '' });
  const http1 = new Client(portal.url);
  await http1.signIn('cochair.jcamv@example.org', PASSWORD);
  const cookie = `plenary_session=${http1.cookies.get('plenary_session')}`;
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  clients = await connectAll(portal.url, `liaison:${ls.id}`, cookie);
  const p = await run('Plenary (auth, checks, PostgreSQL)', clients);
  console.log(`p95 ratio portal/bare: ${(p.p95 / b.p95).toFixed(2)} (target ≤ 1.5)  p50 ratio: ${(p.p50 / b.p50).toFixed(2)}`);
  global.gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(`heap per connected client (server and clients share this process; upper bound): ${((after - before) / CLIENTS / 1024).toFixed(0)} KiB`);
  clients.forEach((c) => c.destroy());
  await portal.stop();
  await bare.closeConnections?.();
  process.exit(0);
}

main().catch((err) => { console.error(err); process.exit(1); });
