/**
 * Operator commands (making a token, importing a list) run by the command line against the portal's database.
 * Embedded PGlite can be opened by one process only, so a portal running on it listens on a Unix domain socket in
 * its data folder (`operator.sock`, mode 0600: only the account that runs the portal may connect) and runs the
 * commands it is sent in its own process, through the same domain functions. One request per connection: a line of
 * JSON `{ "command": name, "args": {...} }`, answered by a line `{ "ok": true, "result": ... }` or
 * `{ "ok": false, "error": "message" }`. The command line's side is scripts/operator-client.ts.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { translate, type MessageKey } from '~/i18n';
import type { Services } from './context.server';
import { DomainError } from './errors';
import { logger } from './logging.server';

export const OPERATOR_SOCKET = 'operator.sock';
/** Largest request line: arguments are small (a list's file is named by its path, not sent). */
const MAX_REQUEST_BYTES = 256 * 1024;

export const operatorSocketPath = (dataDir: string) => path.join(path.resolve(dataDir), OPERATOR_SOCKET);

/** A refusal meant for the operator, in plain words (the command line prints it and exits with code 2). */
export class OperatorError extends Error {
  override name = 'OperatorError';
}

/** A named operator command: checks its own arguments, runs with the portal's services, returns JSON. */
export interface OperatorCommand {
  run(services: Services, args: Record<string, unknown>): Promise<unknown>;
}
export type OperatorCommands = Record<string, OperatorCommand>;

export type OperatorAnswer = { ok: true; result: unknown } | { ok: false; error: string };

/** Runs one command and answers it; an error the operator can act on becomes its message, anything else a fault. */
export async function runOperatorCommand(
  commands: OperatorCommands,
  services: Services,
  request: unknown,
): Promise<OperatorAnswer> {
  const { command, args } = (request ?? {}) as { command?: unknown; args?: unknown };
  const found = typeof command === 'string' && Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (!found)
    return {
      ok: false,
      error: `Unknown command ${JSON.stringify(command)}; known: ${Object.keys(commands).join(', ')}.`,
    };
  if (args !== undefined && (typeof args !== 'object' || args === null || Array.isArray(args)))
    return { ok: false, error: 'The arguments must be a JSON object.' };
  try {
    return { ok: true, result: await found.run(services, (args ?? {}) as Record<string, unknown>) };
  } catch (err) {
    if (err instanceof OperatorError) return { ok: false, error: err.message };
    if (err instanceof DomainError) {
      const fields = Object.entries(err.fieldErrors ?? {}).map(([f, k]) => `${f}: ${translate('en', k as MessageKey)}`);
      return { ok: false, error: fields.length ? fields.join('\n') : err.message };
    }
    logger.error({ err, command }, 'operator command failed');
    return { ok: false, error: `The command ${command} failed: ${(err as Error).message}` };
  }
}

/** Whether something accepts connections on the socket (a live portal), or the file is left over (or absent). */
export function probeOperatorSocket(socketPath: string): Promise<'live' | 'stale' | 'absent'> {
  if (!fs.existsSync(socketPath)) return Promise.resolve('absent');
  return new Promise((resolve) => {
    const socket = net.connect(socketPath);
    socket.once('connect', () => {
      socket.destroy();
      resolve('live');
    });
    socket.once('error', (err: NodeJS.ErrnoException) =>
      resolve(err.code === 'ECONNREFUSED' || err.code === 'ENOENT' ? 'stale' : 'live'),
    );
  });
}

function serve(commands: OperatorCommands, services: Services) {
  return (socket: net.Socket) => {
    let buffered = '';
    let size = 0;
    const answer = (a: OperatorAnswer) => socket.end(`${JSON.stringify(a)}\n`);
    socket.setEncoding('utf8');
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: string) => {
      size += Buffer.byteLength(chunk);
      if (size > MAX_REQUEST_BYTES) {
        socket.removeAllListeners('data');
        return answer({ ok: false, error: 'The request is too large.' });
      }
      buffered += chunk;
      const end = buffered.indexOf('\n');
      if (end < 0) return;
      socket.removeAllListeners('data');
      let request: unknown;
      try {
        request = JSON.parse(buffered.slice(0, end));
      } catch {
        return answer({ ok: false, error: 'The request is not JSON.' });
      }
      void runOperatorCommand(commands, services, request).then(answer, (err: Error) =>
        answer({ ok: false, error: err.message }),
      );
    });
  };
}

export interface OperatorSocket {
  path: string;
  /** Stops accepting; commands in progress finish; the file is removed. */
  close(): Promise<void>;
}

/**
 * Listens for operator commands in the data folder. A socket file left by a portal that was killed is replaced;
 * one another live portal listens on is an error (two processes on one embedded database would corrupt it).
 */
export async function startOperatorSocket(
  dataDir: string,
  commands: OperatorCommands,
  services: Services,
): Promise<OperatorSocket> {
  const socketPath = operatorSocketPath(dataDir);
  const found = await probeOperatorSocket(socketPath);
  if (found === 'live')
    throw new Error(`Another portal is running on the data folder ${dataDir} (it answers on ${socketPath}).`);
  if (found === 'stale') fs.rmSync(socketPath, { force: true });
  const server = net.createServer(serve(commands, services));
  // The socket file is created with mode 0600 from the start: no moment in which another account could connect.
  const umask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socketPath, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } finally {
    process.umask(umask);
  }
  fs.chmodSync(socketPath, 0o600);
  const removeFile = () => fs.rmSync(socketPath, { force: true });
  process.once('exit', removeFile);
  return {
    path: socketPath,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      process.off('exit', removeFile);
      removeFile();
    },
  };
}
