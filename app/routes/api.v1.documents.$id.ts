import type { LoaderFunctionArgs } from '@remix-run/node';
import { apiDocument } from '~/features/api/documents.server';
import { apiCall, jsonAnswer } from '~/features/api/request.server';

export const loader = ({ context, request, params }: LoaderFunctionArgs) =>
  apiCall(context, request, { methods: ['GET'], scope: 'read' }, async (actor) =>
    jsonAnswer(await apiDocument(context.db, actor.principal, params.id!, context.config.publicUrl)),
  );

export const action = loader;
