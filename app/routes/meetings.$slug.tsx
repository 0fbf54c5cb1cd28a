import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { placeLabel } from '~/features/meetings/meeting-card';
import { When } from '~/components/when';
import { formatDateRange } from '~/platform/format';
import { load } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { getMeetingBySlug, meetingPhase } from '~/features/meetings/meetings.server';
import { meetingDeadlines } from '~/features/meetings/meeting-deadlines.server';
import { DEADLINE_KINDS, isOpen } from '~/features/meetings/deadlines';
import { meetingAbilities } from '~/features/meetings/policy.server';
import { meetingParticipationLinks } from '~/features/participation/pages.server';
import { meetingOutcome } from '~/features/meetings/outcome.server';
import { roomBanner } from '~/features/room/room.server';
import { RoomBanner } from '~/features/room/room-banner';
import { meetingOutputs } from '~/features/report/meeting-outputs.server';
import { MeetingOutputs } from '~/features/report/meeting-outputs';
import { reportDraftVisible } from '~/features/report/report.server';
import type { MessageKey } from '~/i18n';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && (() => data.meeting.title));

export async function loader({ context, params }: LoaderFunctionArgs) {
  return load(context, async () => {
    const { meeting, group } = await getMeetingBySlug(context.db, params.slug!);
    const now = new Date();
    const may = await meetingAbilities(context.db, context.principal, meeting, group);
    const allowed = { submit: may.submit, manage: may.manage, register: may.manageDocuments };
    const phase = meetingPhase(meeting, now);
    const deadlines = await meetingDeadlines(context.db, meeting.id);
    return json({
      outcome: phase === 'past' ? await meetingOutcome(context.db, context.principal, meeting.id) : null,
      outputs: phase === 'past' ? await meetingOutputs(context.db, context.principal, meeting.id) : null,
      reportDrafting: phase === 'past' && (await reportDraftVisible(context.db, context.principal, meeting)),
      participation: await meetingParticipationLinks(context.db, context.principal, meeting, group),
      room: await roomBanner(context.db, context.principal, meeting, phase === 'ongoing', now),
      meeting,
      group,
      allowed,
      phase,
      deadlines: DEADLINE_KINDS.flatMap((kind) => {
        const at = deadlines[kind];
        return at ? [{ kind, at, passed: !isOpen(at, now) }] : [];
      }),
    });
  });
}

const OUTCOME_COUNTS = ['late', 'revisions', 'withdrawn'] as const;

export default function MeetingPage() {
  const { meeting, group, allowed, phase, deadlines, outcome, outputs, reportDrafting, room, participation } =
    useLoaderData<typeof loader>();
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link>
      </nav>
      <h1>{meeting.title}</h1>
      <nav aria-label={t('meeting.sections')} className="subnav">
        {meeting.takesContributions && (
          <Link to={`/meetings/${meeting.slug}/documents`}>{t('meeting.nav.documents')}</Link>
        )}
        <Link to={`/meetings/${meeting.slug}/agenda`}>{t('meeting.nav.agenda')}</Link>
        <Link to={`/meetings/${meeting.slug}/liaisons`}>{t('meeting.nav.liaisons')}</Link>
        {room && <Link to={`/meetings/${meeting.slug}/room`}>{t('room.nav')}</Link>}
        {(phase === 'ongoing' || phase === 'past') && (
          <Link to={`/meetings/${meeting.slug}/report`}>{t('report.nav')}</Link>
        )}
        {allowed.submit && (
          <Link to={`/meetings/${meeting.slug}/submit`} className="button small">
            {t('meeting.nav.submit')}
          </Link>
        )}
        {allowed.submit && meeting.takesContributions && (
          <Link to={`/meetings/${meeting.slug}/reserve`}>{t('reservations.link')}</Link>
        )}
        {allowed.register && meeting.takesContributions && (
          <Link to={`/meetings/${meeting.slug}/registration`}>{t('meeting.nav.registration')}</Link>
        )}
        {phase !== 'past' && (
          <Link to={`/meetings/${meeting.slug}/attend`}>
            {t(participation.registered ? 'participation.nav.yourRegistration' : 'participation.nav.attend')}
          </Link>
        )}
        {participation.participants && (
          <Link to={`/meetings/${meeting.slug}/participants`}>{t('participation.nav.participants')}</Link>
        )}
        {participation.organisations && !participation.participants && (
          <Link to={`/meetings/${meeting.slug}/attend#organisations`}>{t('participation.attend.organisations')}</Link>
        )}
        {allowed.manage && <Link to={`/meetings/${meeting.slug}/edit`}>{t('meeting.nav.edit')}</Link>}
      </nav>
      {phase === 'past' && <p className="alert info">{t('meeting.past')}</p>}
      {outputs && <MeetingOutputs outputs={outputs} meetingSlug={meeting.slug} reportDrafting={reportDrafting} />}
      {phase === 'ongoing' && <p className="alert info">{t('meeting.ongoing')}</p>}
      <RoomBanner data={room} />
      {phase === 'deadline_passed' && (
        <p className="alert info">
          {t('meeting.deadlinePassed')}
          {meeting.acceptsLate && <> {t('meeting.lateAccepted')}</>}
        </p>
      )}
      <dl className="facts card">
        <dt>{t('meeting.dates')}</dt>
        <dd>{formatDateRange(meeting.startsOn, meeting.endsOn, locale)}</dd>
        {meeting.startTime && (
          <>
            <dt>{t('meeting.time')}</dt>
            <dd>
              {meeting.startTime}–{meeting.endTime} ({meeting.timeZone})
            </dd>
          </>
        )}
        <dt>{t('meeting.place')}</dt>
        <dd>{placeLabel(meeting, t)}</dd>
        {meeting.host && (
          <>
            <dt>{t('meeting.host')}</dt>
            <dd>{meeting.host}</dd>
          </>
        )}
        {deadlines.length === 0 && (
          <>
            <dt>{t('meeting.deadline')}</dt>
            <dd>{t('meeting.noDeadline')}</dd>
          </>
        )}
      </dl>
      {deadlines.length > 0 && (
        <section aria-labelledby="deadlines" className="deadline-list">
          <h2 id="deadlines">{t('deadlines.heading')}</h2>
          <dl className="facts card">
            {deadlines.map((d) => (
              <div key={d.kind} className={d.passed ? 'past' : undefined}>
                <dt>{t(`deadlines.kind.${d.kind}`)}</dt>
                <dd>
                  <When instant={d.at} meetingZone={meeting.timeZone} />
                  {d.passed && <span className="badge neutral">{t('deadlines.passed')}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {meeting.notes && <p>{meeting.notes}</p>}
      {outcome ? (
        <section aria-labelledby="outcome">
          <h2 id="outcome">{t('meeting.outcome.title')}</h2>
          <p>
            <strong>{t('meeting.outcome.documents', { count: outcome.totals.all })}</strong>
            {OUTCOME_COUNTS.map((k) => (
              <span key={k}> · {t(`meeting.outcome.${k}`, { count: outcome.totals[k] })}</span>
            ))}
            {outcome.incomingStatements > 0 && (
              <> · {t('meeting.outcome.incoming', { count: outcome.incomingStatements })}</>
            )}{' '}
            {meeting.takesContributions && (
              <Link to={`/meetings/${meeting.slug}/documents`}>{t('meeting.outcome.list')}</Link>
            )}
          </p>
          <h3>{t('meeting.outcome.decisions')}</h3>
          {outcome.decisions.length === 0 ? (
            <p className="muted">{t('meeting.outcome.noDecisions')}</p>
          ) : (
            <ul className="inline-list">
              {outcome.decisions.map((d) => (
                <li key={d.decision}>
                  <Link to={`/meetings/${meeting.slug}/documents?decision=${d.decision}`}>
                    {t(`decision.${d.decision}` as MessageKey)}: <strong>{d.n}</strong>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}
