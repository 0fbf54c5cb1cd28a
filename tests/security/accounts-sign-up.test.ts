import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountTokens, documents, users } from '../../db/schema';
import { minimalDocx } from '../fixtures/docx';
import { DEMO_PASSWORD } from '../support/demo';
import { Client } from '../support/http';
import { startTestPortal, type TestPortal } from '../support/portal';

let portal: TestPortal;
const GOOD = 'lantern-orbit-meadow-42';
const EXISTING = 'member.etri@example.org';
const TRIES = 5;

beforeAll(async () => {
  // Each test comes from its own address (X-Forwarded-For, trusted from the loopback "proxy") so the per-address limits stay apart.
  portal = await startTestPortal({ env: { TRUST_PROXY: 'loopback' }, demo: true });
});
afterAll(() => portal?.stop());

const db = () => portal.services.db;
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
/** Posts as the page's own script would, to read the action's answer as data. */
const data = (route: string) => `?_data=${encodeURIComponent(`routes/${route}`)}`;
type Answer = { ok: boolean; error?: string; fieldErrors?: Record<string, string> };

const mailsTo = async (email: string) =>
  (await portal.services.mail.listStored()).filter((m) => [m.to].flat().includes(email));
const linkIn = (text: string, path: string) =>
  new RegExp(`https?://[^\\s]+${path}\\?token=([A-Za-z0-9_-]+)`).exec(text)?.[1];

function signUp(fields: Record<string, string>, address: string) {
  return new Client(portal.url).post(
    `/signup${data('signup')}`,
    { name: 'Ana Pereira', organisation: 'Anatel', country: 'Brazil', ...fields },
    from(address),
  );
}

describe('sign-up', () => {
  it('answers the same, in about the same time, for a new and a registered address; each owner gets the fitting e-mail', async () => {
    // Registered addresses that have had no account e-mail yet, one per try: each try of either kind then does the
    // same work (a password hash and one e-mail), and a difference in time would be the pattern an attacker reads.
    const [existing] = await db().select().from(users).where(eq(users.email, EXISTING));
    const registered = Array.from({ length: TRIES }, (_, i) => `registered${i}@example.org`);
    await db()
      .insert(users)
      .values(registered.map((email, i) => ({ email, name: `Registered ${i}`, passwordHash: existing.passwordHash })));

    const timings: Record<'fresh' | 'taken', number[]> = { fresh: [], taken: [] };
    const answers: Record<'fresh' | 'taken', unknown[]> = { fresh: [], taken: [] };
    for (let i = 0; i < TRIES; i++) {
      for (const kind of ['fresh', 'taken'] as const) {
        const email = kind === 'fresh' ? `newcomer${i}@example.org` : registered[i];
        const started = performance.now();
        const res = await signUp({ email, password: GOOD }, `192.0.2.${i + 1}`);
        timings[kind].push(performance.now() - started);
        answers[kind].push({ status: res.status, body: await res.json(), cookie: res.headers.getSetCookie().length });
      }
    }
    expect(answers.fresh).toEqual(answers.taken);
    expect(answers.fresh[0]).toEqual({ status: 200, body: { ok: true }, cookie: 0 });
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // A loaded machine adds noise, not a pattern.
    expect(Math.abs(median(timings.fresh) - median(timings.taken))).toBeLessThan(
      Math.max(median(timings.fresh), median(timings.taken)) * 0.6,
    );

    const [created] = await db().select().from(users).where(eq(users.email, 'newcomer0@example.org'));
    expect(created.emailConfirmedAt).toBeNull();
    const [confirmation] = await mailsTo('newcomer0@example.org');
    expect(confirmation.subject).toBe('[Plenary] Confirm your e-mail address');
    expect(linkIn(confirmation.text, '/confirm-email')).toBeTruthy();
    const [notice, ...more] = await mailsTo(registered[0]);
    expect(more).toEqual([]);
    expect(notice.subject).toBe('[Plenary] Someone tried to create an account with your address');
    expect(notice.text).toContain('/forgot-password');
    // The registered account is untouched: its password still works.
    await new Client(portal.url).signIn(registered[0], DEMO_PASSWORD);
  });

  it('mails the owner of a registered address a few notices an hour at most, however often it is tried', async () => {
    for (let i = 0; i < 5; i++)
      expect((await signUp({ email: EXISTING, password: GOOD }, `192.0.2.${50 + i}`)).status).toBe(200);
    expect((await mailsTo(EXISTING)).length).toBe(3);
  });

  it('refuses easily guessed passwords with the reason on the password field, creating nothing', async () => {
    const cases = [
      ['0123456789', 'a sequence or a keyboard pattern'],
      ['qwertyuiop1', 'one of the most common passwords'],
      ['weak.owner@example.org', 'built on your e-mail address or name'],
      ['AnaPereira2024', 'built on your e-mail address or name'],
      ['short', 'at least 10 characters'],
    ] as const;
    for (const [password, reason] of cases) {
      const res = await signUp({ email: 'weak.owner@example.org', password }, '192.0.2.20');
      expect(res.status).toBe(400);
      expect(((await res.json()) as Answer).fieldErrors?.password).toContain(reason);
    }
    expect(await db().select().from(users).where(eq(users.email, 'weak.owner@example.org'))).toEqual([]);
  });

  it('limits sign-ups from one address', async () => {
    const answers = [];
    for (let i = 0; i < 11; i++)
      answers.push((await signUp({ email: `burst${i}@example.org`, password: GOOD }, '192.0.2.30')).status);
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(answers[10]).toBe(429);
  });
});

describe('e-mail confirmation', () => {
  const email = 'unconfirmed@example.org';
  let member: Client;

  beforeAll(async () => {
    expect((await signUp({ email, password: GOOD, name: 'Una Confirmed' }, '192.0.2.40')).status).toBe(200);
    member = new Client(portal.url);
    await member.signIn(email, GOOD);
  });

  it('lets an unconfirmed account sign in but not submit: the page says what to do, a post is refused and stores nothing', async () => {
    const page = await member.get('/meetings/fg-mv-demo/submit');
    expect(page.status).toBe(200);
    const loaderData = (await (
      await member.get(`/meetings/fg-mv-demo/submit${data('meetings.$slug_.submit')}`)
    ).json()) as { emailConfirmed: boolean };
    expect(loaderData.emailConfirmed).toBe(false);

    const form = new FormData();
    for (const [k, v] of Object.entries({
      intent: 'submit',
      type: 'input',
      title: 'Unconfirmed',
      source: 'X',
      purpose: 'proposal',
      contactName: 'Una',
      contactEmail: email,
    }))
      form.append(k, v);
    form.append('main', new Blob([minimalDocx('x')]), 'x.docx');
    const before = (await db().select().from(documents)).length;
    const res = await member.post(`/meetings/fg-mv-demo/submit${data('meetings.$slug_.submit')}`, form);
    expect(res.status).toBe(403);
    expect(((await res.json()) as Answer).error).toContain('Confirm your e-mail address before you submit documents');
    expect((await db().select().from(documents)).length).toBe(before);
  });

  it('sends the link again on request, a few times an hour; only the newest link works', async () => {
    const first = linkIn((await mailsTo(email))[0].text, '/confirm-email')!;
    const resend = await member.post(`/confirm-email${data('confirm-email')}`, { intent: 'resend' });
    expect(resend.status).toBe(200);
    expect(await mailsTo(email)).toHaveLength(2);
    const again = await member.post(`/confirm-email${data('confirm-email')}`, { intent: 'resend' });
    expect(again.status).toBe(200);
    const limited = await member.post(`/confirm-email${data('confirm-email')}`, { intent: 'resend' });
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as Answer).error).toContain('Several e-mails were sent to this address');
    const stale = await member.post(`/confirm-email${data('confirm-email')}`, { intent: 'confirm', token: first });
    expect(stale.status).toBe(400);
    expect(((await stale.json()) as Answer).error).toContain('not valid for your account');
  });

  it('confirms only for the account the link was sent to, then the account submits', async () => {
    const [latest] = await mailsTo(email); // newest first
    const token = linkIn(latest.text, '/confirm-email')!;
    // Another unconfirmed account opening the link confirms nothing, and the link still works for its owner.
    expect((await signUp({ email: 'other.unconfirmed@example.org', password: GOOD }, '192.0.2.41')).status).toBe(200);
    const other = new Client(portal.url);
    await other.signIn('other.unconfirmed@example.org', GOOD);
    const refused = await other.post(`/confirm-email${data('confirm-email')}`, { intent: 'confirm', token });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Answer).error).toContain('not valid for your account');
    const [before] = await db().select().from(users).where(eq(users.email, email));
    expect(before.emailConfirmedAt).toBeNull();

    // Opening the link signed out asks to sign in first and comes back.
    const signedOut = await new Client(portal.url).get(`/confirm-email?token=${token}`);
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get('location')).toBe(
      `/signin?next=${encodeURIComponent(`/confirm-email?token=${token}`)}`,
    );

    const confirmed = await member.post('/confirm-email', { intent: 'confirm', token });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get('location')).toBe('/profile?confirmed=1');
    const [after] = await db().select().from(users).where(eq(users.email, email));
    expect(after.emailConfirmedAt).not.toBeNull();
    expect(await db().select().from(accountTokens).where(eq(accountTokens.userId, after.id))).toEqual([]);
    const loaderData = (await (
      await member.get(`/meetings/fg-mv-demo/submit${data('meetings.$slug_.submit')}`)
    ).json()) as { emailConfirmed: boolean };
    expect(loaderData.emailConfirmed).toBe(true);
  });
});

describe('password reset', () => {
  const email = 'chair.wg3@example.org';

  it('answers the same for a known and an unknown address, and mails only the known one', async () => {
    const known = await new Client(portal.url).post(
      `/forgot-password${data('forgot-password')}`,
      { email },
      from('192.0.2.50'),
    );
    const unknown = await new Client(portal.url).post(
      `/forgot-password${data('forgot-password')}`,
      { email: 'nobody-here@example.org' },
      from('192.0.2.50'),
    );
    expect([known.status, await known.json()]).toEqual([unknown.status, await unknown.json()]);
    expect(await mailsTo('nobody-here@example.org')).toEqual([]);
    expect((await mailsTo(email))[0].subject).toBe('[Plenary] Choose a new password');
  });

  it('sets a strong new password once, signs in, and ends the other sessions', async () => {
    const elsewhere = new Client(portal.url);
    await elsewhere.signIn(email, DEMO_PASSWORD);
    const token = linkIn((await mailsTo(email))[0].text, '/reset-password')!;
    const browser = new Client(portal.url);
    const weak = await browser.post(`/reset-password${data('reset-password')}`, {
      token,
      password: 'chair.wg3@example.org',
    });
    expect(weak.status).toBe(400);
    expect(((await weak.json()) as Answer).fieldErrors?.password).toContain('built on your e-mail address or name');

    const done = await browser.post('/reset-password', { token, password: GOOD });
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/profile?reset=1');
    expect((await browser.get('/profile')).status).toBe(200);
    expect((await elsewhere.get('/profile')).status).toBe(302);
    expect(
      (await new Client(portal.url).post('/signin', { email, password: DEMO_PASSWORD }, from('192.0.2.51'))).status,
    ).toBe(400);
    await new Client(portal.url).signIn(email, GOOD);
    // The link worked once.
    expect(
      (
        await new Client(portal.url).post(`/reset-password${data('reset-password')}`, {
          token,
          password: 'another-fine-passphrase',
        })
      ).status,
    ).toBe(400);
  });
});
