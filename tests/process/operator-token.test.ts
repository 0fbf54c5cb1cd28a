/**
 * `npm run token` while the portal runs on the embedded database (which only the portal's process may open): the
 * command goes through the portal's operator socket, the token it prints works on the API; wrong input is refused
 * on stderr with exit code 2; after the portal is killed, the left-over socket does not block the command.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, waitFor } from '../integration/collab-support';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-operator-'));
const socketPath = path.join(dataDir, 'operator.sock');
// The embedded database: no PostgreSQL from the environment.
const env = { ...process.env, DATABASE_URL: '', TEST_DATABASE_URL: '', DATA_DIR: dataDir, LOG_LEVEL: 'silent' };

let portal: ReturnType<typeof spawn>;
let url: string;
let output = '';

function run(file: string, args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { cwd: root, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

const token = (...args: string[]) => run('scripts/token.ts', args);
const meetings = (bearer: string) =>
  fetch(`${url}/api/v1/meetings`, { headers: { authorization: `Bearer ${bearer}` } });

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  portal = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: url, SEED_DEMO: 'true' },
  });
  portal.stdout!.on('data', (d) => (output += d));
  portal.stderr!.on('data', (d) => (output += d));
  await waitFor(
    async () =>
      portal.exitCode !== null ||
      (await fetch(url).then(
        () => true,
        () => false,
      )),
    'portal start',
    120_000,
  );
  if (portal.exitCode !== null) throw new Error(`the portal did not start: ${output}`);
});

afterAll(() => {
  if (portal.exitCode === null) portal.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run token on the embedded database', () => {
  it('makes a working token through the running portal, whose socket only its account may open', async () => {
    expect(fs.statSync(socketPath).mode & 0o777).toBe(0o600);
    const made = await token('--user', 'member.etri@example.org', '--name', 'Meeting bot', '--scopes', 'read');
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout.trim()).toMatch(/^plenary_[\w-]{43}$/);
    const res = await meetings(made.stdout.trim());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { slug: string }[] };
    expect(body.items.map((m) => m.slug)).toContain('fg-mv-demo');
  });

  it('refuses an unknown account and bad fields on stderr with exit code 2, making no token', async () => {
    const unknown = await token('--user', 'nobody@example.org', '--name', 'bot', '--scopes', 'read');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('No account has the e-mail address nobody@example.org.');
    const bad = await token(
      '--user',
      'member.etri@example.org',
      '--name',
      'bot',
      '--scopes',
      'read,all',
      '--days',
      '0',
    );
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('Scopes are read, submit and manage.');
    expect(bad.stderr).toContain('days: A token expires after 1 to 366 days.');
  });

  it('opens the database itself once the portal was killed, its socket left behind', async () => {
    const exited = new Promise((resolve) => portal.once('exit', resolve));
    portal.kill('SIGKILL');
    await exited;
    expect(fs.existsSync(socketPath)).toBe(true);
    const made = await token('--user', 'member.etri@example.org', '--name', 'After the portal', '--scopes', 'read');
    expect(made.stderr).toBe('');
    expect(made.stdout.trim()).toMatch(/^plenary_[\w-]{43}$/);
    expect(fs.existsSync(socketPath)).toBe(false);
  });
});
