import type { LoaderFunctionArgs } from '@remix-run/node';
import { ApiProblem } from '~/features/api/problems.server';
import { apiCall } from '~/features/api/request.server';
import { loader as fileLoader } from './files.$fileId';

/** A file's `url` in the API: the portal's own download (same access rule, Range, S3 redirect) as the token's owner. */
export const loader = ({ context, request, params }: LoaderFunctionArgs) =>
  apiCall(context, request, { methods: ['GET'], scope: 'read' }, async (actor) => {
    try {
      return await fileLoader({
        request,
        params: { fileId: params.id! },
        context: { ...context, user: actor.user, principal: actor.principal },
      });
    } catch (err) {
      if (err instanceof Response && err.status === 404)
        throw new ApiProblem({ status: 404, kind: 'not_found', key: 'error.notFound' });
      throw err;
    }
  });

export const action = loader;
