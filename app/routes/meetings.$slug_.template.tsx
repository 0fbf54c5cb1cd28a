import type { LoaderFunctionArgs } from '@remix-run/node';
import { load } from '~/platform/http.server';
import { meetingTemplate } from '~/features/submissions/templates.server';

/**
 * GET /meetings/<slug>/template?type=input[&lang=fr]: the group's .docx template with the meeting filled in, its
 * labels in the language asked for, else the meeting's working language.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  return load(context, async () => {
    const query = new URL(request.url).searchParams;
    const { bytes, filename } = await meetingTemplate(
      context.db,
      params.slug!,
      query.get('type') ?? '',
      query.get('lang'),
    );
    return new Response(bytes, {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Content-Length': String(bytes.length),
        'Cache-Control': 'private, max-age=300',
      },
    });
  });
}
