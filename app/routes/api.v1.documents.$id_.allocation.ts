import type { ActionFunctionArgs } from '@remix-run/node';
import { apiAllocate } from '~/features/api/actions.server';
import { apiCall, jsonAnswer, readJson } from '~/features/api/request.server';
import { AllocationBody } from '~/features/api/schemas';

export const action = ({ context, request, params }: ActionFunctionArgs) =>
  apiCall(context, request, { methods: ['POST'], scope: 'manage' }, async (actor) =>
    jsonAnswer(
      await apiAllocate(context.db, actor, params.id!, await readJson(request, AllocationBody, context.locale)),
    ),
  );

export const loader = action;
