import { useEffect, useState } from 'react';
import { formatInstant, zoneName } from '~/platform/format';
import { useLocale, useT } from '~/platform/i18n-react';

/**
 * An instant shown in the meeting's time zone and in the viewer's. The viewer's zone comes from the tz cookie
 * (set by the page's script) so the server renders it too; without it, the browser fills it in after load.
 */
export function When({ instant, meetingZone }: { instant: Date | string; meetingZone: string }) {
  const t = useT();
  const { locale, viewerTimeZone } = useLocale();
  const [viewerZone, setViewerZone] = useState(viewerTimeZone);
  // The viewer's zone is known only in the browser: the server renders the cookie's zone, then the browser corrects it.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setViewerZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const iso = new Date(instant).toISOString();
  const inMeeting = t('meeting.deadlineMeetingTime', {
    time: formatInstant(instant, locale, meetingZone),
    zone: zoneName(instant, locale, meetingZone),
  });
  const viewer = viewerZone ?? 'UTC';
  return (
    <time dateTime={iso} className="when">
      <span className="when-meeting">{inMeeting}</span>
      {viewer !== meetingZone && (
        <span className="when-viewer">
          {t('meeting.deadlineYourTime', {
            time: formatInstant(instant, locale, viewer),
            zone: zoneName(instant, locale, viewer),
          })}
        </span>
      )}
    </time>
  );
}
