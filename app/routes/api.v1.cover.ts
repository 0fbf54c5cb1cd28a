import type { ActionFunctionArgs } from '@remix-run/node';
import { apiCover } from '~/features/api/submissions.server';
import { apiCall, jsonAnswer } from '~/features/api/request.server';

export const action = ({ context, request }: ActionFunctionArgs) =>
  apiCall(context, request, { methods: ['POST'], scope: 'submit' }, async () =>
    jsonAnswer(await apiCover(context, request)),
  );

export const loader = action;
