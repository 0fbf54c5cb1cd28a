import { Link } from '@remix-run/react';
import type { SerializeFrom } from '@remix-run/node';
import type { Meeting } from '~/features/meetings/meetings.server';
import { formatDateRange } from '~/platform/format';
import { useLocale, useT } from '~/platform/i18n-react';
import { When } from '../../components/when';
import { isOpen } from './deadlines';

export function placeLabel(m: Pick<SerializeFrom<Meeting>, 'locationKind' | 'place'>, t: ReturnType<typeof useT>) {
  if (m.locationKind === 'virtual') return t('meeting.virtual');
  if (m.locationKind === 'hybrid') return t('meeting.hybrid', { place: m.place });
  return m.place;
}

export function MeetingCard({ meeting, groupCode }: { meeting: SerializeFrom<Meeting>; groupCode?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const deadlinePassed = !isOpen(meeting.inputDeadline, new Date());
  return (
    <article className="card meeting-card">
      <h3>
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </h3>
      <p className="muted small">
        {groupCode && <>{groupCode} · </>}
        {formatDateRange(meeting.startsOn, meeting.endsOn, locale)} · {placeLabel(meeting, t)}
      </p>
      {meeting.takesContributions && meeting.inputDeadline ? (
        <div className="small">
          <strong>{t('meeting.deadline')}: </strong>
          {deadlinePassed && <span className="badge neutral">{t('meeting.deadlinePassed')}</span>}
          <div>
            <When instant={meeting.inputDeadline} meetingZone={meeting.timeZone} />
          </div>
        </div>
      ) : (
        <p className="small muted">{t('meeting.noDeadline')}</p>
      )}
    </article>
  );
}
