import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { SubmissionForm } from '~/features/submissions/submission-form';
import type { SubmitResult } from '~/features/submissions/submission-form-types';
import { requiredFieldsOf } from '~/features/submissions/required-fields';
import { act, actionFailure, load, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { reviseDocument } from '~/features/submissions/document-changes.server';
import { getDocumentView } from '~/features/submissions/document-view.server';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('submissions.revise.title', { title: data.doc.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    const view = await getDocumentView(context.db, principal, params.id!);
    if (!view.allowed.edit) throw new Response('', { status: 403 });
    const { doc, meeting } = view;
    return json({
      refusal: view.revisionRefusal,
      doc: { id: doc.id, title: doc.title, revision: doc.revision, type: doc.type },
      meeting: {
        attachmentFormats: meeting.attachmentFormats,
        maxFileMb: meeting.maxFileMb,
        requiredFields: requiredFieldsOf(meeting),
      },
      initial: {
        type: doc.type,
        title: doc.title,
        source: doc.source,
        purpose: doc.purpose ?? '',
        keywords: doc.keywords.join(', '),
        abstract: doc.abstract,
        proposedGroups: doc.proposedGroups,
        contacts: doc.contacts.map((c) => ({ ...c, phone: c.phone ?? '' })),
      },
    });
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = requireUser(context, request);
  return act(context, async () => {
    const outcome = await reviseDocument(context, actor, params.id!, request, context.requestBeganAt);
    if (outcome.kind === 'submitted') return redirect(`/documents/${outcome.documentId}/receipt`);
    const failure = actionFailure(context, outcome.kind === 'invalid' ? outcome.error : new Error('unexpected'));
    return json({ ...(await failure.json()), kind: 'invalid', values: outcome.values }, { status: failure.status });
  });
}

export default function Revise() {
  const { doc, meeting, initial, refusal } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as SubmitResult | undefined;
  const t = useT();
  if (refusal)
    return (
      <>
        <h1>{t('submissions.revise.title', { title: doc.title })}</h1>
        <p className="alert error" role="alert">
          {t(refusal)}
        </p>
        <p>
          <Link to={`/documents/${doc.id}`}>{t('workflow.back')}</Link>
        </p>
      </>
    );
  return (
    <>
      <h1>{t('submissions.revise.title', { title: doc.title })}</h1>
      <p className="lead">{t('submissions.revise.lead', { revision: doc.revision + 1 })}</p>
      <SubmissionForm
        action={`/documents/${doc.id}/revise`}
        routeId="routes/documents.$id_.revise"
        types={[doc.type]}
        fixedType={doc.type}
        proposable={[]}
        attachmentFormats={meeting.attachmentFormats}
        maxMb={meeting.maxFileMb}
        initial={initial}
        result={result}
        submitLabel={t('submissions.doc.revise')}
        required={meeting.requiredFields}
      />
    </>
  );
}
