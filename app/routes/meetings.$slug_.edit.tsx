import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { MeetingForm } from '~/features/meetings/meeting-form';
import { formatInstant } from '~/platform/format';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { editMeetingForm, updateMeeting } from '~/features/meetings/meeting-admin.server';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('submissions.meeting.editTitle', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    return json(await editMeetingForm(context.db, principal, params.slug!));
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    await updateMeeting(context.db, principal, params.slug!, await readFormData(request));
    return json({ ok: true as const });
  });
}

export default function EditMeeting() {
  const { meeting, group, deadlineDate, deadlineTime, deadlineMode, ruleNow, rules, ...listed } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('submissions.meeting.editTitle', { meeting: meeting.title })}</h1>
      <p>
        <Link to={`/meetings/${meeting.slug}/late`}>{t('deadlines.late.link')}</Link>
      </p>
      <MeetingForm
        key={JSON.stringify(meeting)}
        values={{
          ...meeting,
          number: meeting.number?.toString() ?? '',
          startTime: meeting.startTime ?? '',
          endTime: meeting.endTime ?? '',
          language: meeting.language ?? '',
          deadlineDate,
          deadlineTime,
          deadlineMode,
          ...listed,
        }}
        rule={{ days: group.deadlineDaysBefore, time: group.deadlineTime }}
        rules={rules}
        rulesUrl={`/groups/${group.slug}/deadlines`}
        ruleNow={formatInstant(ruleNow, locale, meeting.timeZone, { withZone: true })}
        result={result}
        ok={result?.ok ? t('submissions.meeting.saved') : undefined}
        submitLabel={t('submissions.meeting.save')}
      />
    </>
  );
}
