import type { LoaderFunctionArgs } from '@remix-run/node';
import { meetingFeed } from '~/features/publication/exports.server';
import { load } from '~/platform/http.server';

/** Atom feed of the meeting's new and revised documents (as the requester may see them). */
export async function loader({ context, params }: LoaderFunctionArgs) {
  return load(
    context,
    async () =>
      new Response(
        await meetingFeed(context.db, context.principal, params.slug!, context.config.publicUrl, context.locale),
        {
          headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'private, max-age=60' },
        },
      ),
  );
}
