/**
 * The command line's side of operator commands (see app/platform/operator.server.ts): a command goes to the running
 * portal through its socket when the portal runs on the embedded database (which only it may open), else it runs
 * here on the configured database (PostgreSQL by DATABASE_URL, or PGlite while no portal runs).
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { loadConfig } from '../app/platform/config.server';
import {
  operatorSocketPath,
  probeOperatorSocket,
  runOperatorCommand,
  type OperatorAnswer,
} from '../app/platform/operator.server';

/** Prints the message on stderr and ends with exit code 2 (wrong input, nothing done). */
export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function ask(socketPath: string, command: string, args: Record<string, unknown>): Promise<OperatorAnswer> {
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = net.connect(socketPath, () => socket.write(`${JSON.stringify({ command, args })}\n`));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      try {
        resolve(JSON.parse(text) as OperatorAnswer);
      } catch {
        reject(new Error('The portal closed the connection without an answer.'));
      }
    });
  });
}

async function runHere(command: string, args: Record<string, unknown>): Promise<OperatorAnswer> {
  const config = loadConfig();
  const { createServices } = await import('../app/platform/server/services.server');
  const { operatorCommands } = await import('../app/operator-commands.server');
  const services = await createServices(config);
  try {
    return await runOperatorCommand(operatorCommands, services, { command, args });
  } finally {
    await services.database.close();
  }
}

/**
 * Runs an operator command where the database is and returns its result; an error the operator can act on is
 * printed on stderr with exit code 2.
 */
export async function runOperator(command: string, args: Record<string, unknown>): Promise<unknown> {
  const config = loadConfig();
  let answer: OperatorAnswer;
  if (config.databaseUrl) answer = await runHere(command, args);
  else {
    const socketPath = operatorSocketPath(config.dataDir);
    const state = await probeOperatorSocket(socketPath);
    if (state === 'live') answer = await ask(socketPath, command, args);
    else {
      // A socket nobody answers on was left by a portal that was killed: its database lock is left over too.
      if (state === 'stale') fs.rmSync(socketPath, { force: true });
      else if (fs.existsSync(path.join(config.dataDir, 'pglite', 'postmaster.pid')))
        fail(
          `The embedded database in ${path.join(config.dataDir, 'pglite')} is in use by a process that takes no ` +
            'operator commands (a portal still starting, or one that stopped without closing it). Try again once ' +
            'the portal runs; if none runs on this folder, remove its postmaster.pid.',
        );
      answer = await runHere(command, args);
    }
  }
  if (!answer.ok) fail(answer.error);
  return answer.result;
}
