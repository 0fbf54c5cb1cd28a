/**
 * `npm run bench -- collab`: 50 real HocuspocusProvider clients in Node (BENCH_CLIENTS) edit one liaison statement,
 * against (1) a bare Hocuspocus server without auth or persistence and (2) the portal (session-cookie auth,
 * permission check, PostgreSQL persistence, update checks), in the same run.
 *
 * Fair comparison: each server runs in its own child process (this file, started with BENCH_ROLE=bare|portal),
 * the clients in this process. Both get all their clients connected and a warm-up (BENCH_WARMUP_SECONDS, default 5)
 * before anything is measured; then the measured BENCH_SECONDS (default 30) per server are taken in alternating
 * rounds (bare, portal, portal, bare, ...), so neither profits from running later, on a warmer machine.
 *
 * Prints change→receipt latency p50/p95 for both, the ratio against the 1.5× target, and each server's memory per
 * connected client (heap and RSS of the server process after GC, from 1 to N connected clients, divided by N-1).
 * Uses PostgreSQL when TEST_DATABASE_URL is set or a server answers on 127.0.0.1:5432, else in-memory PGlite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { eq } from 'drizzle-orm';
import * as Y from 'yjs';

process.env.PLENARY_BUILD_DIR ??= '.build-collab';
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const PASSWORD = 'correct horse battery';

// ---------------------------------------------------------------- server side (child processes)

interface Ready { type: 'ready'; url: string; name: string; cookie: string | null }
interface Memory { type: 'memory'; heapUsed: number; rss: number }

function measureMemory(): Memory {
  global.gc?.(); global.gc?.();
  const m = process.memoryUsage();
  return { type: 'memory', heapUsed: m.heapUsed, rss: m.rss };
}

async function serveBare(): Promise<Ready> {
  const bare = new Hocuspocus({ quiet: true });
  const wss = new WebSocketServer({ noServer: true });
  const server = http.createServer();
  server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => bare.handleConnection(ws, req)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { type: 'ready', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, name: 'bench-doc', cookie: null };
}

async function servePortal(): Promise<Ready> {
  const { users } = await import('../../db/schema');
  const { seedDemo } = await import('../../app/features/demo/index');
  const { createLiaison } = await import('../../app/features/collaboration/liaisons.server');
  const { loadPrincipal } = await import('../../app/features/groups/permissions.server');
  const { Client } = await import('../support/http');
  const { startTestPortal } = await import('../support/portal');
  const portal = await startTestPortal({ setup: async (s) => void (await seedDemo(s.db, { passwords: { cochairJca: PASSWORD } })) });
  const [cochair] = await portal.services.db.select().from(users).where(eq(users.email, 'cochair.jcamv@example.org'));
  const ls = await createLiaison(portal.services.db, await loadPrincipal(portal.services.db, cochair), 'jca-mv-demo', { title: 'Bench LS', addressees: 'SG21 | | information', contacts: '' });
  const client = new Client(portal.url);
  await client.signIn('cochair.jcamv@example.org', PASSWORD);
  const stop = async () => { await portal.stop().catch(() => {}); process.exit(0); };
  process.on('disconnect', () => void stop());
  process.on('message', (m: { type?: string }) => { if (m?.type === 'stop') void stop(); });
  return { type: 'ready', url: portal.url, name: `liaison:${ls.id}`, cookie: `plenary_session=${client.cookies.get('plenary_session')}` };
}

async function serverMain(role: string) {
  const ready = role === 'bare' ? await serveBare() : await servePortal();
  process.on('message', (m: { type?: string }) => { if (m?.type === 'memory') process.send!(measureMemory()); });
  if (role === 'bare') process.on('disconnect', () => process.exit(0));
  process.send!(ready);
}

// ---------------------------------------------------------------- client side (this process)

interface Server { label: string; child: ChildProcess; ready: Ready; ask(): Promise<Memory> }

async function startServer(role: 'bare' | 'portal', label: string, env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename], {
    env: { ...env, BENCH_ROLE: role }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.on('message', (m: Ready) => { if (m?.type === 'ready') resolve(m); });
    child.once('exit', (code) => reject(new Error(`${label} server exited (${code}) before it was ready`)));
  });
  const ask = () => new Promise<Memory>((resolve) => {
    const on = (m: Memory) => { if (m?.type === 'memory') { child.off('message', on); resolve(m); } };
    child.on('message', on);
    child.send({ type: 'memory' });
  });
  return { label, child, ready, ask };
}

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN; };
const now = () => performance.timeOrigin + performance.now();

async function pgReachable(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port: 5432 });
    const done = (ok: boolean) => { s.destroy(); resolve(ok); };
    s.setTimeout(500, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

type Clients = Awaited<ReturnType<typeof connectClients>>;

/** N providers, the first connected (and the document loaded) before the memory baseline, the others after. */
async function connectClients(server: Server) {
  const { connect, synced, waitFor } = await import('../integration/collab-support');
  const { url, name, cookie } = server.ready;
  const providers = [connect(url, name, cookie)];
  await synced(providers[0], `${server.label}: first client`);
  const base = await server.ask();
  for (let i = 1; i < CLIENTS; i++) providers.push(connect(url, name, cookie));
  await Promise.all(providers.map((p) => waitFor(() => p.provider.isSynced && !p.provider.hasUnsyncedChanges, `${server.label}: sync`, 60_000)));
  const full = await server.ask();
  const refused = providers.filter((p) => p.events.authFailed).length;
  if (refused) throw new Error(`${server.label}: ${refused} clients refused`);
  // Every client records the delay of every remote change it receives (one clock: all clients live in this process).
  const latencies: number[] = [];
  let recording = false;
  for (const c of providers) {
    const map = c.doc.getMap<number>('bench');
    map.observe((ev) => {
      if (ev.transaction.local || !recording) return;
      const t = now();
      for (const key of ev.keysChanged) { const v = map.get(key); if (typeof v === 'number') latencies.push(t - v); }
    });
  }
  return {
    providers, latencies,
    perClient: { heap: (full.heapUsed - base.heapUsed) / (CLIENTS - 1), rss: (full.rss - base.rss) / (CLIENTS - 1) },
    set recording(v: boolean) { recording = v; },
  };
}

/** Every client writes a time-stamped edit under its own key (~2 edits/s) and types some text, for `seconds`. */
async function edit(clients: Clients, seconds: number, record: boolean) {
  const timers = clients.providers.map((c, i) => setInterval(() => {
    c.doc.getMap('bench').set(`c${i}`, now());
    const frag = c.doc.getXmlFragment('default');
    if (frag.length < 200) { const p = new Y.XmlElement('paragraph'); const t = new Y.XmlText(); t.insert(0, `client ${i} `); p.insert(0, [t]); frag.push([p]); }
  }, 500 + (i % 10) * 7));
  clients.recording = record;
  await new Promise((r) => setTimeout(r, seconds * 1000));
  timers.forEach(clearInterval);
  await new Promise((r) => setTimeout(r, 750)); // late receipts still count
  clients.recording = false;
}

async function main() {
  const started = Date.now();
  const env = { ...process.env };
  if (!env.TEST_DATABASE_URL && (await pgReachable())) env.TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
  const engine = env.TEST_DATABASE_URL ? `PostgreSQL (${new URL(env.TEST_DATABASE_URL).host})` : 'PGlite (in memory)';
  console.log(`${CLIENTS} clients editing one document; servers in child processes; portal storage: ${engine}`);
  console.log(`warm-up ${WARMUP} s each, then ${SECONDS} s measured each in ${ROUNDS} alternating rounds`);

  const [bare, portal] = await Promise.all([startServer('bare', 'bare Hocuspocus', env), startServer('portal', 'Plenary', env)]);
  const servers = [
    { server: bare, label: 'bare Hocuspocus (no auth/persistence)', clients: await connectClients(bare) },
    { server: portal, label: 'Plenary (auth, checks, database)', clients: await connectClients(portal) },
  ];
  for (const s of servers) await edit(s.clients, WARMUP, false);
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    for (const s of order) await edit(s.clients, SECONDS / ROUNDS, true);
  }

  const results = servers.map((s) => ({ ...s, p50: pct(s.clients.latencies, 50), p95: pct(s.clients.latencies, 95), n: s.clients.latencies.length }));
  console.log('');
  for (const r of results) {
    console.log(`${r.label.padEnd(38)} receipts ${String(r.n).padStart(7)}  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms`);
  }
  const [b, p] = results;
  const ratio = p.p95 / b.p95;
  console.log(`p95 ratio Plenary/bare: ${ratio.toFixed(2)}× (target ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'NOT met'})  p50 ratio: ${(p.p50 / b.p50).toFixed(2)}×`);
  for (const r of results) {
    const m = r.clients.perClient;
    console.log(`server memory per connected client, ${r.label}: heap ${(m.heap / 1024).toFixed(1)} KiB, RSS ${(m.rss / 1024).toFixed(1)} KiB`);
  }
  console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);

  for (const s of servers) for (const c of s.clients.providers) c.destroy();
  portal.child.send({ type: 'stop' });
  await Promise.race([new Promise((r) => portal.child.once('exit', r)), new Promise((r) => setTimeout(r, 10_000))]);
  bare.child.kill();
  process.exit(0);
}

const role = process.env.BENCH_ROLE;
(role ? serverMain(role) : main()).catch((err) => { console.error(err); process.exit(1); });
