import type { ActionFunctionArgs } from '@remix-run/node';
import { apiDecide } from '~/features/api/actions.server';
import { apiCall, jsonAnswer, readJson } from '~/features/api/request.server';
import { DecisionBody } from '~/features/api/schemas';
import { publishDecision } from '~/features/room/room-live.server';

export const action = ({ context, request, params }: ActionFunctionArgs) =>
  apiCall(context, request, { methods: ['POST'], scope: 'manage' }, async (actor) => {
    const answer = await apiDecide(
      context.db,
      actor,
      params.id!,
      await readJson(request, DecisionBody, context.locale),
    );
    // Document lists following the meeting's room show the decision at once.
    await publishDecision(context, params.id!);
    return jsonAnswer(answer);
  });

export const loader = action;
