import type PgBoss from 'pg-boss';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** Any drizzle database or transaction of the portal (typed loosely: db/jobs needs nothing of the schema). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = PgDatabase<PgQueryResultHKT, any>;

interface PgliteClient {
  exec(text: string): Promise<{ rows: unknown[] }[]>;
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}
interface PostgresJsClient {
  unsafe(text: string, values?: unknown[]): Promise<unknown[]>;
  reserve(): Promise<PostgresJsClient & { release(): void }>;
}

// postgres.js as drizzle configures it passes json parameters through unserialised, and refuses undefined.
const forPostgresJs = (values: unknown[]) =>
  values.map((v) =>
    v === undefined
      ? null
      : v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
        ? JSON.stringify(v)
        : v,
  );

/**
 * The connection pg-boss talks through: the driver client under a drizzle database (PGlite or the postgres.js pool)
 * or under a drizzle transaction, so that a job enqueued there commits or rolls back with the change that caused it.
 * The statement goes to the driver as pg-boss wrote it (its placeholders repeat, which a query builder would renumber).
 * pg-boss sends its migrations as several statements without parameters: PGlite runs those through `exec` (it refuses
 * several commands in one prepared statement); postgres.js only on a reserved connection (they hold BEGIN/COMMIT).
 */
export function jobExecutor(db: AnyDb): PgBoss.Db {
  const { session, $client } = db as unknown as {
    session: { client: PgliteClient | PostgresJsClient };
    $client?: unknown;
  };
  const client = session.client;
  const isTransaction = $client === undefined;
  return {
    async executeSql(text, values) {
      if ('exec' in client) {
        if (values?.length) return client.query(text, values);
        return { rows: (await client.exec(text)).at(-1)?.rows ?? [] };
      }
      if (values?.length || isTransaction)
        return { rows: [...(await client.unsafe(text, forPostgresJs(values ?? [])))] };
      const connection = await client.reserve();
      try {
        return { rows: [...(await connection.unsafe(text))] };
      } finally {
        connection.release();
      }
    },
  };
}
