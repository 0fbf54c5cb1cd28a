/**
 * The meeting room in a page: what is discussed now (item, document with its link, its decision once recorded) and
 * the moves before it. The server renders the room as it was when the page loaded; in the browser the page then
 * follows the room's live document (read-only, over the collaboration WebSocket with the session cookie) and shows
 * each move and each decision as it happens, without reloading.
 */
import { Link } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { useLocale, useT } from '~/platform/i18n-react';
import type { MessageKey } from '~/i18n';
import { readDecisions, readRoomState, roomName, type LiveDecision, type RoomEntry, type RoomState } from './room-doc';

/** What a page's loader gives the room banner (see roomBanner in room.server.ts). */
export interface RoomBannerData {
  meetingId: string;
  slug: string;
  timeZone: string;
  state: RoomState;
  /** Follow the room live (the meeting is on, or the room moved lately). */
  live: boolean;
  /** The viewer reads the chair's notes: the banner links to those of the item under discussion. */
  notes?: boolean;
}

export type RoomStatus = 'static' | 'connecting' | 'live' | 'offline';

/** The room as it is now: from the page's data, then from the live document while `live`. */
export function useRoom(data: RoomBannerData | null) {
  const [state, setState] = useState<RoomState | null>(data?.state ?? null);
  const [decisions, setDecisions] = useState<Record<string, LiveDecision>>({});
  const [status, setStatus] = useState<RoomStatus>('static');
  // Another meeting's page in the same place (a client-side navigation): start again from its data.
  const [shownMeeting, setShownMeeting] = useState(data?.meetingId);
  if (shownMeeting !== data?.meetingId) {
    setShownMeeting(data?.meetingId);
    setState(data?.state ?? null);
    setDecisions({});
    setStatus('static');
  }
  const meetingId = data?.live ? data.meetingId : null;
  useEffect(() => {
    if (!meetingId) return;
    let stopped = false;
    let stop = () => {};
    // Loaded in the browser only, and only by pages following a room (the editor's chunk shares them).
    void Promise.all([import('@hocuspocus/provider'), import('yjs')]).then(([{ HocuspocusProvider }, Y]) => {
      if (stopped) return;
      setStatus('connecting');
      const doc = new Y.Doc();
      const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/collab`;
      const provider = new HocuspocusProvider({
        url,
        name: roomName(meetingId),
        document: doc,
        // Following the room needs no presence (see HEARTBEAT_MS in room-live.server.ts).
        awareness: null,
        onSynced: () => setStatus('live'),
        onDisconnect: () => setStatus('offline'),
        onAuthenticationFailed: () => setStatus('offline'),
      });
      const read = () => {
        const s = readRoomState(doc);
        if (s) setState((before) => (before && before.seq > s.seq ? before : s));
        setDecisions(readDecisions(doc));
      };
      doc.on('update', read);
      stop = () => {
        doc.off('update', read);
        provider.destroy();
        doc.destroy();
      };
    });
    return () => {
      stopped = true;
      stop();
    };
  }, [meetingId]);
  // A page whose data was loaded again (after an action, a revalidation) may know a newer room than the connection.
  const newest = data && (!state || data.state.seq > state.seq) ? data.state : state;
  return { state: newest, decisions, status };
}

const timeOf = (iso: string, locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(iso))
    .replace(/[\u2009\u202f]/g, ' ');

/** One earlier move, as a line ("10:42 FGMV-I-017 presented"). */
function HistoryLine({ entry, timeZone }: { entry: RoomEntry; timeZone: string }) {
  const t = useT();
  const { locale } = useLocale();
  const time = timeOf(entry.at, locale, timeZone);
  if (entry.kind === 'document' && entry.document)
    return <>{t('room.history.document', { time, document: entry.document.label })}</>;
  if (entry.kind === 'clear') return <>{t('room.history.clear', { time })}</>;
  return <>{t('room.history.item', { time, label: entry.item?.label ?? '' })}</>;
}

/** The decision recorded on the document, as its list shows it. */
export function decisionText(t: ReturnType<typeof useT>, d: LiveDecision) {
  if (!d.decision) return '';
  const decision = t(`documents.decision.${d.decision}` as MessageKey);
  return d.target ? t('room.decisionTarget', { decision, target: d.target.label }) : t('room.decision', { decision });
}

/** A decision as a document list's cell shows it: "Revised (FGMV-I-045)". */
export function liveDecisionLabel(t: ReturnType<typeof useT>, d: LiveDecision) {
  if (!d.decision) return '';
  const decision = t(`documents.decision.${d.decision}` as MessageKey);
  return d.target ? `${decision} (${d.target.label})` : decision;
}

/** The room now and its history; `withLink` adds the link to the room page. */
export function RoomNow({
  data,
  state,
  decisions,
  status,
  withLink = true,
}: {
  data: Pick<RoomBannerData, 'slug' | 'timeZone' | 'notes'>;
  state: RoomState | null;
  decisions: Record<string, LiveDecision>;
  status: RoomStatus;
  withLink?: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const current = state?.current ?? null;
  const earlier = (state?.history ?? []).filter((e) => e.id !== current?.id);
  const decided = current?.document ? decisions[current.document.id] : undefined;
  return (
    <section className="room-now card" aria-labelledby="room-now-h" data-room-status={status}>
      <h2 id="room-now-h">
        {t('room.now')} {status === 'live' && <span className="badge room-live">{t('room.live')}</span>}
        {status === 'offline' && <span className="muted small">{t('room.offline')}</span>}
      </h2>
      <p aria-live="polite" className="room-current">
        {!current ? (
          <span className="muted">{t('room.nothing')}</span>
        ) : (
          <>
            {current.item && (
              <strong className="room-item" dir="auto">
                {t('room.item', { label: current.item.label, title: current.item.title })}
              </strong>
            )}
            {current.item && current.document && ' · '}
            {current.document && (
              <span className="room-document">
                {t('room.document')}:{' '}
                <a href={`/documents/${current.document.id}`}>
                  <bdi>{current.document.label}</bdi>
                </a>{' '}
                <span dir="auto">{current.document.title}</span>
                {decided?.decision && (
                  <>
                    {' '}
                    <span className="badge">{decisionText(t, decided)}</span>
                  </>
                )}
              </span>
            )}{' '}
            <span className="muted small">
              {t('room.since', { time: `${timeOf(current.at, locale, data.timeZone)} (${data.timeZone})` })}
            </span>
          </>
        )}
      </p>
      {earlier.length > 0 && (
        <details className="room-history">
          <summary>{t('room.history')}</summary>
          <ol>
            {earlier.map((e) => (
              <li key={e.id}>
                <HistoryLine entry={e} timeZone={data.timeZone} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {withLink && (
        <p className="small">
          <Link to={`/meetings/${data.slug}/room`}>{t('room.open')}</Link>
          {data.notes && current?.item && (
            <>
              {' · '}
              <Link to={`/meetings/${data.slug}/room#chair-notes`} className="room-notes-link">
                {t('notes.editorLabel', { label: current.item.label })}
              </Link>
            </>
          )}
        </p>
      )}
    </section>
  );
}

/** The banner of the meeting page and its agenda: the room now, followed live. */
export function RoomBanner({ data }: { data: RoomBannerData | null }) {
  const room = useRoom(data);
  if (!data) return null;
  return <RoomNow data={data} {...room} />;
}
