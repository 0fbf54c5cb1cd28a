import type { LoaderFunctionArgs } from '@remix-run/node';
import { createReadableStreamFromReadable, redirect } from '@remix-run/node';
import { translate } from '~/i18n';
import { download } from '~/features/publication/downloads.server';
import { load } from '~/platform/http.server';

/** A document file: 404 unless the requester may see it; streamed with Range support, or a short-lived signed URL on S3. */
export async function loader({ context, params, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    const answer = await download(context.db, context.storage, context.principal, params.fileId!, {
      range: request.headers.get('range'),
    });
    if (answer.kind === 'redirect') return redirect(answer.url, { headers: { 'Cache-Control': 'no-store' } });
    if (answer.kind === 'unsatisfiable') {
      return new Response(translate(context.locale, 'download.range'), {
        status: 416,
        headers: { 'Content-Range': `bytes */${answer.size}`, 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    const body = answer.body;
    if (request.method === 'HEAD') {
      body.destroy();
      return new Response(null, { status: answer.status, headers: answer.headers });
    }
    request.signal.addEventListener('abort', () => body.destroy(), { once: true });
    return new Response(createReadableStreamFromReadable(body), { status: answer.status, headers: answer.headers });
  });
}
