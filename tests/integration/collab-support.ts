/** Helpers for the collaboration tests: Node providers with the session cookie, portal child processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import postgres from 'postgres';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { migrateDatabase, openDatabase, type Database } from '../../db/client.server';

export interface TestProvider {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  events: { authFailed?: string; closedReasons: string[]; closes: number; scope?: string; stateless: string[] };
  text(): string;
  destroy(): void;
}

/** A real HocuspocusProvider in Node, sending the given cookie on the WebSocket handshake. */
export function connect(
  baseUrl: string,
  name: string,
  cookie: string | null,
  opts: { field?: string; awareness?: false; messageReconnectTimeout?: number } = {},
): TestProvider {
  const doc = new Y.Doc();
  const headers = cookie ? { cookie } : {};
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const events: TestProvider['events'] = { closedReasons: [], closes: 0, stateless: [] };
  const socket = new HocuspocusProviderWebsocket({
    url: `${baseUrl.replace(/^http/, 'ws')}/collab`,
    WebSocketPolyfill: CookieWebSocket,
    delay: 100,
    maxDelay: 1000,
    minDelay: 100,
    ...(opts.messageReconnectTimeout ? { messageReconnectTimeout: opts.messageReconnectTimeout } : {}),
  } as never);
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    ...(opts.awareness === false ? { awareness: null } : {}),
    onAuthenticationFailed: ({ reason }) => {
      events.authFailed = reason;
    },
    onAuthenticated: () => {
      events.scope = provider.authorizedScope;
    },
    onClose: ({ event }) => {
      events.closes++;
      if (event.reason) events.closedReasons.push(event.reason);
    },
    onStateless: ({ payload }) => {
      events.stateless.push(payload);
    },
  });
  provider.attach();
  const field = opts.field ?? 'default';
  return {
    provider,
    doc,
    events,
    text: () =>
      doc
        .getXmlFragment(field)
        .toArray()
        .map((n) =>
          n instanceof Y.XmlElement
            ? n
                .toArray()
                .map((c) => (c instanceof Y.XmlText ? c.toString() : ''))
                .join('')
            : '',
        )
        .join('\n'),
    destroy: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

/** Appends a paragraph with the text (as Tiptap would). */
export function typeParagraph(p: TestProvider, text: string) {
  const frag = p.doc.getXmlFragment('default');
  const el = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  t.insert(0, text);
  el.insert(0, [t]);
  frag.push([el]);
}

/** Polls `fn` until it gives a truthy value. The default bound leaves room for a machine whose cores are all busy. */
export async function waitFor<T>(fn: () => T | Promise<T>, what: string, timeoutMs = 30_000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until the server has handled all that `from` sent so far: a connection's messages are handled in order,
 * so once its next awareness state reaches `to`, an edit sent before it was applied (and sent on to `to`) or refused.
 */
export async function handled(from: TestProvider, to: TestProvider, what: string) {
  const marker = randomUUID();
  from.provider.setAwarenessField('marker', marker);
  await waitFor(() => [...to.provider.awareness!.getStates().values()].some((state) => state.marker === marker), what);
}

export const synced = (p: TestProvider, what = 'sync') =>
  waitFor(() => p.provider.isSynced && !p.provider.hasUnsyncedChanges, what);

export const PG_ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh PostgreSQL database (for tests that run portal processes, which must share it). */
export async function createSharedDatabase(): Promise<Database & { url: string; destroy(): Promise<void> }> {
  const name = `plenary_collab_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(PG_ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), max: 4 });
  await migrateDatabase(database);
  return {
    ...database,
    url: url.toString(),
    destroy: async () => {
      await database.close();
      const again = postgres(PG_ADMIN_URL, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

export interface PortalProcess {
  url: string;
  child: ChildProcess;
  output: string[];
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const root = path.resolve(import.meta.dirname, '../..');

/** The real portal entry (server/index.ts) as a child process, ready once it answers HTTP; `nodeArgs` e.g. ['--cpu-prof'] to profile it. */
export async function startPortalProcess(
  env: Record<string, string>,
  port: number,
  nodeArgs: string[] = [],
): Promise<PortalProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-collab-proc-'));
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const answers = () =>
    fetch(url, { redirect: 'manual' }).then(
      () => true,
      () => false,
    );
  await waitFor(async () => child.exitCode !== null || (await answers()), 'portal process start', 60_000);
  if (child.exitCode !== null) throw new Error(`portal process exited: ${output.join('')}`);
  return {
    url,
    child,
    output,
    stop: async (signal = 'SIGTERM') => {
      child.kill(signal);
      const code = await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

export async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
