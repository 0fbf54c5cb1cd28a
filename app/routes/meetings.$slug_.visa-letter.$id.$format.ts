import type { LoaderFunctionArgs } from '@remix-run/node';
import { letterData } from '~/features/participation/notify.server';
import { visaLetterDocx, visaLetterPdf } from '~/features/participation/letter.server';
import { visaRequestWithPassport } from '~/features/participation/visa.server';
import { notFound } from '~/platform/errors';
import { load, requireUser } from '~/platform/http.server';

/** The approved visa-support letter, as .docx or PDF, for its requester and the meeting's secretariat only. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    const format = params.format;
    if (format !== 'docx' && format !== 'pdf') throw notFound();
    await visaRequestWithPassport(context.db, principal, params.slug!, params.id!);
    const data = await letterData(context.db, params.id!);
    if (!data) throw notFound();
    const body = format === 'docx' ? await visaLetterDocx(data) : await visaLetterPdf(data);
    return new Response(body, {
      headers: {
        'Content-Type':
          format === 'docx'
            ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
            : 'application/pdf',
        'Content-Disposition': `attachment; filename="visa-letter.${format}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  });
}
