/**
 * The collaboration server: Hocuspocus on the portal's own port at /collab.
 *
 * - Each connection is authenticated from the portal session cookie (the same lucia session as HTTP) and checked
 *   with the same `can` as HTTP (through accessFor): editors edit, readers get a read-only connection, others are
 *   refused with a reason ("not-signed-in", "session-expired", "no-such-document", "forbidden").
 * - Open connections are re-checked periodically and on demand (services.collab.recheck()): a withdrawn role or an
 *   expired session closes the connection ("access-withdrawn"), a downgrade makes it read-only.
 * - The Yjs state is stored in PostgreSQL, debounced (COLLAB_DEBOUNCE_MS, at most COLLAB_MAX_DEBOUNCE_MS after the
 *   first unsaved change), and flushed on graceful shutdown.
 * - Oversized (COLLAB_MAX_UPDATE_BYTES) or malformed updates close the connection with a reason before they touch
 *   the document.
 * - With REDIS_URL, updates and presence are relayed between portal processes (COLLAB_REDIS_PREFIX namespaces keys).
 */
import type http from 'node:http';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import type { Services } from '../app/platform/context.server';
import {
  accessFor, fetchState, resolveCollabTarget, storeState, type CollabLive, type CollabTarget,
} from '../app/features/collaboration/collaboration.server';
import { syncAgendaItems } from '../app/features/collaboration/agendas.server';
import { loadPrincipal, type Principal } from '../app/features/groups/permissions.server';
import type { Portal } from '../app/platform/server/portal.server';

declare module '../app/platform/context.server' {
  interface Services {
    /** Live collaborative documents (set by attachCollaboration). */
    collab?: CollabLive;
  }
}

export interface CollabOptions {
  debounceMs?: number;
  maxDebounceMs?: number;
  maxUpdateBytes?: number;
  recheckMs?: number;
  redisPrefix?: string;
}

interface ConnContext { userId: string; userName: string; sessionId: string; documentName: string }

const num = (v: string | undefined, d: number) => (v && /^\d+$/.test(v) ? Number(v) : d);

function readCookie(header: string | undefined, name: string) {
  const match = (header ?? '').split(/;\s*/).find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}

/** A reason the provider receives (onAuthenticationFailed / onClose). */
const refuse = (reason: string) => Object.assign(new Error(reason), { reason });
const closeWith = (code: number, reason: string) => Object.assign(new Error(reason), { code, reason });

/** Checks a sync/update message: size and that the Yjs update decodes. Throws with a reason otherwise. */
function checkMessage(data: Uint8Array, maxBytes: number) {
  if (data.byteLength > maxBytes) throw closeWith(4413, 'update-too-large');
  const dec = decoding.createDecoder(data);
  decoding.readVarString(dec);
  const type = decoding.readVarUint(dec);
  if (type !== 0) return; // only Sync messages carry document updates
  const step = decoding.readVarUint(dec);
  if (step !== 1 && step !== 2) return; // step 0 is a state vector
  try {
    const update = decoding.readVarUint8Array(dec);
    Y.decodeUpdate(update);
  } catch {
    throw closeWith(4400, 'malformed-update');
  }
}

export function attachCollaboration(portal: Portal, services: Services, opts: CollabOptions = {}) {
  const env = process.env;
  const debounce = opts.debounceMs ?? num(env.COLLAB_DEBOUNCE_MS, 1000);
  const maxDebounce = opts.maxDebounceMs ?? num(env.COLLAB_MAX_DEBOUNCE_MS, 3000);
  const maxUpdateBytes = opts.maxUpdateBytes ?? num(env.COLLAB_MAX_UPDATE_BYTES, 1024 * 1024);
  const recheckMs = opts.recheckMs ?? num(env.COLLAB_RECHECK_MS, 5000);
  const { db, auth } = services;

  const afterStore = async (tx: typeof db, name: string, json: import('../app/features/collaboration/collaboration.server').PMNode) => {
    if (name.startsWith('agenda:')) await syncAgendaItems(tx, name.slice('agenda:'.length), json);
  };

  const extensions: Extension[] = [];
  let redis: Redis | undefined;
  if (services.config.redisUrl) {
    const u = new URL(services.config.redisUrl);
    redis = new Redis({
      host: u.hostname, port: Number(u.port || 6379),
      options: { password: u.password || undefined, username: u.username || undefined, db: Number(u.pathname.slice(1) || 0), tls: u.protocol === 'rediss:' ? {} : undefined },
      prefix: opts.redisPrefix ?? env.COLLAB_REDIS_PREFIX ?? 'plenary-collab',
    });
    extensions.push(redis);
  }
  extensions.push(new Database({
    fetch: async ({ documentName }) => fetchState(db, documentName),
    store: async ({ documentName, state }) => void (await storeState(db, documentName, state, afterStore)),
  }));

  const hp = new Hocuspocus({
    name: 'plenary',
    quiet: true,
    debounce,
    maxDebounce,
    timeout: 30_000,
    extensions,
    async onAuthenticate({ requestHeaders, documentName, connectionConfig }) {
      const sessionId = auth.readSessionCookie(String(requestHeaders.cookie ?? '')) ?? readCookie(String(requestHeaders.cookie ?? ''), 'plenary_session');
      if (!sessionId) throw refuse('not-signed-in');
      const { session, user } = await auth.validateSession(sessionId);
      if (!session || !user) throw refuse('session-expired');
      const target = await resolveCollabTarget(db, documentName);
      if (!target) throw refuse('no-such-document');
      const access = accessFor(await loadPrincipal(db, user), target);
      if (!access) throw refuse('forbidden');
      connectionConfig.readOnly = access === 'read';
      const context: ConnContext = { userId: user.id, userName: user.name, sessionId: session.id, documentName };
      return context;
    },
    async beforeHandleMessage({ update }) {
      checkMessage(update, maxUpdateBytes);
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxUpdateBytes + 64 * 1024 });
  let stopping = false;
  const allowedHosts = () => [new URL(services.config.publicUrl).host];
  portal.upgradeHandlers.set('/collab', (req: http.IncomingMessage, socket, head) => {
    const origin = req.headers.origin;
    const hosts = [...allowedHosts(), req.headers.host ?? ''];
    if (stopping || (origin && !hosts.includes(new URL(origin).host))) {
      socket.write(`HTTP/1.1 ${stopping ? '503 Service Unavailable' : '403 Forbidden'}\r\nConnection: close\r\n\r\n`);
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => hp.handleConnection(ws, req));
  });

  // Permission changes reach open connections: re-check every connection, close or downgrade.
  const recheck = async () => {
    const sessions = new Map<string, Awaited<ReturnType<typeof auth.validateSession>>>();
    const principals = new Map<string, Principal>();
    const targets = new Map<string, CollabTarget | null>();
    for (const document of hp.documents.values()) {
      for (const connection of document.getConnections()) {
        const ctx = connection.context as ConnContext | undefined;
        if (!ctx?.sessionId) continue;
        try {
          if (!sessions.has(ctx.sessionId)) sessions.set(ctx.sessionId, await auth.validateSession(ctx.sessionId));
          const { user } = sessions.get(ctx.sessionId)!;
          if (!targets.has(document.name)) targets.set(document.name, await resolveCollabTarget(db, document.name));
          const target = targets.get(document.name)!;
          let access: 'edit' | 'read' | null = null;
          if (user && target) {
            if (!principals.has(user.id)) principals.set(user.id, await loadPrincipal(db, user));
            access = accessFor(principals.get(user.id)!, target);
          }
          if (!access) {
            connection.close({ code: 4403, reason: user ? 'access-withdrawn' : 'session-expired' });
          } else if ((access === 'read') !== connection.readOnly) {
            connection.readOnly = access === 'read';
            connection.sendStateless(JSON.stringify({ type: 'access', access }));
          }
        } catch (err) {
          console.error('collaboration: permission re-check failed', err);
        }
      }
    }
  };
  let rechecking: Promise<void> | null = null;
  const recheckOnce = () => (rechecking ??= recheck().finally(() => { rechecking = null; }));
  const timer = setInterval(() => void recheckOnce(), recheckMs);
  timer.unref();

  const storeNow = async (name: string, doc: Y.Doc) => {
    await storeState(db, name, Y.encodeStateAsUpdate(doc), afterStore);
  };

  const live: CollabLive = {
    async withDocument(name, fn) {
      const conn = await hp.openDirectConnection(name, { system: true });
      try {
        await conn.transact((doc) => fn(doc));
      } finally {
        await conn.disconnect();
      }
    },
    async currentState(name) {
      const doc = hp.documents.get(name);
      return doc ? Y.encodeStateAsUpdate(doc) : null;
    },
    recheck: () => recheckOnce(),
    async flush() {
      for (const [name, doc] of hp.documents) await storeNow(name, doc).catch((err) => console.error(`collaboration: could not store ${name}`, err));
    },
  };
  services.collab = live;

  portal.shutdownHooks.push(async () => {
    stopping = true;
    clearInterval(timer);
    const loaded = [...hp.documents.entries()];
    // No more incoming edits: close every socket, then store what every loaded document holds.
    for (const ws of wss.clients) ws.close(1012, 'server-restarting');
    for (const [name, doc] of loaded) await storeNow(name, doc).catch((err) => console.error(`collaboration: could not store ${name}`, err));
    await Promise.allSettled([...hp.unloadingDocuments.values()]);
    await new Promise((r) => setTimeout(r, 50));
    await Promise.allSettled([...hp.unloadingDocuments.values()]);
    for (const ws of wss.clients) ws.terminate();
    wss.close();
    if (redis) await redis.onDestroy().catch(() => {});
  });

  return { hocuspocus: hp, live, wss };
}
