import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { SubmissionForm } from '~/features/submissions/submission-form';
import type { SubmitResult } from '~/features/submissions/submission-form-types';
import type { RequirableField } from '~/features/submissions/required-fields';
import { confirmMailedSubmission, mailedSubmissionPage } from '~/features/mailbox/confirm.server';
import { When } from '~/components/when';
import { act, actionFailure, load, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('mailbox.page.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireUser(context, request);
  return load(context, async () =>
    json({
      ...(await mailedSubmissionPage(context.db, actor, params.id!)),
      awaitDays: Math.round(context.config.mailIntake.awaitMaxAgeMs / 86_400_000),
    }),
  );
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = requireUser(context, request);
  return act(context, async () => {
    const outcome = await confirmMailedSubmission(context, actor, params.id!, request);
    if (outcome.kind === 'submitted') return redirect(`/documents/${outcome.documentId}/receipt`);
    if (outcome.kind === 'review') return json({ ok: true, ...outcome });
    const failure = actionFailure(context, outcome.error);
    return json(
      {
        ...(await failure.json()),
        kind: 'invalid',
        values: outcome.values,
        main: outcome.main,
        attachments: outcome.attachments,
      },
      { status: failure.status },
    );
  });
}

export default function MailedSubmission() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as SubmitResult | undefined;
  const t = useT();
  const { form } = data;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/meetings/${data.meeting.slug}`}>{data.meeting.title}</Link>
      </nav>
      <h1>{t('mailbox.page.title', { meeting: data.meeting.title })}</h1>
      <p>
        {t('mailbox.page.received', { from: data.fromAddress, subject: data.subject })}{' '}
        <When instant={data.receivedAt} meetingZone={data.meeting.timeZone} />
      </p>
      {!form && result && !result.ok && result.error && (
        <p role="alert" className="alert error">
          {result.error}
        </p>
      )}
      {data.state === 'submitted' && data.documentId && (
        <p role="status" className="alert ok">
          {t('mailbox.page.submitted')} <Link to={`/documents/${data.documentId}`}>{t('mailbox.page.open')}</Link>
        </p>
      )}
      {data.state === 'awaiting' && !form && <p className="alert info">{t('mailbox.page.noAccount')}</p>}
      {data.state === 'expired' && (
        <p className="alert info">
          {t('mailbox.page.expired', { days: data.awaitDays })}{' '}
          <Link to={`/meetings/${data.meeting.slug}/submit`}>{t('mailbox.page.submitInstead')}</Link>
        </p>
      )}
      {form && (
        <>
          <p className="hint">{t('mailbox.page.intro', { sender: form.sender.name, email: form.sender.email })}</p>
          {!form.decision.ok && (
            <p className="alert error" role="alert">
              {t('submissions.submit.deadlinePassed')}
            </p>
          )}
          <SubmissionForm
            action={`/mail-submissions/${data.id}`}
            routeId="routes/mail-submissions.$id"
            types={form.types}
            proposable={form.proposable}
            attachmentFormats={form.attachmentFormats}
            maxMb={form.maxFileMb}
            initial={form.values}
            result={
              result ?? {
                ok: true,
                kind: 'review',
                values: form.values,
                main: form.main,
                attachments: [],
                missing: [],
                notices: form.notices,
                cover: form.cover as SubmitResult['cover'],
              }
            }
            submitLabel={t('mailbox.page.confirm')}
            required={form.requiredFields as RequirableField[]}
          />
        </>
      )}
    </>
  );
}
