import type { LoaderFunctionArgs } from '@remix-run/node';
import { translate } from '~/i18n';
import { listDocuments } from '~/features/publication/document-list.server';
import { parseListView } from '~/features/publication/document-view';
import { listJson } from '~/features/publication/exports.server';
import { load } from '~/platform/http.server';

/** JSON of the current view (same filters as the page, all rows). */
export async function loader({ context, params, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    const view = parseListView(new URL(request.url).searchParams);
    const r = await listDocuments(context.db, context.principal, params.slug!, view, { paginate: false });
    const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'private, no-store' };
    if (r.problems.length)
      return new Response(JSON.stringify({ errors: r.problems.map((p) => translate(context.locale, p.key, p.vars)) }), {
        status: 400,
        headers,
      });
    return new Response(JSON.stringify(listJson(r, context.config.publicUrl)), { headers });
  });
}
