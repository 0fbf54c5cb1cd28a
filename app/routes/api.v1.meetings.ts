import type { LoaderFunctionArgs } from '@remix-run/node';
import { meetingList } from '~/features/api/meetings.server';
import { apiCall, jsonAnswer } from '~/features/api/request.server';

export const loader = ({ context, request }: LoaderFunctionArgs) =>
  apiCall(context, request, { methods: ['GET'], scope: 'read' }, async () =>
    jsonAnswer(await meetingList(context.db, new URL(request.url).searchParams, context.config.publicUrl)),
  );

export const action = loader;
