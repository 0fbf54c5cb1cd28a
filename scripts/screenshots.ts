/**
 * `npm run screenshots`: pictures of the running demo for the README, so they stay current.
 * Start the portal first (`npm start`); PLENARY_URL (default http://localhost:3000) says where it runs,
 * and the demo passwords are read from DATA_DIR/demo-accounts.txt (default .data).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';

const base = process.env.PLENARY_URL ?? 'http://localhost:3000';
const accountsFile = path.join(process.env.DATA_DIR ?? '.data', 'demo-accounts.txt');
const out = path.resolve('docs/screenshots');

function demoPassword(email: string): string {
  const line = fs
    .readFileSync(accountsFile, 'utf8')
    .split('\n')
    .find((l) => l.includes(` ${email} `));
  if (!line) throw new Error(`${email} is not in ${accountsFile}: start the portal once on an empty data folder.`);
  return line.trim().split(/\s+/).at(-1)!;
}

async function signIn(page: Page, email: string) {
  await page.goto(`${base}/signin`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(demoPassword(email));
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/signin')),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

const shots: { file: string; email: string; path: string }[] = [
  { file: 'document-list.png', email: 'tsb.fgmv@example.org', path: '/meetings/fg-mv-2/documents' },
  { file: 'chair-dashboard.png', email: 'chair.wg2@example.org', path: '/groups/fg-mv-wg2/dashboard?meeting=fg-mv-2' },
  { file: 'liaison-statements.png', email: 'tsb.fgmv@example.org', path: '/meetings/fg-mv-demo/liaisons' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
fs.mkdirSync(out, { recursive: true });
for (const shot of shots) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, shot.email);
  await page.goto(`${base}${shot.path}`, { waitUntil: 'networkidle' });
  await page.screenshot({ path: path.join(out, shot.file) });
  console.log(`docs/screenshots/${shot.file}`);
  await context.close();
}
await browser.close();
