/**
 * Chair's notes beside an agenda item: the saved text for readers; for the chairs and the secretariat a button
 * that opens the item's collaborative notes (created on first use) and, once open, the editor itself. Used on the
 * agenda page per item, and by the meeting room for the item under discussion (ChairNotes).
 */
import { Form, Link } from '@remix-run/react';
import { useT } from '~/platform/i18n-react';
import { CollabEditor, SavedText, type PMJson } from './editor/collab-editor';

export interface NotesView {
  name: string;
  text: string;
  content: unknown;
}

interface ItemNotesProps {
  itemId: string;
  itemLabel: string;
  notes: NotesView | null;
  /** The viewer writes notes (chairs and secretariat of the meeting's group). */
  canWrite: boolean;
  /** This item's editor is open (?notes=<itemId>). */
  open: boolean;
  user: { id: string; name: string } | null;
}

const saved = (n: NotesView) => <SavedText content={n.content as PMJson | null} text={n.text} />;

/** The notes under one item of the agenda's item list. */
export function ItemNotes({ itemId, itemLabel, notes, canWrite, open, user }: ItemNotesProps) {
  const t = useT();
  if (canWrite && open && notes && user)
    return (
      <div className="item-notes" id={`notes-${itemId}`}>
        <h3 className="small">{t('notes.editorLabel', { label: itemLabel })}</h3>
        <CollabEditor
          name={notes.name}
          user={user}
          canEdit
          label={t('notes.editorLabel', { label: itemLabel })}
          fallback={saved(notes)}
        />
        <Link to="." className="small" preventScrollReset>
          {t('notes.close')}
        </Link>
      </div>
    );
  const hasText = !!notes?.text.trim();
  if (!hasText && !canWrite) return null;
  return (
    <div className="item-notes" id={`notes-${itemId}`}>
      {hasText && (
        <div className="notes-text">
          <span className="muted small">{t('notes.title')}</span>
          {saved(notes!)}
        </div>
      )}
      {canWrite &&
        (notes ? (
          <Link to={`?notes=${itemId}#notes-${itemId}`} className="small" preventScrollReset>
            {t('notes.edit')}
          </Link>
        ) : (
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="open-notes" />
            <input type="hidden" name="itemId" value={itemId} />
            <button type="submit" className="small secondary">
              {t('notes.write')}
            </button>
          </Form>
        ))}
    </div>
  );
}

/**
 * The chair's notes of the item under discussion, for the meeting room: the saved text, or the editor for those who
 * write notes. `notes` as itemNotes (notes.server.ts) gives it; nothing is shown when it is null.
 */
export function ChairNotes({
  notes,
  itemLabel,
  user,
}: {
  notes: (NotesView & { exists: boolean; canEdit: boolean }) | null;
  itemLabel: string;
  user: { id: string; name: string } | null;
}) {
  const t = useT();
  if (!notes || (!notes.exists && !notes.canEdit)) return null;
  return (
    <section className="card item-notes" aria-label={t('notes.editorLabel', { label: itemLabel })}>
      <h2>{t('notes.title')}</h2>
      {notes.canEdit && notes.exists && user ? (
        <CollabEditor
          name={notes.name}
          user={user}
          canEdit
          label={t('notes.editorLabel', { label: itemLabel })}
          fallback={saved(notes)}
        />
      ) : (
        saved(notes)
      )}
    </section>
  );
}
