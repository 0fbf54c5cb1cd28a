/** `npm run seed`: demo data into an empty database (embedded PGlite, or DATABASE_URL). */
import path from 'node:path';
import { loadConfig } from '../app/platform/config.server';
import { migrateDatabase, openDatabase } from '../db/client.server';
import { seedDemoIfEmpty } from '../app/features/demo/index';
import { createStorage } from '../storage';

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataDir, 'pglite') });
await migrateDatabase(database);
const seeded = await seedDemoIfEmpty(database.db, createStorage(config.storage));
if (!seeded) console.log('The database already has data; nothing seeded.');
else for (const a of seeded.accounts) console.log(`${a.role.padEnd(28)} ${a.email.padEnd(34)} ${a.password}`);
await database.close();
