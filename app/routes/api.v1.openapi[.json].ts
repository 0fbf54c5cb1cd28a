import type { LoaderFunctionArgs } from '@remix-run/node';
import { openApiDocument } from '~/features/api/openapi.server';
import { apiCall } from '~/features/api/request.server';

export const loader = ({ context, request }: LoaderFunctionArgs) =>
  apiCall(context, request, { methods: ['GET'] }, async () =>
    Response.json(openApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } }),
  );

export const action = loader;
