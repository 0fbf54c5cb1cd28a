import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Starts the real server entry as `npm start` does (after the build) and collects its output. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    // The start's lines are log lines: shown whatever level the test run itself logs at.
    env: { ...process.env, TEST_DATABASE_URL: '', LOG_LEVEL: 'info', ...env },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Before its URL the portal compiles its entry (tsx) and, on a fresh data folder, migrates the embedded database:
  // seconds on an idle machine, a minute or more on a crowded one.
  const waitFor = async (pattern: RegExp, ms = 120_000) => {
    const end = Date.now() + ms;
    while (!pattern.test(out)) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; output:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { child, exited, output: () => out, waitFor };
}

describe('starting the portal', () => {
  it('starts on PGlite with demo data, prints the URL and demo accounts, adds the demo documents in the background, stops cleanly', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-start-'));
    const server = startServer({ DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'development' });
    try {
      await server.waitFor(/Plenary is running at/);
      expect(server.output()).toMatch(/FG-MV secretariat officer\s+tsb\.fgmv@example\.org\s+\S{8,}/);
      expect(fs.readFileSync(path.join(dataDir, 'demo-accounts.txt'), 'utf8')).toContain('admin@example.org');
      // The URL comes before the demo's story (the past meeting's documents), which follows in the background.
      expect(server.output()).not.toContain('Demo data ready');
      await server.waitFor(/Demo data ready/, 180_000);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    // A second start on the same data keeps the data and prints no passwords.
    const again = startServer({ DATA_DIR: dataDir, PORT: '0' });
    try {
      await again.waitFor(/Plenary is running at/);
      expect(again.output()).not.toContain('Demo accounts');
    } finally {
      again.child.kill('SIGTERM');
    }
    await again.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 480_000);

  it('gives one clear line when the database cannot be reached', async () => {
    const server = startServer({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/plenary' });
    expect(await server.exited).toBe(1);
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.trim() && !/npm warn/i.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Plenary cannot reach the database at 127.0.0.1:1');
  });

  it('names the bad variable when the configuration is wrong', async () => {
    const server = startServer({ PORT: 'eighty', STORAGE: 's3' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT should be a port number (got "eighty")');
    expect(server.output()).toContain('S3_BUCKET');
  });
});
