/**
 * The contacts of a document (the persons named on its cover page) and who its acknowledgments go to. A
 * document's contacts receive its acknowledgment e-mails, so their number is capped: the portal must not
 * become a way to mail hundreds of strangers.
 */

/** The most contacts one document may list (cover pages list a handful). */
export const MAX_CONTACTS = 20;

/**
 * Who an acknowledgment goes to: the member who acted and the document's contacts, each once, never more than
 * the member plus MAX_CONTACTS (also for documents stored before the cap).
 */
export function acknowledgmentRecipients(actorEmail: string | undefined, contacts: { email: string }[]): string[] {
  const contactEmails = [...new Set(contacts.map((c) => c.email.trim().toLowerCase()).filter(Boolean))].slice(
    0,
    MAX_CONTACTS,
  );
  return [...new Set([actorEmail?.toLowerCase(), ...contactEmails].filter((e): e is string => !!e))];
}
