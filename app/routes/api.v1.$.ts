import type { LoaderFunctionArgs } from '@remix-run/node';
import { ApiProblem } from '~/features/api/problems.server';
import { apiCall } from '~/features/api/request.server';

/** Any other address under /api/v1: a problem document, not the portal's HTML error page. */
export const loader = ({ context, request }: LoaderFunctionArgs) =>
  apiCall(context, request, { methods: ['GET', 'POST'] }, async () => {
    throw new ApiProblem({ status: 404, kind: 'not_found', key: 'api.routeNotFound' });
  });

export const action = loader;
