import type { LoaderFunctionArgs } from '@remix-run/node';
import { meetingDetail } from '~/features/api/meetings.server';
import { apiCall, jsonAnswer } from '~/features/api/request.server';

export const loader = ({ context, request, params }: LoaderFunctionArgs) =>
  apiCall(context, request, { methods: ['GET'], scope: 'read' }, async () =>
    jsonAnswer(await meetingDetail(context.db, params.slug!, context.config.publicUrl)),
  );

export const action = loader;
