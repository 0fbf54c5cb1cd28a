import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { MeetingForm } from '~/features/meetings/meeting-form';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { createMeeting, newMeetingForm } from '~/features/meetings/meeting-admin.server';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('submissions.meeting.newTitle', { group: data.group.code })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => json(await newMeetingForm(context.db, principal, params.slug!)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const meeting = await createMeeting(context.db, principal, params.slug!, await readFormData(request));
    return redirect(`/meetings/${meeting.slug}`);
  });
}

export default function NewMeeting() {
  const { group, defaults, rules } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to={`/groups/${group.slug}`}>{group.code}</Link>
      </nav>
      <h1>{t('submissions.meeting.newTitle', { group: group.code })}</h1>
      <MeetingForm
        values={{
          title: '',
          number: '',
          startsOn: '',
          endsOn: '',
          startTime: '',
          endTime: '',
          locationKind: 'physical',
          place: '',
          host: '',
          deadlineMode: 'rule',
          deadlineDate: '',
          deadlineTime: '',
          acceptsLate: false,
          notes: '',
          ...defaults,
        }}
        rule={{ days: group.deadlineDaysBefore, time: group.deadlineTime }}
        rules={rules}
        rulesUrl={`/groups/${group.slug}/deadlines`}
        result={result}
        submitLabel={t('submissions.meeting.create')}
      />
    </>
  );
}
