import type { LoaderFunctionArgs } from '@remix-run/node';
import { LETTER_TYPES, visaLetter } from '~/features/participation/letter-store.server';
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
    const body = await visaLetter(context, params.id!, format);
    return new Response(body, {
      headers: {
        'Content-Type': LETTER_TYPES[format],
        'Content-Disposition': `attachment; filename="visa-letter.${format}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  });
}
