import type { LoaderFunctionArgs } from '@remix-run/node';
import { groupCalendar } from '~/features/publication/exports.server';
import { load } from '~/platform/http.server';

/** iCalendar feed of a group's meetings (and its sub-groups') with their deadlines. */
export async function loader({ context, params }: LoaderFunctionArgs) {
  return load(
    context,
    async () =>
      new Response(await groupCalendar(context.db, params.slug!, context.config.publicUrl, context.locale), {
        headers: {
          'Content-Type': 'text/calendar; charset=utf-8',
          'Content-Disposition': `inline; filename="${params.slug}.ics"`,
          'Cache-Control': 'public, max-age=300',
        },
      }),
  );
}
