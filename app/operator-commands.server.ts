/** The commands the operator socket (app/platform/operator.server.ts) and the command line accept, by name. */
import type { OperatorCommands } from './platform/operator.server';
import { createTokenCommand } from './features/api/token-command.server';

export const operatorCommands: OperatorCommands = {
  'create-token': createTokenCommand,
};
