/**
 * The collaboration server: Hocuspocus on the portal's own port at /collab, made of one small extension per concern
 * (authentication, update guard, permission re-check, presence, persistence, and with REDIS_URL the fan-out between
 * processes). attachCollaboration registers the WebSocket upgrade, puts the live documents on the services
 * (services.collab) for the pages, and stores every open document on graceful shutdown.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import type { Services } from '../../../platform/context.server';
import type { CollabLive } from '../collaboration.server';
import { AuthenticationExtension } from './authentication';
import { PermissionRecheckExtension } from './permission-recheck';
import { PersistenceExtension } from './persistence';
import { PresenceExtension } from './presence';
import { RoomExtension } from '../../room/room-live.server';
import { parseRoomName } from '../../room/room-doc';
import { redisFanOut } from './redis';
import { UpdateGuardExtension } from './update-guard';
import { fromAddressedHost } from '../../../platform/server/request-guards.server';

declare module '../../../platform/context.server' {
  interface Services {
    /** Live collaborative documents (set by attachCollaboration). */
    collab?: CollabLive;
  }
}

/** What the collaboration server needs of the HTTP server it joins. */
export interface CollaborationHost {
  /** Handlers for WebSocket upgrades by path prefix. */
  upgradeHandlers: Map<string, (req: http.IncomingMessage, socket: Duplex, head: Buffer) => void>;
  /** Run on graceful shutdown before the database closes. */
  shutdownHooks: (() => Promise<void>)[];
}

const SERVER_EDIT = 'plenary-server';

/**
 * A WebSocket from another site's page is refused, by the rule HTTP requests follow (browsers always send Origin
 * on WebSocket handshakes; other clients need none).
 */
const sameOrigin = (req: http.IncomingMessage) =>
  !req.headers.origin || fromAddressedHost(req.headers.origin, req.headers);

/** When the derived copy is written after edits, and how many appended stores are folded into the state at once. */
const PERSISTENCE = {
  deriveDelayMs: 2000,
  deriveMaxDelayMs: 10_000,
  compactAfter: 100,
  // A meeting room's live document is written by the server from meeting_room_events (see room-live.server.ts).
  skip: (name: string) => parseRoomName(name) !== null,
};

export function attachCollaboration(host: CollaborationHost, services: Services) {
  const settings = services.config.collab;
  const persistence = new PersistenceExtension(services.db, PERSISTENCE);
  const recheck = new PermissionRecheckExtension(services, settings.recheckMs);
  const redis = services.config.redisUrl ? redisFanOut(services.config.redisUrl, settings.redisPrefix) : undefined;
  const extensions: Extension[] = [
    ...(redis ? [redis] : []),
    new AuthenticationExtension(services),
    new UpdateGuardExtension(settings.maxUpdateBytes),
    recheck,
    new PresenceExtension(),
    persistence,
    new RoomExtension(services.db, settings.roomHeartbeatMs),
  ];
  const hp = new Hocuspocus({
    name: 'plenary',
    quiet: true,
    debounce: settings.debounceMs,
    maxDebounce: settings.maxDebounceMs,
    timeout: settings.timeoutMs,
    extensions,
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: settings.maxUpdateBytes + 64 * 1024 });
  let stopping = false;
  host.upgradeHandlers.set('/collab', (req, socket, head) => {
    if (stopping || !sameOrigin(req)) {
      socket.write(`HTTP/1.1 ${stopping ? '503 Service Unavailable' : '403 Forbidden'}\r\nConnection: close\r\n\r\n`);
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => hp.handleConnection(ws, req));
  });

  const settleAll = async () => {
    for (const [name, doc] of hp.documents)
      await persistence.settle(name, doc).catch((err) => console.error(`collaboration: could not store ${name}`, err));
  };

  const live: CollabLive = {
    async withDocument(name, fn) {
      const connection = await hp.openDirectConnection(name, { system: true });
      try {
        await connection.transact((doc) => doc.transact(() => fn(doc), SERVER_EDIT));
        const doc = hp.documents.get(name);
        if (doc) await persistence.settle(name, doc);
      } finally {
        await connection.disconnect();
      }
    },
    async currentState(name) {
      const doc = hp.documents.get(name);
      return doc ? Y.encodeStateAsUpdate(doc) : null;
    },
    recheck: () => recheck.recheck(),
    flush: settleAll,
  };
  services.collab = live;

  host.shutdownHooks.push(async () => {
    stopping = true;
    recheck.stop();
    // No more incoming edits: every socket closes (or is cut after a moment). Then what every loaded document holds
    // is stored and persistence closes before the database: a store Hocuspocus still has scheduled finds it closed.
    for (const ws of wss.clients) ws.close(1012, 'server-restarting');
    await new Promise((r) => setTimeout(r, 50));
    for (const ws of wss.clients) ws.terminate();
    wss.close();
    await settleAll();
    await Promise.allSettled([...hp.unloadingDocuments.values()]);
    persistence.close();
    // Stops the extensions' timers and, with Redis, its connections.
    await hp.hooks('onDestroy', { instance: hp }).catch((err) => console.error('collaboration: on shutdown', err));
  });

  return { hocuspocus: hp, live, wss };
}
