import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { users, sessions, auditEvents, memberships } from '../../db/schema';
import { DEMO_PASSWORD } from '../support/demo';
import { Client, rendered, withoutScripts } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
const PASSWORD = DEMO_PASSWORD;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
});
afterAll(() => portal?.stop());

const userCount = async () => (await portal.services.db.select({ n: count() }).from(users))[0].n;

describe('sign-up', () => {
  it('creates an unconfirmed account with an argon2id hash, not yet signed in; signing in sets a secure httpOnly Lax cookie', async () => {
    const client = new Client(portal.url);
    const res = await client.post('/signup', {
      name: 'Ana Pereira',
      email: 'Ana@Example.org',
      password: 'a-long-passphrase',
      organisation: 'Anatel',
      country: 'Brazil',
    });
    expect(res.status).toBe(200);
    expect(client.cookies.has('plenary_session')).toBe(false);
    const [row] = await portal.services.db.select().from(users).where(eq(users.email, 'ana@example.org'));
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.emailConfirmedAt).toBeNull();
    const signedIn = await client.signIn('ana@example.org', 'a-long-passphrase');
    const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith('plenary_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i);
    const profile = (await (await client.get(`/profile?_data=${encodeURIComponent('routes/profile')}`)).json()) as {
      user: { name: string };
      emailConfirmed: boolean;
    };
    expect(profile).toMatchObject({ user: { name: 'Ana Pereira' }, emailConfirmed: false });
  });

  it('refuses a weak password and missing fields with clear messages, creating nothing', async () => {
    const before = await userCount();
    const client = new Client(portal.url);
    const weak = await client.post('/signup', { name: 'X', email: 'x1@example.org', password: 'short' });
    expect(weak.status).toBe(400);
    expect(withoutScripts(await weak.text())).toContain('at least 10 characters');
    const missing = await client.post('/signup', { name: '', email: 'not-an-email', password: 'a-long-passphrase' });
    expect(missing.status).toBe(400);
    const body = withoutScripts(await missing.text());
    expect(body).toContain('This field is required');
    expect(body).toContain('Enter an e-mail address');
    expect(await userCount()).toBe(before);
  });
});

describe('sign-in and sign-out', () => {
  it('signs in, then signs out and the session is gone', async () => {
    const client = new Client(portal.url);
    await client.signIn('member.etri@example.org', PASSWORD);
    expect(await rendered(await client.get('/profile'))).toContain('Kim Min-jun');
    const out = await client.post('/signout', {});
    expect(out.status).toBe(302);
    const profile = await client.get('/profile');
    expect(profile.status).toBe(302);
    expect(profile.headers.get('location')).toContain('/signin?next=%2Fprofile');
  });

  it('answers the same for a wrong password and an unknown account', async () => {
    const client = new Client(portal.url);
    const wrong = await client.post(
      '/signin',
      { email: 'admin@example.org', password: 'wrong-password!' },
      { headers: { 'x-forwarded-for': '10.0.0.1' } },
    );
    const unknown = await client.post('/signin', { email: 'nobody@example.org', password: 'wrong-password!' });
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    const a = withoutScripts(await wrong.text());
    const b = withoutScripts(await unknown.text());
    expect(a).toContain('The e-mail or password is not right.');
    expect(b).toContain('The e-mail or password is not right.');
    expect(client.cookies.has('plenary_session')).toBe(false);
  });

  it('rate-limits repeated failures on one account, even with the right password afterwards', async () => {
    const client = new Client(portal.url);
    for (let i = 0; i < 5; i++)
      await client.post('/signin', { email: 'tsb.fgmv@example.org', password: `guess-${i}-xxxxxx` });
    const blocked = await client.post('/signin', { email: 'tsb.fgmv@example.org', password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(withoutScripts(await blocked.text())).toContain('Too many sign-in attempts');
  });

  it('treats a forged or expired session cookie as signed out and clears it', async () => {
    const client = new Client(portal.url);
    client.cookies.set('plenary_session', 'forged-session-id');
    const res = await client.get('/profile');
    expect(res.status).toBe(302);
    expect(client.cookies.has('plenary_session')).toBe(false);

    const real = new Client(portal.url);
    await real.signIn('chair.wg2@example.org', PASSWORD);
    await portal.services.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
    expect((await real.get('/profile')).status).toBe(302);
  });
});

describe('cross-origin requests', () => {
  it('refuses a state-changing POST from another origin and changes nothing', async () => {
    const before = await userCount();
    const client = new Client(portal.url);
    const res = await client.post(
      '/signup',
      { name: 'Evil', email: 'evil@example.org', password: 'a-long-passphrase' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(res.status).toBe(403);
    expect(withoutScripts(await res.text())).toContain('another site');
    expect(await userCount()).toBe(before);
  });
});

describe('roles', () => {
  it('lets the FG-MV secretariat grant a role in FG-MV, recorded as an audit event, and refuses a member', async () => {
    const member = new Client(portal.url);
    await member.signIn('member.etri@example.org', PASSWORD);
    expect((await member.get('/admin/roles')).status).toBe(403);

    const sec = new Client(portal.url);
    await sec.signIn('chair.wg2@example.org', PASSWORD); // not secretariat
    expect((await sec.get('/admin/roles')).status).toBe(403);

    const officer = new Client(portal.url);
    await officer.signIn('admin@example.org', PASSWORD);
    const page = withoutScripts(await (await officer.get('/admin/roles')).text());
    expect(page).toContain('Grant role');
    const groupId = page.match(/<option value="([0-9a-f-]{36})">WG5</)![1];
    const res = await officer.post('/admin/roles', {
      intent: 'grant',
      email: 'member.etri@example.org',
      groupId,
      role: 'chair',
      title: 'Vice-chair',
    });
    expect(res.status).toBe(200);
    const db = portal.services.db;
    const [etri] = await db.select().from(users).where(eq(users.email, 'member.etri@example.org'));
    const roles = await db.select().from(memberships).where(eq(memberships.userId, etri.id));
    expect(roles.map((r) => r.role)).toContain('chair');
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'role.granted'));
    expect(events).toHaveLength(1);

    // A member cannot grant by posting directly either.
    const denied = await member.post('/admin/roles', {
      intent: 'grant',
      email: 'member.etri@example.org',
      groupId,
      role: 'secretariat',
    });
    expect(denied.status).toBe(403);
  });
});

describe('pages', () => {
  it('shows groups, meetings with deadlines in the meeting time zone, and 404 for an unknown meeting', async () => {
    const client = new Client(portal.url);
    const home = withoutScripts(await (await client.get('/')).text());
    expect(home).toContain('FG-MV');
    expect(home).toContain('JCA-MV');
    const meeting = withoutScripts(await (await client.get('/meetings/jca-mv-1')).text());
    expect(meeting).toContain('JCA-MV 1st meeting');
    expect(meeting).toContain('2025-09-30T21:59:00.000Z'); // 23:59 in Geneva (CEST) on 30 Sep 2025
    const group = withoutScripts(await (await client.get('/groups/fg-mv')).text());
    expect(group).toContain('Applications and services');
    expect((await client.get('/meetings/no-such-meeting')).status).toBe(404);
  });
});
