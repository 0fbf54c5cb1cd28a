import { z } from 'zod';

const optionalId = (message: string) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().uuid(message).optional());

/**
 * The room's controls, checked in the browser and on the server alike: "move" takes up an agenda item and, if one
 * is chosen, presents a document (a document alone takes up its own item); "clear" empties the room.
 */
export const roomMoveForm = z
  .object({
    intent: z.enum(['move', 'clear']).default('move'),
    agendaItemId: optionalId('room.itemNotOnAgenda'),
    documentId: optionalId('room.documentUnknown'),
  })
  .superRefine((v, ctx) => {
    if (v.intent === 'move' && !v.agendaItemId && !v.documentId)
      ctx.addIssue({ code: 'custom', path: ['agendaItemId'], message: 'room.chooseItem' });
  });
