import type { LoaderFunctionArgs } from '@remix-run/node';
import { translate } from '~/i18n';
import { listDocuments } from '~/features/publication/document-list.server';
import { parseListView } from '~/features/publication/document-view';
import { listCsv } from '~/features/publication/exports.server';
import { load } from '~/platform/http.server';

/** CSV of the current view (same filters as the page, all rows). */
export async function loader({ context, params, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    const view = parseListView(new URL(request.url).searchParams);
    const r = await listDocuments(context.db, context.principal, params.slug!, view, { paginate: false });
    if (r.problems.length)
      return new Response(r.problems.map((p) => translate(context.locale, p.key, p.vars)).join('\n'), {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    return new Response(listCsv(r.rows, context.config.publicUrl), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${r.meeting.slug}-documents.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  });
}
