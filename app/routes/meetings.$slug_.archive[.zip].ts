import { createReadableStreamFromReadable, type LoaderFunctionArgs } from '@remix-run/node';
import { translate } from '~/i18n';
import { buildArchive } from '~/features/publication/archive.server';
import { listDocuments } from '~/features/publication/document-list.server';
import { parseListView } from '~/features/publication/document-view';
import { load } from '~/platform/http.server';

/** Zip of the current view (same filters as the page), streamed with its exact Content-Length. */
export async function loader({ context, params, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    const view = parseListView(new URL(request.url).searchParams);
    const r = await listDocuments(context.db, context.principal, params.slug!, view, { paginate: false });
    if (r.problems.length)
      return new Response(r.problems.map((p) => translate(context.locale, p.key, p.vars)).join('\n'), {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    const archive = buildArchive(r, context.storage, context.config.publicUrl);
    const headers = {
      'Content-Type': 'application/zip',
      'Content-Length': String(archive.size),
      'Content-Disposition': `attachment; filename="${archive.filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Document-Count': String(archive.count),
    };
    // A HEAD answer has no body: the archive is not started.
    if (request.method === 'HEAD') return new Response(null, { headers });
    const body = archive.stream();
    request.signal.addEventListener('abort', () => body.destroy(), { once: true });
    return new Response(createReadableStreamFromReadable(body), { headers });
  });
}
