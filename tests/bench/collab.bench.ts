/**
 * `npm run bench -- collab`: 50 real HocuspocusProvider clients (BENCH_CLIENTS) in this process edit one liaison
 * statement, measured from outside two servers in the same run: (1) a bare Hocuspocus server without auth or
 * persistence and (2) the portal itself (server/index.ts as a child process on PostgreSQL: session-cookie auth, the
 * collaboration policy, update checks, persistence).
 *
 * Both get all their clients connected and a warm-up (BENCH_WARMUP_SECONDS, default 5) before anything is measured;
 * then BENCH_SECONDS (default 30) per server are measured in alternating rounds (bare, portal, portal, bare, ...), so
 * neither profits from running later, on a warmer machine. Every client stamps its edits with the time it made
 * them; every other client records how long each edit took to reach it (one clock: all clients live here).
 *
 * Prints change→receipt latency p50/p95/p99 for both, the p95 ratio against the 1.3× target, and each server's
 * resident memory per connected client. Needs PostgreSQL (TEST_DATABASE_URL, else 127.0.0.1:5432) and a build.
 * BENCH_PROFILE_DIR=dir writes a CPU profile of the portal process there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { eq } from 'drizzle-orm';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const TARGET = 1.3;
const PASSWORD = 'correct horse battery';

interface Server {
  label: string;
  pid: number;
  url: string;
  name: string;
  cookie: string | null;
  stop(): Promise<void>;
}

// ---------------------------------------------------------------- the bare server (this file as a child process)

async function serveBare() {
  const bare = new Hocuspocus({ quiet: true });
  const wss = new WebSocketServer({ noServer: true });
  const server = http.createServer();
  server.on('upgrade', (req, socket, head) =>
    wss.handleUpgrade(req, socket, head, (ws) => bare.handleConnection(ws, req)),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.on('disconnect', () => process.exit(0));
  process.send!({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

async function startBare(): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', import.meta.filename], {
    env: { ...process.env, BENCH_ROLE: 'bare' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { url } = await new Promise<{ url: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { url: string }));
    child.once('exit', (code) => reject(new Error(`the bare server exited (${code}) before it was ready`)));
  });
  return {
    label: 'bare Hocuspocus (no auth/persistence)',
    pid: child.pid!,
    url,
    name: 'bench-doc',
    cookie: null,
    stop: async () => void child.kill(),
  };
}

// ---------------------------------------------------------------- the portal (the real entry as a child process)

async function startPortal(): Promise<Server> {
  const { createSharedDatabase, freePort, startPortalProcess } = await import('../integration/collab-support');
  const { users } = await import('../../db/schema');
  const { seedDemo } = await import('../../app/features/demo/index');
  const { createLiaison } = await import('../../app/features/liaisons/liaison-drafts.server');
  const { loadPrincipal } = await import('../../app/features/groups/permissions.server');
  const { Client } = await import('../support/http');
  const database = await createSharedDatabase();
  await seedDemo(database.db, { passwords: { cochairJca: PASSWORD } });
  const [cochair] = await database.db.select().from(users).where(eq(users.email, 'cochair.jcamv@example.org'));
  const ls = await createLiaison(database.db, await loadPrincipal(database.db, cochair), 'jca-mv-demo', {
    title: 'Bench LS',
    addressees: 'SG21 | | information',
    contacts: '',
  });
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const proc = await startPortalProcess(
    { DATABASE_URL: database.url, NODE_ENV: 'production', LOG_LEVEL: 'warn' },
    await freePort(),
    profile,
  );
  const client = new Client(proc.url);
  await client.signIn('cochair.jcamv@example.org', PASSWORD);
  return {
    label: 'Plenary (auth, policy, checks, database)',
    pid: proc.child.pid!,
    url: proc.url,
    name: `liaison:${ls.id}`,
    cookie: `plenary_session=${client.cookies.get('plenary_session')}`,
    stop: async () => {
      await proc.stop('SIGTERM');
      await database.destroy();
    },
  };
}

// ---------------------------------------------------------------- the clients (this process)

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const now = () => performance.timeOrigin + performance.now();
const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024;

type Clients = Awaited<ReturnType<typeof connectClients>>;

/** N providers: the first connected (and the document loaded) before the memory baseline, the others after. */
async function connectClients(server: Server) {
  const { connect, synced, waitFor } = await import('../integration/collab-support');
  const providers = [connect(server.url, server.name, server.cookie)];
  await synced(providers[0], `${server.label}: first client`);
  const baseRss = rssOf(server.pid);
  for (let i = 1; i < CLIENTS; i++) providers.push(connect(server.url, server.name, server.cookie));
  await Promise.all(
    providers.map((p) =>
      waitFor(() => p.provider.isSynced && !p.provider.hasUnsyncedChanges, `${server.label}: sync`, 60_000),
    ),
  );
  const refused = providers.filter((p) => p.events.authFailed).length;
  if (refused) throw new Error(`${server.label}: ${refused} clients refused`);
  const rssPerClient = (rssOf(server.pid) - baseRss) / (CLIENTS - 1);
  const latencies: number[] = [];
  let recording = false;
  for (const c of providers) {
    const map = c.doc.getMap<number>('bench');
    map.observe((ev) => {
      if (ev.transaction.local || !recording) return;
      const t = now();
      for (const key of ev.keysChanged) {
        const v = map.get(key);
        if (typeof v === 'number') latencies.push(t - v);
      }
    });
  }
  return {
    providers,
    latencies,
    rssPerClient,
    set recording(v: boolean) {
      recording = v;
    },
  };
}

/** Every client writes a time-stamped edit under its own key (~2 edits/s) and types some text, for `seconds`. */
async function edit(clients: Clients, seconds: number, record: boolean) {
  const timers = clients.providers.map((c, i) =>
    setInterval(
      () => {
        c.doc.getMap('bench').set(`c${i}`, now());
        const frag = c.doc.getXmlFragment('default');
        if (frag.length < 200) {
          const p = new Y.XmlElement('paragraph');
          const t = new Y.XmlText();
          t.insert(0, `client ${i} `);
          p.insert(0, [t]);
          frag.push([p]);
        }
      },
      500 + (i % 10) * 7,
    ),
  );
  clients.recording = record;
  await new Promise((r) => setTimeout(r, seconds * 1000));
  timers.forEach(clearInterval);
  await new Promise((r) => setTimeout(r, 750)); // late receipts still count
  clients.recording = false;
}

async function main() {
  const started = Date.now();
  process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  console.log(
    `${CLIENTS} clients editing one document; servers in child processes; portal on PostgreSQL (${new URL(process.env.TEST_DATABASE_URL).host})`,
  );
  console.log(`warm-up ${WARMUP} s each, then ${SECONDS} s measured each in ${ROUNDS} alternating rounds`);
  const [bare, portal] = await Promise.all([startBare(), startPortal()]);
  const servers = [
    { server: bare, clients: await connectClients(bare) },
    { server: portal, clients: await connectClients(portal) },
  ];
  for (const s of servers) await edit(s.clients, WARMUP, false);
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of round % 2 === 0 ? servers : [...servers].reverse()) await edit(s.clients, SECONDS / ROUNDS, true);
  }

  const results = servers.map((s) => ({
    ...s,
    p50: pct(s.clients.latencies, 50),
    p95: pct(s.clients.latencies, 95),
    p99: pct(s.clients.latencies, 99),
    n: s.clients.latencies.length,
  }));
  console.log('');
  for (const r of results) {
    const ms = (x: number) => x.toFixed(1).padStart(6);
    console.log(
      [
        `${r.server.label.padEnd(42)} receipts ${String(r.n).padStart(7)}`,
        `p50 ${ms(r.p50)} ms`,
        `p95 ${ms(r.p95)} ms`,
        `p99 ${ms(r.p99)} ms`,
        `RSS/client ${(r.clients.rssPerClient / 1024).toFixed(0)} KiB`,
      ].join('  '),
    );
  }
  const [b, p] = results;
  const ratio = p.p95 / b.p95;
  console.log(
    [
      `p95 ratio Plenary/bare: ${ratio.toFixed(2)}× (target ≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : 'NOT met'})`,
      `p50 ratio: ${(p.p50 / b.p50).toFixed(2)}×`,
      `p99 ratio: ${(p.p99 / b.p99).toFixed(2)}×`,
    ].join('  '),
  );
  console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);

  for (const s of servers) for (const c of s.clients.providers) c.destroy();
  await Promise.all(servers.map((s) => s.server.stop()));
  process.exit(0);
}

(process.env.BENCH_ROLE === 'bare' ? serveBare() : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
