import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { Field, FormAlert, SelectField, TextAreaField, useSchemaForm } from '~/components/form';
import { decisionForm } from '~/features/allocation/decision-input';
import { documentDecision } from '~/features/allocation/decisions.server';
import { setDecisionLive } from '~/features/room/room-live.server';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { parseFormOrThrow } from '~/platform/validation';
import { useT } from '~/platform/i18n-react';
import { DECISIONS } from '../../db/schema';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('decision.title', { document: data.doc.label ?? data.doc.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => json(await documentDecision(context.db, principal, params.id!)));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const input = parseFormOrThrow(await readFormData(request), decisionForm);
    await setDecisionLive(context, principal, { ...input, documentId: params.id! });
    return json({ ok: true as const });
  });
}

export default function Decision() {
  const { doc, meeting, candidates, links, target } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { fields, formProps, refusal } = useSchemaForm(decisionForm, {
    result,
    id: 'decision',
    defaultValue: { decision: doc.decision ?? '', note: doc.decisionNote ?? '', target: target ?? '' },
  });
  const name = doc.label ?? doc.title;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link> /{' '}
        <Link to={`/documents/${doc.id}`}>{name}</Link>
      </nav>
      <h1>{t('decision.title', { document: name })}</h1>
      {doc.label && <p className="lead">{doc.title}</p>}
      {links.revisionOf && (
        <p>
          {t('decision.revisionOf')}:{' '}
          <Link to={`/documents/${links.revisionOf.id}`}>{links.revisionOf.label ?? links.revisionOf.title}</Link>
        </p>
      )}
      {links.revisedBy.length > 0 && (
        <p>
          {t('decision.revisedBy')}:{' '}
          {links.revisedBy.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <Link to={`/documents/${r.id}`}>{r.label ?? r.title}</Link>
            </span>
          ))}
        </p>
      )}
      {links.related.length > 0 && (
        <p>
          {t('decision.related')}:{' '}
          {links.related.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <Link to={`/documents/${r.id}`}>{r.label ?? r.title}</Link>
            </span>
          ))}
        </p>
      )}
      <Form method="post" className="form card" {...formProps}>
        <FormAlert error={refusal?.error} ok={result?.ok ? t('decision.saved') : undefined} />
        {result?.ok && (
          <p>
            <Link to={`/documents/${doc.id}`}>{t('workflow.back')}</Link>
          </p>
        )}
        <input type="hidden" name="version" value={doc.version} />
        <SelectField label={t('decision.label')} field={fields.decision}>
          <option value="">{t('decision.none')}</option>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {t(`decision.${d}`)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('decision.target')}
          field={fields.target}
          hint={t('decision.targetHint')}
          list="decision-candidates"
          autoComplete="off"
          maxLength={100}
        />
        <datalist id="decision-candidates">
          {candidates.map((c) => (
            <option key={c.id} value={c.label ?? ''}>
              {c.title}
            </option>
          ))}
        </datalist>
        <TextAreaField label={t('decision.note')} field={fields.note} hint={t('decision.noteHint')} rows={3} />
        <div>
          <button type="submit">{t('decision.save')}</button>
        </div>
      </Form>
    </>
  );
}
