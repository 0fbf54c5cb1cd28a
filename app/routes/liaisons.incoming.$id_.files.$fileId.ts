import type { LoaderFunctionArgs } from '@remix-run/node';
import { createReadableStreamFromReadable } from '@remix-run/node';
import { contentDisposition } from '../../storage';
import { incomingFile } from '~/features/liaisons/incoming.server';
import { load } from '~/platform/http.server';

/** A file that came with an incoming statement, for whoever may read the statement. */
export async function loader({ context, params, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    const { file, open } = await incomingFile(context, context.principal, params.id!, params.fileId!);
    const headers = {
      'Content-Type': file.contentType,
      'Content-Length': String(file.size),
      'Content-Disposition': contentDisposition(file.filename),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    };
    // HEAD opens no file: Remix would drop the body unread, leaving the file (or an S3 socket) open.
    if (request.method === 'HEAD') return new Response(null, { headers });
    const stream = await open();
    request.signal.addEventListener('abort', () => stream.destroy(), { once: true });
    return new Response(createReadableStreamFromReadable(stream), { headers });
  });
}
