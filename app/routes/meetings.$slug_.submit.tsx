import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { SubmissionForm } from '~/features/submissions/submission-form';
import type { SubmitResult } from '~/features/submissions/submission-form-types';
import { requiredFieldsOf } from '~/features/submissions/required-fields';
import { When } from '~/components/when';
import type { MessageKey } from '~/i18n';
import { act, actionFailure, load, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { ConfirmEmailNotice } from '~/features/accounts/confirm-email-notice';
import { handleSubmitRequest, submissionContext } from '~/features/submissions/submit.server';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('submissions.submit.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireUser(context, request);
  return load(context, async () => {
    const ctx = await submissionContext(context.db, actor, params.slug!);
    const { user } = actor;
    return json({
      meeting: ctx.meeting,
      group: { code: ctx.group.code, slug: ctx.group.slug },
      emailConfirmed: ctx.emailConfirmed,
      email: user.email,
      // Whether and how the meeting takes the document now, not by which rule: the grace period is not shown.
      decision: ctx.decision.ok ? { ok: true as const, late: ctx.decision.late } : ctx.decision,
      isSecretariat: ctx.isSecretariat,
      proposable: ctx.proposable,
      initial: {
        type: ctx.meeting.documentTypes.length === 1 ? ctx.meeting.documentTypes[0] : '',
        title: '',
        source: user.organisation,
        purpose: '',
        keywords: '',
        abstract: '',
        proposedGroups: [] as string[],
        contacts: [
          { name: user.name, organisation: user.organisation, country: user.country, email: user.email, phone: '' },
        ],
      },
    });
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = requireUser(context, request);
  return act(context, async () => {
    const outcome = await handleSubmitRequest(context, actor, params.slug!, request, context.requestBeganAt);
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

export default function Submit() {
  const { meeting, group, decision, isSecretariat, proposable, initial, emailConfirmed, email } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as SubmitResult | undefined;
  const t = useT();
  const types = meeting.documentTypes;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link>
      </nav>
      <h1>{t('submissions.submit.title', { meeting: meeting.title })}</h1>
      {meeting.inputDeadline && (
        <p>
          <strong>{t('submissions.submit.deadline')}:</strong>{' '}
          <When instant={meeting.inputDeadline} meetingZone={meeting.timeZone} />
        </p>
      )}
      {!decision.ok && (
        <p className="alert error" role="alert">
          {t('submissions.submit.deadlinePassed')}
        </p>
      )}
      {decision.ok && decision.late && (
        <p className="alert warn" role="note">
          {t(
            isSecretariat && !meeting.acceptsLate
              ? 'submissions.submit.secretariatLate'
              : 'submissions.submit.lateWarning',
          )}
        </p>
      )}
      {!emailConfirmed && <ConfirmEmailNotice email={email} />}
      {decision.ok && emailConfirmed && (
        <>
          <section className="card templates" aria-labelledby="templates-h">
            <h2 id="templates-h">{t('submissions.submit.templates')}</h2>
            <p className="hint">{t('submissions.submit.templatesHint')}</p>
            <ul className="inline-list">
              {types.map((ty) => (
                <li key={ty}>
                  <a href={`/meetings/${meeting.slug}/template?type=${ty}`} download>
                    {t(`submissions.type.${ty}` as MessageKey)} (.docx)
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <SubmissionForm
            action={`/meetings/${meeting.slug}/submit`}
            routeId="routes/meetings.$slug_.submit"
            types={types}
            proposable={proposable}
            attachmentFormats={meeting.attachmentFormats}
            maxMb={meeting.maxFileMb}
            initial={initial}
            result={result}
            submitLabel={t('submissions.submit.submit')}
            withRead
            required={requiredFieldsOf(meeting)}
          />
        </>
      )}
    </>
  );
}
