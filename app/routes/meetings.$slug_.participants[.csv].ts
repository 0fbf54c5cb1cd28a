import type { LoaderFunctionArgs } from '@remix-run/node';
import { participantsCsv, readFilters } from '~/features/participation/participants.server';
import { load, requireUser } from '~/platform/http.server';

/** The participants list as filtered, as CSV (secretariat and chairs). Never passport data. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    const filters = readFilters(new URL(request.url).searchParams);
    const { meeting, csv } = await participantsCsv(context.db, principal, params.slug!, filters);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${meeting.slug}-participants.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  });
}
