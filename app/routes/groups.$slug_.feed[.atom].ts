import type { LoaderFunctionArgs } from '@remix-run/node';
import { groupFeed } from '~/features/publication/exports.server';
import { load } from '~/platform/http.server';

/** Atom feed of new and revised documents of a group or allocated to a WG/Question (as the requester may see them). */
export async function loader({ context, params }: LoaderFunctionArgs) {
  return load(
    context,
    async () =>
      new Response(
        await groupFeed(context.db, context.principal, params.slug!, context.config.publicUrl, context.locale),
        {
          headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'private, max-age=60' },
        },
      ),
  );
}
