import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, users } from '../../db/schema';
import { LOCALES } from '../../app/i18n';
import { DEMO_PASSWORD } from '../support/demo';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true });
});
afterAll(() => portal?.stop());

const htmlTag = async (res: Response) => (await res.text()).match(/<html[^>]*>/)![0];
const chosen = LOCALES[LOCALES.length - 1];

describe('the language switcher', () => {
  it('keeps a visitor’s choice in a cookie and comes back to the same page', async () => {
    const client = new Client(portal.url);
    const res = await client.post('/language', { locale: chosen, to: '/meetings?x=1' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/meetings?x=1');
    expect(client.cookies.get('plenary_locale')).toBe(chosen);
    const page = await client.get('/', { headers: { 'accept-language': 'de' } });
    expect(await htmlTag(page)).toContain(`lang="${chosen}"`);
    expect(await htmlTag(await client.get('/'))).toContain(`dir="${chosen === 'ar' ? 'rtl' : 'ltr'}"`);
  });

  it('never sends the visitor to another site, and ignores a language not offered', async () => {
    const client = new Client(portal.url);
    const away = await client.post('/language', { locale: 'en', to: '//evil.example/' });
    expect(away.headers.get('location')).toBe('/');
    const unknown = await new Client(portal.url).post('/language', { locale: 'xx', to: '/meetings' });
    expect(unknown.status).toBe(302);
    expect(unknown.headers.get('location')).toBe('/meetings');
    expect(unknown.headers.getSetCookie().some((c) => c.startsWith('plenary_locale='))).toBe(false);
  });

  it('sets a signed-in member’s language, recorded with who and when, and clears it again', async () => {
    const client = new Client(portal.url);
    await client.signIn('member.etri@example.org', DEMO_PASSWORD);
    const { db } = portal.services;
    const [member] = await db.select().from(users).where(eq(users.email, 'member.etri@example.org'));
    await client.post('/language', { locale: chosen, to: '/profile' });
    expect((await db.select().from(users).where(eq(users.id, member.id)))[0].locale).toBe(chosen);
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'account.locale'), eq(auditEvents.subjectId, member.id)));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: member.id, after: { locale: chosen } });
    // Another browser of the same member: the account's language wins over what the browser asks for.
    const elsewhere = new Client(portal.url);
    await elsewhere.signIn('member.etri@example.org', DEMO_PASSWORD);
    expect(await htmlTag(await elsewhere.get('/', { headers: { 'accept-language': 'de' } }))).toContain(
      `lang="${chosen}"`,
    );
    await client.post('/language', { locale: '', to: '/profile' });
    expect((await db.select().from(users).where(eq(users.id, member.id)))[0].locale).toBeNull();
  });
});
