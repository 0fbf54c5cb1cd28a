/**
 * The chair's notes beside the room: those of the agenda item under discussion. Delegates read the saved text; the
 * chairs and the secretariat write in the live editor (ChairNotes), or open the item's notes when none exist yet.
 * The notes follow the room: when a move takes up another item, the page loads that item's notes again.
 */
import { Form, useRevalidator } from '@remix-run/react';
import { useEffect } from 'react';
import { ChairNotes, type NotesView } from '~/features/collaboration/notes-panel';
import { useT } from '~/platform/i18n-react';

export type RoomNotesView = (NotesView & { exists: boolean; canEdit: boolean }) | null;

/** How long at most followers wait before loading the notes of a newly taken up item (spreads 200 reloads). */
const SPREAD_MS = 1500;

/**
 * Loads the page's data again when the room has moved to another item than the one whose notes the page holds.
 * `spread`: wait a random moment first (for followers, so that a move does not bring every delegate at once).
 */
export function useNotesFollowRoom(currentItemId: string | null, loadedItemId: string | null, spread: boolean) {
  // The router's own revalidate: the same function on every render.
  const { revalidate } = useRevalidator();
  useEffect(() => {
    if (currentItemId === loadedItemId) return;
    const timer = setTimeout(() => void revalidate(), spread ? Math.random() * SPREAD_MS : 0);
    return () => clearTimeout(timer);
  }, [currentItemId, loadedItemId, spread, revalidate]);
}

/** The notes of the item under discussion (`itemLabel`), or nothing when there is no item or they may not be read. */
export function RoomNotes({
  itemId,
  itemLabel,
  notes,
  user,
}: {
  itemId: string;
  itemLabel: string;
  notes: RoomNotesView;
  user: { id: string; name: string } | null;
}) {
  const t = useT();
  if (!notes) return null;
  if (notes.exists) return <ChairNotes key={notes.name} notes={notes} itemLabel={itemLabel} user={user} />;
  return (
    <section className="card item-notes" aria-label={t('notes.editorLabel', { label: itemLabel })}>
      <h2>{t('notes.title')}</h2>
      {notes.canEdit ? (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="open-notes" />
          <input type="hidden" name="itemId" value={itemId} />
          <button type="submit" className="secondary">
            {t('notes.write')}
          </button>
        </Form>
      ) : (
        <p className="muted">{t('room.notesNone', { label: itemLabel })}</p>
      )}
    </section>
  );
}
