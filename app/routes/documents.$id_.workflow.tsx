import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Link, useActionData, useParams } from '@remix-run/react';
import { notFound } from '~/platform/errors';
import { act, readFormData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { fillReservedFromRequest } from '~/features/registration/reserved-numbers.server';
import { registerFromPanel } from '~/features/allocation/document-workflow.server';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('workflow.title'));

/** Nothing to load: the page only shows an action's refusal (the panel lives on the document page). */
export async function loader(_: LoaderFunctionArgs) {
  return json(null);
}

/** The document page panel's actions: intent=register (secretariat), or ?do=fill (multipart, the file of a reserved number). */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  const id = params.id!;
  return act(context, async () => {
    if (new URL(request.url).searchParams.get('do') === 'fill') {
      await fillReservedFromRequest(context, principal, id, request, context.requestBeganAt);
      return redirect(`/documents/${id}?workflow=filled`);
    }
    const form = await readFormData(request);
    if (String(form.get('intent') ?? '') !== 'register') throw notFound();
    await registerFromPanel(context, principal, id, form);
    return redirect(`/documents/${id}?workflow=registered`);
  });
}

export default function WorkflowResult() {
  const result = useActionData<typeof action>() as
    { ok: false; error: string; fieldErrors?: Record<string, string> } | undefined;
  // A refused file says why (the forms' fields are on the document page, so their messages are listed here).
  const reasons = [...new Set(Object.values(result?.fieldErrors ?? {}))];
  const { id } = useParams();
  const t = useT();
  return (
    <>
      {/* Reached by a form post that failed; opened any other way (reload, bookmark) there is nothing to report. */}
      <h1>{result?.error ? t('workflow.failed') : t('workflow.title')}</h1>
      {result?.error && (
        <div className="alert error" role="alert">
          <p>{result.error}</p>
          {reasons.length > 0 && (
            <ul>
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p>
        <Link to={`/documents/${id}`}>{t('workflow.back')}</Link>
      </p>
    </>
  );
}
