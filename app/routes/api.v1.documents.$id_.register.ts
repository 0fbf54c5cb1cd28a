import type { ActionFunctionArgs } from '@remix-run/node';
import { apiRegister } from '~/features/api/actions.server';
import { apiCall, jsonAnswer, readJson } from '~/features/api/request.server';
import { RegisterBody } from '~/features/api/schemas';

export const action = ({ context, request, params }: ActionFunctionArgs) =>
  apiCall(context, request, { methods: ['POST'], scope: 'manage' }, async (actor) =>
    jsonAnswer(await apiRegister(context.db, actor, params.id!, await readJson(request, RegisterBody, context.locale))),
  );

export const loader = action;
