/**
 * The collaborative editor (browser only; the .client suffix keeps it out of the server bundle): Tiptap 3 with
 * Collaboration (the Y.Doc) and CollaborationCaret (others' cursors with their names), headings, lists, tables,
 * links. The Hocuspocus provider connects to /collab on the portal's own port with the session cookie; while
 * offline the changes stay in the page and merge when the connection returns.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { useT } from '~/platform/i18n-react';
import { documentExtensions } from './extensions';

export interface EditorProps {
  name: string;
  user: { name: string; id: string };
  canEdit: boolean;
  label: string;
}

const COLORS = ['#b3261e', '#0b57d0', '#146c2e', '#8e24aa', '#a15c00', '#00639b', '#c2185b', '#4a6400'];
const colorFor = (id: string) => COLORS[[...id].reduce((a, c) => a + c.charCodeAt(0), 0) % COLORS.length];

type Status = 'connecting' | 'connected' | 'disconnected';

interface Session {
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

/**
 * The Y.Doc and its connection are made in an effect, not during render: React may render a component and throw
 * the result away (a concurrent or interrupted render), and a provider made there would connect and never be
 * destroyed, while the page showed another that stayed "Connecting…".
 */
export default function CollabEditorClient(props: EditorProps) {
  const t = useT();
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const doc = new Y.Doc();
    const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/collab`;
    const provider = new HocuspocusProvider({ url, name: props.name, document: doc });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- made here, not in render (see above), so it reaches render through state
    setSession({ doc, provider });
    return () => {
      setSession(null);
      provider.destroy();
      doc.destroy();
    };
  }, [props.name]);
  if (!session) {
    return (
      <div className="collab-editor" data-status="connecting" data-saved="no">
        <p className="collab-status" role="status">
          {t('collab.status.connecting')}
        </p>
      </div>
    );
  }
  return <LiveEditor key={props.name} {...props} {...session} />;
}

function LiveEditor({ user, canEdit, label, doc, provider }: EditorProps & Session) {
  const t = useT();
  const [status, setStatus] = useState<Status>('connecting');
  const [unsynced, setUnsynced] = useState(0);
  const [scope, setScope] = useState<'read-write' | 'readonly' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [states, setStates] = useState<[number, { user?: { name?: string; color?: string } }][]>([]);
  // Who edits and who reads, by awareness client id, as the server decides it (see server/presence.ts).
  const [access, setAccess] = useState<Record<string, 'edit' | 'read'>>({});
  useEffect(() => {
    const onStatus = ({ status }: { status: Status }) => setStatus(status);
    const onUnsynced = ({ number }: { number: number }) => setUnsynced(number);
    const onAuth = () => setScope(provider.authorizedScope ?? null);
    const onFailed = ({ reason }: { reason: string }) => setProblem(t('collab.status.refused', { reason }));
    const onClose = ({ event }: { event: { reason?: string } }) => {
      if (event.reason && event.reason !== 'provider_initiated')
        setProblem(t('collab.status.closed', { reason: event.reason }));
    };
    const onStateless = ({ payload }: { payload: string }) => {
      try {
        const m = JSON.parse(payload);
        if (m.type === 'access') setScope(m.access === 'edit' ? 'read-write' : 'readonly');
        if (m.type === 'presence') setAccess(m.clients);
      } catch {
        /* not ours */
      }
    };
    const onAwareness = () => setStates([...(provider.awareness?.getStates().entries() ?? [])]);
    provider.on('status', onStatus);
    provider.on('unsyncedChanges', onUnsynced);
    provider.on('authenticated', onAuth);
    provider.on('authenticationFailed', onFailed);
    provider.on('close', onClose);
    provider.on('stateless', onStateless);
    provider.on('awarenessUpdate', onAwareness);
    // Events may have fired before this effect ran: start from the provider's current state.
    const ws = provider.configuration.websocketProvider as unknown as { status?: Status };
    // eslint-disable-next-line react-hooks/set-state-in-effect -- catching up with events that fired before the subscription
    if (ws.status) setStatus(ws.status);
    if (provider.isAuthenticated) setScope(provider.authorizedScope ?? null);
    setUnsynced(provider.unsyncedChanges);
    const onSynced = () => {
      setUnsynced(provider.unsyncedChanges);
      if (provider.isAuthenticated) setScope(provider.authorizedScope ?? null);
      if (ws.status) setStatus(ws.status);
    };
    provider.on('synced', onSynced);
    onAwareness();
    return () => {
      provider.off('status', onStatus);
      provider.off('unsyncedChanges', onUnsynced);
      provider.off('authenticated', onAuth);
      provider.off('authenticationFailed', onFailed);
      provider.off('close', onClose);
      provider.off('stateless', onStateless);
      provider.off('awarenessUpdate', onAwareness);
      provider.off('synced', onSynced);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes identity on every render
  }, [provider, doc]);

  const people = presentPeople(states, access);
  const editable = canEdit && scope === 'read-write';
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: false,
      extensions: [
        ...documentExtensions,
        Collaboration.configure({ document: doc }),
        CollaborationCaret.configure({ provider, user: { name: user.name, color: colorFor(user.id) } }),
      ],
      editorProps: { attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', class: 'prose' } },
    },
    [provider],
  );

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  const statusText =
    problem ??
    (status === 'disconnected'
      ? t('collab.status.offline')
      : status === 'connecting'
        ? t('collab.status.connecting')
        : scope === 'readonly' || !canEdit
          ? t('collab.status.readOnly')
          : unsynced > 0
            ? t('collab.status.saving')
            : t('collab.status.saved'));

  const run = (fn: () => void) => (e: React.MouseEvent) => {
    e.preventDefault();
    fn();
  };
  const chain = () => editor!.chain().focus();
  return (
    <div
      className="collab-editor"
      data-status={status}
      data-saved={unsynced === 0 && status === 'connected' ? 'yes' : 'no'}
    >
      <div className="collab-bar">
        <p className={`collab-status${problem ? ' error' : ''}`} role="status" aria-live="polite">
          {statusText}
        </p>
        <p className="collab-people" aria-label={t('collab.present')}>
          <span className="muted">{t('collab.present')}:</span>{' '}
          {people.map((p) => (
            <span key={p.name} className="person" data-access={p.access} style={{ borderColor: p.color }}>
              {p.access === 'edit'
                ? t('collab.presence.editing', { name: p.name })
                : p.access === 'read'
                  ? t('collab.presence.reading', { name: p.name })
                  : p.name}
            </span>
          ))}
        </p>
      </div>
      {editable && editor && (
        <div className="toolbar" role="toolbar" aria-label={t('collab.toolbar')}>
          <button type="button" onClick={run(() => chain().toggleBold().run())} aria-pressed={editor.isActive('bold')}>
            {t('collab.tool.bold')}
          </button>
          <button
            type="button"
            onClick={run(() => chain().toggleItalic().run())}
            aria-pressed={editor.isActive('italic')}
          >
            {t('collab.tool.italic')}
          </button>
          <button type="button" onClick={run(() => chain().toggleHeading({ level: 2 }).run())}>
            {t('collab.tool.h2')}
          </button>
          <button type="button" onClick={run(() => chain().toggleHeading({ level: 3 }).run())}>
            {t('collab.tool.h3')}
          </button>
          <button type="button" onClick={run(() => chain().toggleBulletList().run())}>
            {t('collab.tool.bullet')}
          </button>
          <button type="button" onClick={run(() => chain().toggleOrderedList().run())}>
            {t('collab.tool.ordered')}
          </button>
          <button type="button" onClick={run(() => chain().sinkListItem('listItem').run())}>
            {t('collab.tool.indent')}
          </button>
          <button type="button" onClick={run(() => chain().liftListItem('listItem').run())}>
            {t('collab.tool.outdent')}
          </button>
          <button
            type="button"
            onClick={run(() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
          >
            {t('collab.tool.table')}
          </button>
          <button
            type="button"
            onClick={run(() => {
              const href = window.prompt(t('collab.tool.linkPrompt'));
              if (href && /^(https?:|mailto:)/.test(href)) chain().setLink({ href }).run();
            })}
          >
            {t('collab.tool.link')}
          </button>
          <button type="button" onClick={run(() => chain().undo().run())}>
            {t('collab.tool.undo')}
          </button>
          <button type="button" onClick={run(() => chain().redo().run())}>
            {t('collab.tool.redo')}
          </button>
        </div>
      )}
      <EditorContent editor={editor} className="collab-content" />
    </div>
  );
}

interface Present {
  name: string;
  color?: string;
  access?: 'edit' | 'read';
}

/**
 * Each person once (several tabs of one person are one entry), editors first: editing in any tab makes them an
 * editor. Without the server's word yet (or for a person connected to another portal process) no role is shown.
 */
function presentPeople(
  states: [number, { user?: { name?: string; color?: string } }][],
  access: Record<string, 'edit' | 'read'>,
): Present[] {
  const byName = new Map<string, Present>();
  for (const [clientId, state] of states) {
    const name = state.user?.name;
    if (!name) continue;
    const seen = byName.get(name);
    const role = access[String(clientId)];
    byName.set(name, {
      name,
      color: seen?.color ?? state.user?.color,
      access: seen?.access === 'edit' || role === 'edit' ? 'edit' : (role ?? seen?.access),
    });
  }
  return [...byName.values()].sort((a, b) => Number(b.access === 'edit') - Number(a.access === 'edit'));
}
