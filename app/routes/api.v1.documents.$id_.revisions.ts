import type { ActionFunctionArgs } from '@remix-run/node';
import { apiRevise } from '~/features/api/submissions.server';
import { apiCall, jsonAnswer } from '~/features/api/request.server';

export const action = ({ context, request, params }: ActionFunctionArgs) =>
  apiCall(context, request, { methods: ['POST'], scope: 'submit' }, async (actor) =>
    jsonAnswer(await apiRevise(context, actor, params.id!, request), 201),
  );

export const loader = action;
