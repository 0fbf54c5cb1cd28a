import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../app/features/accounts/auth.server';
import { like } from 'drizzle-orm';
import { clearExpiredRateLimits, LIMITS, reserveSignInAttempt } from '../../app/features/accounts/rate-limits.server';
import { rateLimits, users } from '../../db/schema';
import { Client, rendered } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
const PASSWORD = 'the-owner-knows-this-42';
const OWNER = 'owner@example.org';

beforeAll(async () => {
  // Addresses come from X-Forwarded-For, trusted here because the test client is the "proxy" on loopback.
  portal = await startTestPortal({ env: { TRUST_PROXY: 'loopback' } });
  const passwordHash = await hashPassword(PASSWORD);
  await portal.services.db.insert(users).values(
    ['owner', 'spread', 'hammered', 'known'].map((name) => ({
      email: `${name}@example.org`,
      name,
      passwordHash,
    })),
  );
});
afterAll(() => portal?.stop());

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
const signIn = (email: string, password: string, address: string) =>
  new Client(portal.url).post('/signin', { email, password }, from(address));

describe('sign-in rate limits', () => {
  it('checks at most five of 60 parallel wrong passwords for one account from one address, and says how long to wait', async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signIn('hammered@example.org', `wrong-guess-${i}`, '203.0.113.7')),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(55);
    const limited = answers.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await rendered(limited)).toContain('Too many sign-in attempts from your connection');
    // The right password from the same address waits too: the guesses are not reset by a lucky one.
    expect((await signIn('hammered@example.org', PASSWORD, '203.0.113.7')).status).toBe(429);
  });

  it('lets the owner sign in from another address while an attacker hammers the account', async () => {
    const attack = Promise.all(Array.from({ length: 40 }, (_, i) => signIn(OWNER, `attacker-${i}`, '198.51.100.66')));
    const owner = await signIn(OWNER, PASSWORD, '192.0.2.10');
    expect(owner.status).toBe(302);
    const statuses = (await attack).map((r) => r.status);
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(5);
    // And again once the attack is over, still from the owner's address.
    expect((await signIn(OWNER, PASSWORD, '192.0.2.10')).status).toBe(302);
  });

  it('spaces out checks of an account guessed from many addresses, except from addresses where its owner signed in', async () => {
    expect((await signIn('spread@example.org', PASSWORD, '192.0.2.44')).status).toBe(302);
    for (let i = 0; i < 20; i++)
      expect((await signIn('spread@example.org', `spread-${i}`, `10.1.0.${i + 1}`)).status).toBe(400);
    // A new address: one check, then a wait before the next.
    expect((await signIn('spread@example.org', 'still-guessing', '10.2.0.1')).status).toBe(400);
    const spaced = await signIn('spread@example.org', 'again-guessing', '10.2.0.2');
    expect(spaced.status).toBe(429);
    expect(await rendered(spaced)).toContain('attempts are spaced out');
    // The owner's known address is not slowed.
    expect((await signIn('spread@example.org', PASSWORD, '192.0.2.44')).status).toBe(302);
  });

  it('limits the attempts from one address over all accounts', async () => {
    const address = '198.51.100.200';
    // Counted in the database directly (each attempt through HTTP would cost a password hash).
    await Promise.all(
      Array.from({ length: LIMITS.signInPerAddress.points }, (_, i) =>
        reserveSignInAttempt(portal.services.db, `nobody-${i}@example.org`, address),
      ),
    );
    const refused = await signIn('known@example.org', PASSWORD, address);
    expect(refused.status).toBe(429);
    expect(await rendered(refused)).toContain('Too many sign-in attempts from your connection');
    expect((await signIn('known@example.org', PASSWORD, '198.51.100.201')).status).toBe(302);
  });
});

describe('expired counts', () => {
  it('are deleted an hour after their window ends, while current counts and open-ended ones stay', async () => {
    const { db } = portal.services;
    const now = new Date();
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    await db.insert(rateLimits).values([
      { key: 'sweep-test:long-expired', points: 3, expire: ago(90) },
      { key: 'sweep-test:just-expired', points: 3, expire: ago(30) },
      { key: 'sweep-test:current', points: 3, expire: ago(-10) },
      { key: 'sweep-test:open-ended', points: 3, expire: null },
    ]);
    expect(await clearExpiredRateLimits(db, now)).toBeGreaterThanOrEqual(1);
    const left = await db.select({ key: rateLimits.key }).from(rateLimits).where(like(rateLimits.key, 'sweep-test:%'));
    expect(left.map((r) => r.key).sort()).toEqual([
      'sweep-test:current',
      'sweep-test:just-expired',
      'sweep-test:open-ended',
    ]);
  });
});
