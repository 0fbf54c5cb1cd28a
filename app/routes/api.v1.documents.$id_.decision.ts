import type { ActionFunctionArgs } from '@remix-run/node';
import { apiDecide } from '~/features/api/actions.server';
import { apiCall, jsonAnswer, readJson } from '~/features/api/request.server';
import { DecisionBody } from '~/features/api/schemas';

export const action = ({ context, request, params }: ActionFunctionArgs) =>
  apiCall(context, request, { methods: ['POST'], scope: 'manage' }, async (actor) =>
    jsonAnswer(await apiDecide(context.db, actor, params.id!, await readJson(request, DecisionBody, context.locale))),
  );

export const loader = action;
