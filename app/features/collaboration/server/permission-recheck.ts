/**
 * Open connections lose what they no longer may do: every few seconds, and on demand after a role or a statement's
 * state changes, each connection is checked again with the collaboration policy. A withdrawn role or an expired
 * session closes it ("access-withdrawn", "session-expired"); a downgrade makes it read-only and tells the editor.
 */
import type { Extension, Hocuspocus, onConfigurePayload } from '@hocuspocus/server';
import type { Services } from '../../../platform/context.server';
import { loadPrincipal, type Principal } from '../../groups/permissions.server';
import { collabAccess, collabSubject, type CollabAccess, type CollabSubject } from '../policy.server';
import type { ConnectionContext } from './authentication';
import { announcePresence } from './presence';

export class PermissionRecheckExtension implements Extension {
  extensionName = 'plenary-permission-recheck';
  private instance?: Hocuspocus;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;

  constructor(
    private readonly services: Pick<Services, 'db' | 'auth'>,
    private readonly intervalMs: number,
  ) {}

  async onConfigure({ instance }: onConfigurePayload) {
    this.instance = instance;
    this.timer = setInterval(() => void this.recheck(), this.intervalMs);
    this.timer.unref();
  }

  async onDestroy() {
    this.stop();
  }

  stop() {
    clearInterval(this.timer);
  }

  /** Checks every open connection now (one run at a time; callers during a run wait for it). */
  recheck(): Promise<void> {
    return (this.running ??= this.checkAll().finally(() => {
      this.running = null;
    }));
  }

  private async checkAll() {
    const { db, auth } = this.services;
    const sessions = new Map<string, Awaited<ReturnType<typeof auth.validateSession>>>();
    const principals = new Map<string, Principal>();
    const subjects = new Map<string, CollabSubject | null>();
    for (const document of this.instance?.documents.values() ?? []) {
      for (const connection of document.getConnections()) {
        const ctx = connection.context as ConnectionContext | undefined;
        if (!ctx?.sessionId) continue;
        try {
          if (!sessions.has(ctx.sessionId)) sessions.set(ctx.sessionId, await auth.validateSession(ctx.sessionId));
          const { user } = sessions.get(ctx.sessionId)!;
          if (!subjects.has(document.name)) subjects.set(document.name, await collabSubject(db, document.name));
          const subject = subjects.get(document.name)!;
          let access: CollabAccess | null = null;
          if (user && subject) {
            if (!principals.has(user.id)) principals.set(user.id, await loadPrincipal(db, user));
            access = collabAccess(principals.get(user.id)!, subject);
          }
          if (!access) {
            connection.close({ code: 4403, reason: user ? 'access-withdrawn' : 'session-expired' });
          } else if ((access === 'read') !== connection.readOnly) {
            connection.readOnly = access === 'read';
            connection.sendStateless(JSON.stringify({ type: 'access', access }));
            announcePresence(document);
          }
        } catch (err) {
          console.error('collaboration: permission re-check failed', err);
        }
      }
    }
  }
}
