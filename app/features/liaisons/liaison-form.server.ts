/** A liaison statement's form turned into the fields it is stored with. */
import { parseOrThrow } from '../../platform/validation';
import { endOfDay } from '../meetings/deadlines';
import { liaisonFields, type incomingLiaisonFields } from './liaison-input';

/** The statement's fields from its form (checked by `schema`), the reply deadline at the end of its day (endOfDay). */
export function parseLiaisonFields(
  input: Record<string, unknown>,
  timeZone: string,
  schema: typeof liaisonFields | typeof incomingLiaisonFields = liaisonFields,
) {
  const data = parseOrThrow(schema, input);
  return {
    title: data.title,
    source: data.source,
    addressees: data.addressees,
    contacts: data.contacts,
    replyDeadline: data.replyDeadline ? endOfDay(data.replyDeadline, timeZone) : null,
    questions: data.questions
      .split(/[,;\n]/)
      .map((q) => q.trim())
      .filter(Boolean),
    inReplyToId: data.inReplyToId || null,
    body: data.body,
    answersIncoming: data.answersIncoming,
  };
}
