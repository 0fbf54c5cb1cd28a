/**
 * Who may connect: the portal session cookie (the same session as HTTP), then the collaboration policy on the
 * document. Editors get a writable connection, readers a read-only one, everyone else a refusal with a reason the
 * editor shows ("not-signed-in", "session-expired", "no-such-document", "forbidden").
 */
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import type { Services } from '../../../platform/context.server';
import { loadPrincipal } from '../../groups/permissions.server';
import { collabAccess, collabSubject } from '../policy.server';

/** What every connection carries from its authentication: who it is and under which session. */
export interface ConnectionContext {
  userId: string;
  userName: string;
  sessionId: string;
}

/** An error whose reason the provider receives (onAuthenticationFailed / onClose). */
export const refusal = (reason: string, code?: number) => Object.assign(new Error(reason), { reason, code });

export class AuthenticationExtension implements Extension {
  extensionName = 'plenary-authentication';

  constructor(private readonly services: Pick<Services, 'db' | 'auth'>) {}

  async onAuthenticate({
    requestHeaders,
    documentName,
    connectionConfig,
  }: onAuthenticatePayload): Promise<ConnectionContext> {
    const { db, auth } = this.services;
    const sessionId = auth.readSessionCookie(String(requestHeaders.cookie ?? ''));
    if (!sessionId) throw refusal('not-signed-in');
    const { session, user } = await auth.validateSession(sessionId);
    if (!session || !user) throw refusal('session-expired');
    const subject = await collabSubject(db, documentName);
    if (!subject) throw refusal('no-such-document');
    const access = collabAccess(await loadPrincipal(db, user), subject);
    if (!access) throw refusal('forbidden');
    connectionConfig.readOnly = access === 'read';
    return { userId: user.id, userName: user.name, sessionId: session.id };
  }
}
