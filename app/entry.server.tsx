/**
 * Remix's default Node entry, but the HTML goes to the socket as a Node stream (streamResponse): the default
 * wraps it in a web stream that pauses every 16 KiB, which a 3,000-row list page feels.
 */
import type { EntryContext } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { renderToPipeableStream } from 'react-dom/server';
import { coalesceChunks, streamResponse } from '~/platform/streaming.server';

export { runtime } from './runtime.server';
export { logRouteError as handleError } from '~/platform/logging.server';

const ABORT_DELAY = 5_000;

export default function handleRequest(request: Request, responseStatusCode: number, responseHeaders: Headers, remixContext: EntryContext) {
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(<RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />, {
      onShellReady() {
        shellRendered = true;
        const body = coalesceChunks();
        responseHeaders.set('Content-Type', 'text/html');
        resolve(streamResponse(body, { headers: responseHeaders, status: responseStatusCode }));
        pipe(body);
      },
      onShellError(error: unknown) { reject(error); },
      onError(error: unknown) {
        responseStatusCode = 500;
        // Errors before the shell is ready reject above; after it, they are only logged here.
        if (shellRendered) console.error(error);
      },
    });
    setTimeout(abort, ABORT_DELAY);
  });
}
