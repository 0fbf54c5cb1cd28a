/**
 * Who is editing and who is only reading, as the server knows it: each connection's access comes from the
 * collaboration policy (a read-only connection reads), never from what a browser says of itself. Whenever the
 * people present change (an awareness client comes or goes) or a connection's access changes, every connection of
 * the document is sent the map of awareness client ids to "edit" or "read"; the editor shows each person with it.
 */
import type { Document, Extension, onAwarenessUpdatePayload } from '@hocuspocus/server';

export interface PresenceMessage {
  type: 'presence';
  clients: Record<string, 'edit' | 'read'>;
}

export function presenceOf(document: Document): PresenceMessage {
  const clients: PresenceMessage['clients'] = {};
  for (const { connection, clients: ids } of document.connections.values())
    for (const clientId of ids) clients[String(clientId)] = connection.readOnly ? 'read' : 'edit';
  return { type: 'presence', clients };
}

/** Sends every connection of the document who is editing and who is reading. */
export function announcePresence(document: Document) {
  const message = JSON.stringify(presenceOf(document));
  for (const connection of document.getConnections()) connection.sendStateless(message);
}

export class PresenceExtension implements Extension {
  extensionName = 'plenary-presence';

  async onAwarenessUpdate({ document, added, removed }: onAwarenessUpdatePayload) {
    // Cursor moves update awareness constantly; only arrivals and departures change who is there.
    if (added.length || removed.length) announcePresence(document);
  }
}
