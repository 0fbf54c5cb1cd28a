import type { LoaderFunctionArgs } from '@remix-run/node';
import { meetingDocuments } from '~/features/api/documents.server';
import { apiCall, jsonAnswer } from '~/features/api/request.server';

export const loader = ({ context, request, params }: LoaderFunctionArgs) =>
  apiCall(context, request, { methods: ['GET'], scope: 'read' }, async (actor) =>
    jsonAnswer(
      await meetingDocuments(
        context.db,
        actor.principal,
        params.slug!,
        new URL(request.url).searchParams,
        context.config.publicUrl,
      ),
    ),
  );

export const action = loader;
