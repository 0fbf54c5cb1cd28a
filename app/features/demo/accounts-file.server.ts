import fs from 'node:fs';
import path from 'node:path';
import type { Services } from '../../platform/context.server';
import { seedDemoIfEmpty } from './index';

/** Seeds the demo data on an empty database and shows the demo accounts' passwords (once). */
export async function seedDemoAccounts(services: Services, print: (text: string) => void) {
  const { config } = services;
  const seeded = await seedDemoIfEmpty(services.db);
  if (!seeded || config.env === 'production') return;
  const lines = seeded.accounts.map((a) => `  ${a.role.padEnd(28)} ${a.email.padEnd(34)} ${a.password}`);
  const file = path.join(config.dataDir, 'demo-accounts.txt');
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  print(`\nDemo accounts (printed once, on the first start; also in ${file}):\n${lines.join('\n')}\n`);
}
