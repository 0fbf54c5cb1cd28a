/**
 * `npm run screenshots`: the README's pictures, taken from the full demo so they stay current.
 *
 * By default it builds the portal (into PLENARY_BUILD_DIR, default build/; the portal serves the browser assets of
 * that same build), starts it on a fresh data folder (the full demo is seeded there), waits until the demo's
 * documents are in, takes the pictures and stops it. With PLENARY_URL it uses a portal already running there
 * instead, reading the demo passwords from DATA_DIR/demo-accounts.txt (default .data).
 */
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs/screenshots');

interface Portal {
  url: string;
  accountsFile: string;
  stop(): Promise<void>;
}

/** Builds and starts the portal as `npm start` does, on an empty data folder; resolves once the demo is complete. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startPortal(): Promise<Portal> {
  execSync('npx remix build', { cwd: root, stdio: 'inherit' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-screenshots-'));
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: url, NODE_ENV: 'development' },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const end = Date.now() + 600_000;
  while (!/Demo data ready/.test(output)) {
    if (child.exitCode !== null || Date.now() > end || /demo documents were not added/.test(output))
      throw new Error(`The portal did not start with the full demo:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    accountsFile: path.join(dataDir, 'demo-accounts.txt'),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function runningPortal(url: string): Portal {
  return {
    url,
    accountsFile: path.join(process.env.DATA_DIR ?? '.data', 'demo-accounts.txt'),
    stop: async () => {},
  };
}

function demoPassword(portal: Portal, email: string): string {
  const line = fs
    .readFileSync(portal.accountsFile, 'utf8')
    .split('\n')
    .find((l) => l.includes(` ${email} `));
  if (!line)
    throw new Error(`${email} is not in ${portal.accountsFile}: start the portal once on an empty data folder.`);
  return line.trim().split(/\s+/).at(-1)!;
}

async function signedIn(browser: Browser, portal: Portal, email: string, height = 800): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height }, timezoneId: 'Europe/Zurich' });
  const page = await context.newPage();
  await page.goto(`${portal.url}/signin`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(demoPassword(portal, email));
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/signin')),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  return page;
}

async function shoot(page: Page, file: string) {
  // A page without the build's stylesheet would give an unstyled picture: refuse it.
  const styled = await page.evaluate(() =>
    [...document.styleSheets].some((sheet) => sheet.href?.includes('/build/') && sheet.cssRules.length > 0),
  );
  if (!styled) throw new Error(`${file}: the page has no stylesheet (are the build's assets served?)`);
  await page.screenshot({ path: path.join(out, file) });
  console.log(`docs/screenshots/${file}`);
}

const portal = process.env.PLENARY_URL ? runningPortal(process.env.PLENARY_URL) : await startPortal();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
try {
  fs.mkdirSync(out, { recursive: true });

  // The past FG-MV meeting's document list and the WG2 chair's dashboard at it, tall enough to show documents.
  const list = await signedIn(browser, portal, 'tsb.fgmv@example.org', 1400);
  await list.goto(`${portal.url}/meetings/fg-mv-2/documents`, { waitUntil: 'networkidle' });
  await shoot(list, 'document-list.png');
  const dashboard = await signedIn(browser, portal, 'chair.wg2@example.org', 1400);
  await dashboard.goto(`${portal.url}/groups/fg-mv-wg2/dashboard?meeting=fg-mv-2`, { waitUntil: 'networkidle' });
  await shoot(dashboard, 'chair-dashboard.png');

  const secretariat = await signedIn(browser, portal, 'tsb.fgmv@example.org');
  const member = await signedIn(browser, portal, 'member.etri@example.org');

  // A draft liaison statement open by the secretariat (editing) and a member of FG-MV (reading), both present.
  await secretariat.goto(`${portal.url}/meetings/fg-mv-demo/liaisons`);
  await secretariat.getByRole('link', { name: 'Reply on digital twin terminology' }).click();
  await secretariat.waitForURL(/\/liaisons\/[0-9a-f-]{36}$/);
  await member.goto(secretariat.url());
  // The editor loads after the page; on a busy machine that can take a while.
  for (const page of [secretariat, member])
    await page.locator('.collab-editor[data-status="connected"]').waitFor({ timeout: 120_000 });
  await secretariat.locator('.collab-people .person').nth(1).waitFor({ timeout: 60_000 });
  await secretariat.locator('.collab-content .ProseMirror').click();
  await secretariat.keyboard.press('End');
  await shoot(secretariat, 'liaison-statements.png');
} finally {
  await browser.close();
  await portal.stop();
}
