import type { Db } from '../../db/client.server';
import { memberships, users } from '../../db/schema';
import { hashPassword } from '../../app/features/accounts/auth.server';

/** Node flags for the portal process a benchmark starts: BENCH_PORTAL_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles it. */
export const benchNodeArgs = () => process.env.BENCH_PORTAL_NODE_ARGS?.split(' ').filter(Boolean) ?? [];

/**
 * A portal process's resident memory once it has settled (two readings a second apart within 2 MB, at most 30 s):
 * its document worker loads the server build after the port opens, which a baseline taken too early would count
 * as growth.
 */
export async function settledRss(rss: () => number): Promise<number> {
  for (let last = 0, i = 0; i < 30 && Math.abs(rss() - last) > 2 * 1024 * 1024; i++) {
    last = rss();
    await new Promise((r) => setTimeout(r, 1000));
  }
  return rss();
}

/** A fresh PostgreSQL database for one benchmark run on the server of BENCH_DATABASE_URL (default the local one). */
export async function benchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const { default: postgres } = await import('postgres');
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `plenary_bench_${Date.now().toString(36)}`;
  const admin = async (statement: string) => {
    const client = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      await client.unsafe(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Signs in through the portal's form; returns the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/signin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base },
    body: new URLSearchParams({ email, password }),
  });
  if (res.status !== 302) throw new Error(`sign-in of ${email}: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** The value at quantile q (0..1) of ascending numbers. */
export const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

/** `count` members of a group (bench0@example.org, bench1@...), each signing in with `password`; returns their e-mails. */
export async function addBenchMembers(db: Db, groupId: string, count: number, password: string): Promise<string[]> {
  const passwordHash = await hashPassword(password);
  const emails = Array.from({ length: count }, (_, i) => `bench${i}@example.org`);
  const rows = await db
    .insert(users)
    .values(
      emails.map((email, i) => ({
        email,
        name: `Bench member ${i}`,
        organisation: 'Bench Inc.',
        country: 'Switzerland',
        passwordHash,
      })),
    )
    .returning({ id: users.id });
  await db.insert(memberships).values(rows.map((r) => ({ userId: r.id, groupId, role: 'member' as const })));
  return emails;
}
