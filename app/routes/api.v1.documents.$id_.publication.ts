import type { ActionFunctionArgs } from '@remix-run/node';
import { apiPublish } from '~/features/api/actions.server';
import { apiCall, jsonAnswer, readJson } from '~/features/api/request.server';
import { PublicationBody } from '~/features/api/schemas';

export const action = ({ context, request, params }: ActionFunctionArgs) =>
  apiCall(context, request, { methods: ['POST'], scope: 'manage' }, async (actor) =>
    jsonAnswer(
      await apiPublish(context.db, actor, params.id!, await readJson(request, PublicationBody, context.locale)),
    ),
  );

export const loader = action;
