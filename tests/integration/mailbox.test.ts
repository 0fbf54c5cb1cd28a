import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { ImapFlow } from 'imapflow';
import { parse } from 'node-html-parser';
import { auditEvents, documents, mailedSubmissions, meetings } from '../../db/schema';
import { sweepStorage } from '../../app/platform/storage-sweep.server';
import type { Seeded } from '../../app/features/demo/index';
import { pollImap } from '../../app/features/mailbox/listeners.server';
import { updateMeeting } from '../../app/features/meetings/meeting-admin.server';
import { loadPrincipal } from '../../app/features/groups/permissions.server';
import { demoData, DEMO_PASSWORD } from '../support/demo';
import { ituCoverDocx } from '../support/documents';
import { Client, withoutScripts } from '../support/http';
import { waitForJobs } from '../support/jobs';
import { startTestPortal, type TestPortal } from '../support/portal';

const INTAKE = 'fgmv-demo@intake.example.org';
const DAY = 86_400_000;
let portal: TestPortal;
let seeded: Seeded;
let docx: Buffer;
const db = () => portal.services.db;

beforeAll(async () => {
  portal = await startTestPortal({ demo: true, env: { MAIL_INTAKE_SMTP_PORT: '0', MAIL_INTAKE_MAX_MB: '1' } });
  seeded = await demoData(db());
  // The secretariat sets the meeting's intake address as the meeting form does (the form's other values kept).
  const sec = await loadPrincipal(db(), { id: seeded.userIds.secretariat, isAdmin: false });
  const [m] = await db().select().from(meetings).where(eq(meetings.id, seeded.meetingIds['fg-mv-demo']));
  await updateMeeting(db(), sec, m.slug, {
    ...m,
    number: m.number ?? '',
    startTime: m.startTime ?? '',
    endTime: m.endTime ?? '',
    deadlineMode: m.deadlineOverridden ? 'custom' : 'rule',
    deadlineDate: m.inputDeadline ? m.inputDeadline.toISOString().slice(0, 10) : '',
    deadlineTime: '',
    intakeAddress: ` ${INTAKE.toUpperCase()} `,
  });
  const [updated] = await db().select().from(meetings).where(eq(meetings.id, m.id));
  expect(updated.intakeAddress).toBe(INTAKE);
  expect(updated.documentTypes).toEqual(m.documentTypes);
  docx = await ituCoverDocx({ title: 'Avatars in city services' });
});
afterAll(() => portal?.stop());

const transport = () =>
  nodemailer.createTransport({
    host: '127.0.0.1',
    port: portal.workers.mailIntake.smtpPort!,
    secure: false,
    ignoreTLS: true,
  });
const send = (message: nodemailer.SendMailOptions) =>
  transport().sendMail({
    from: 'member.etri@example.org',
    to: INTAKE,
    subject: 'Contribution',
    text: 'Please find attached.',
    ...message,
  });
const rowOf = async (messageId: string) =>
  (await db().select().from(mailedSubmissions).where(eq(mailedSubmissions.messageId, messageId)))[0];
/** Mail the portal sent (written to its mail folder), to one address, newest first. */
async function sentTo(address: string) {
  await waitForJobs(db());
  return (await portal.services.mail.listStored()).filter((m) => [m.to].flat().includes(address));
}

/** Posts a page's form back as a browser would: every named field with the value the page gave it. */
function formFields(html: string) {
  const form = parse(withoutScripts(html)).querySelector('form.submission-form')!;
  const data = new FormData();
  for (const el of form.querySelectorAll('input, select, textarea')) {
    const name = el.getAttribute('name');
    const type = el.getAttribute('type');
    if (!name || type === 'file' || type === 'submit') continue;
    if ((type === 'checkbox' || type === 'radio') && !el.hasAttribute('checked')) continue;
    const value =
      el.tagName === 'SELECT'
        ? (el.querySelector('option[selected]')?.getAttribute('value') ?? '')
        : el.tagName === 'TEXTAREA'
          ? el.text
          : (el.getAttribute('value') ?? '');
    data.append(name, value);
  }
  return data;
}

describe('mailbox bridge by SMTP', () => {
  it('turns a mailed .docx into a submission the sender confirms from the link in their mail, at the arrival time', async () => {
    const info = await send({ attachments: [{ filename: 'avatars.docx', content: docx }] });
    const row = await rowOf(info.messageId);
    expect(row).toMatchObject({
      state: 'awaiting',
      fromAddress: 'member.etri@example.org',
      userId: seeded.userIds.member1,
    });

    const [notice] = await sentTo('member.etri@example.org');
    const link = /https?:\/\/\S+\/mail-submissions\/[0-9a-f-]{36}/.exec(notice.text)![0];
    const linkPath = new URL(link).pathname;

    // Someone else, even signed in, finds nothing there.
    const other = new Client(portal.url);
    await other.signIn('member.nokia@example.org', DEMO_PASSWORD);
    expect((await other.get(linkPath)).status).toBe(404);

    const member = new Client(portal.url);
    await member.signIn('member.etri@example.org', DEMO_PASSWORD);
    const page = await member.get(linkPath);
    expect(page.status).toBe(200);
    const html = await page.text();
    const title = parse(withoutScripts(html)).querySelector('[name=title]');
    expect(title?.text).toBe('Avatars in city services');
    const fields = formFields(html);
    fields.set('type', 'input');
    fields.set('source', 'ETRI');
    fields.set('purpose', 'proposal');
    fields.set('abstract', 'Avatars as a front door to city services.');
    fields.set('intent', 'submit');
    const confirmed = await member.post(linkPath, fields);
    expect(confirmed.status).toBe(302);
    const after = await rowOf(info.messageId);
    expect(after.state).toBe('submitted');
    const [doc] = await db().select().from(documents).where(eq(documents.id, after.documentId!));
    expect(doc).toMatchObject({
      title: 'Avatars in city services',
      state: 'submitted',
      submittedBy: seeded.userIds.member1,
    });
    expect(doc.submittedAt!.getTime()).toBe(row.receivedAt.getTime());

    // The secretariat sees it marked in the registration queue.
    const sec = new Client(portal.url);
    await sec.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
    const queue = parse(withoutScripts(await (await sec.get('/meetings/fg-mv-demo/registration')).text()));
    const rowEl = queue
      .querySelectorAll('#queue-form tbody tr')
      .find((tr) => tr.text.includes('Avatars in city services'));
    expect(rowEl?.text).toContain('by e-mail');
  });

  it('creates one document when the sender and the secretariat confirm the same mail at once', async () => {
    const file = await ituCoverDocx({ title: 'Avatars confirmed twice at once' });
    const info = await send({ attachments: [{ filename: 'at-once.docx', content: file }] });
    const row = await rowOf(info.messageId);
    const linkPath = `/mail-submissions/${row.id}`;
    const member = new Client(portal.url);
    await member.signIn('member.etri@example.org', DEMO_PASSWORD);
    const sec = new Client(portal.url);
    await sec.signIn('tsb.fgmv@example.org', DEMO_PASSWORD);
    const forms = await Promise.all(
      [member, sec].map(async (client) => {
        const fields = formFields(await (await client.get(linkPath)).text());
        fields.set('type', 'input');
        fields.set('purpose', 'proposal');
        fields.set('abstract', 'Confirmed by two people at once.');
        fields.set('intent', 'submit');
        return fields;
      }),
    );
    const answers = await Promise.all([member.post(linkPath, forms[0]), sec.post(linkPath, forms[1])]);
    expect(answers.map((a) => a.status).sort()).toEqual([302, expect.any(Number)]);
    const refused = answers.find((a) => a.status !== 302)!;
    const refusedHtml = await refused.text();
    // Refused at the door (404: it no longer awaits) or by the conditional update in the submitting transaction.
    expect([404, 409]).toContain(refused.status);
    if (refused.status === 409)
      expect(parse(withoutScripts(refusedHtml)).querySelector('[role=alert]')?.text).toMatch(/already been confirmed/);
    const created = await db()
      .select({ id: documents.id })
      .from(documents)
      .where(eq(documents.title, 'Avatars confirmed twice at once'));
    expect(created).toHaveLength(1);
    expect(await rowOf(info.messageId)).toMatchObject({ state: 'submitted', documentId: created[0].id });
  });

  it('handles the same mail delivered twice once', async () => {
    const message = { messageId: '<twice@example.org>', attachments: [{ filename: 'twice.docx', content: docx }] };
    await send(message);
    await send(message);
    const rows = await db()
      .select()
      .from(mailedSubmissions)
      .where(eq(mailedSubmissions.messageId, '<twice@example.org>'));
    expect(rows).toHaveLength(1);
  });

  it('answers mails it cannot take with the reason, and stores no file', async () => {
    const none = await send({ from: 'member.nokia@example.org', subject: 'No file' });
    const several = await send({
      from: 'member.nokia@example.org',
      subject: 'Two files',
      attachments: [
        { filename: 'a.docx', content: docx },
        { filename: 'b.docx', content: docx },
      ],
    });
    const bad = await send({
      from: 'member.nokia@example.org',
      subject: 'Old Word',
      attachments: [{ filename: 'old.docx', content: Buffer.from('MZ this is a program, not a document') }],
    });
    for (const id of [none.messageId, several.messageId, bad.messageId]) {
      const row = await rowOf(id);
      expect(row.state).toBe('refused');
      expect(row.storageKey).toBeNull();
    }
    const replies = (await sentTo('member.nokia@example.org')).map((m) => `${m.subject}: ${m.text}`).join('\n');
    expect(replies).toMatch(/Re: No file: .*carries no Word document/);
    expect(replies).toMatch(/Re: Two files: .*2 Word documents; a mail can carry one contribution only/);
    expect(replies).toMatch(/Re: Old Word: .*cannot be taken/);
  });

  it('invites a sender without an account to sign up and claim it', async () => {
    const info = await send({ from: 'newcomer@example.net', attachments: [{ filename: 'new.docx', content: docx }] });
    expect(await rowOf(info.messageId)).toMatchObject({ state: 'awaiting', userId: null });
    const [invite] = await sentTo('newcomer@example.net');
    expect(invite.text).toMatch(/No account has this address yet.*\/signup\?email=newcomer%40example\.net/s);
  });

  it('expires mails nobody confirms and removes their files with the hourly storage sweep, as other unclaimed files', async () => {
    const { storage } = portal.services;
    const old = await rowOf(
      (await send({ subject: 'Forgotten', attachments: [{ filename: 'forgotten.docx', content: docx }] })).messageId,
    );
    const fresh = await rowOf(
      (await send({ subject: 'Fresh', attachments: [{ filename: 'fresh.docx', content: docx }] })).messageId,
    );
    await db()
      .update(mailedSubmissions)
      .set({ receivedAt: new Date(Date.now() - 31 * DAY) })
      .where(eq(mailedSubmissions.id, old.id));
    // A file stored for a mail whose row was never written (the process stopped in between).
    const leftover = `mail/2026/01/${randomUUID()}`;
    await storage.put(leftover, Readable.from([docx]));

    // Two hours on: past the orphan age, and the forgotten mail past MAIL_INTAKE_AWAIT_DAYS (30).
    const result = await sweepStorage(portal.services, { now: new Date(Date.now() + 2 * 3_600_000) });
    expect(result.expiredMails).toBe(1);
    expect(await rowOf(old.messageId)).toMatchObject({ state: 'expired' });
    expect(await storage.head(old.storageKey!)).toBeNull();
    expect(await storage.head(leftover)).toBeNull();
    expect(await rowOf(fresh.messageId)).toMatchObject({ state: 'awaiting' });
    expect(await storage.head(fresh.storageKey!)).not.toBeNull();
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, old.id))
      .orderBy(desc(auditEvents.id));
    expect(event.action).toBe('mail.expired');

    // The sender's link now says what happened instead of a form.
    const member = new Client(portal.url);
    await member.signIn('member.etri@example.org', DEMO_PASSWORD);
    const page = parse(withoutScripts(await (await member.get(`/mail-submissions/${old.id}`)).text()));
    expect(page.querySelector('form.submission-form')).toBeNull();
    expect(page.querySelector('.alert')?.text).toMatch(/not confirmed within 30 days/);
  });

  it('refuses a mail over the size limit at SMTP level', async () => {
    await expect(
      send({ attachments: [{ filename: 'big.docx', content: Buffer.alloc(2 * 1024 * 1024, 1) }] }),
    ).rejects.toThrow(/552|size|too large/i);
  });
});

/** A private dovecot on a free loopback port, its mail in a temporary maildir, run as the current user. */
async function startDovecot() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenary-dovecot-'));
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  for (const d of ['run', 'state', 'home']) fs.mkdirSync(path.join(dir, d));
  // Dovecot's login process refuses to run as root: as root, its own unprivileged users serve the test mailbox.
  const asRoot = os.userInfo().uid === 0;
  const loginUser = asRoot ? 'dovenull' : os.userInfo().username;
  const internalUser = asRoot ? 'dovecot' : os.userInfo().username;
  const internalGroup = asRoot ? 'dovecot' : spawnText('id', ['-gn']);
  const uid = asRoot ? Number(spawnText('id', ['-u', 'dovecot'])) : os.userInfo().uid;
  const gid = asRoot ? Number(spawnText('id', ['-g', 'dovecot'])) : os.userInfo().gid;
  fs.chownSync(path.join(dir, 'home'), uid, gid);
  fs.chmodSync(dir, 0o755);
  fs.writeFileSync(
    path.join(dir, 'dovecot.conf'),
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
auth_mechanisms = plain login
disable_plaintext_auth = no
listen = 127.0.0.1
protocols = imap
default_internal_user = ${internalUser}
default_internal_group = ${internalGroup}
default_login_user = ${loginUser}
first_valid_uid = 1
first_valid_gid = 1
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
passdb {
  driver = static
  args = password=secret
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${dir}/home/%u
}
mail_location = maildir:~/Maildir
`,
  );
  const child: ChildProcess = spawn('dovecot', ['-F', '-c', path.join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, url: `imap://intake:secret@127.0.0.1:${port}/INBOX`, stop: () => child.kill() };
}

function spawnText(cmd: string, args: string[]) {
  return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
}

describe('mailbox bridge by IMAP', () => {
  it('picks up a mail appended to a real mailbox, once, and marks it seen', async () => {
    const dovecot = await startDovecot();
    try {
      const raw = await new Promise<Buffer>((resolve, reject) =>
        nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(
          {
            from: 'member.etri@example.org',
            to: INTAKE,
            subject: 'By IMAP',
            messageId: '<imap-1@example.org>',
            attachments: [{ filename: 'imap.docx', content: docx }],
          },
          (err, info) => (err ? reject(err) : resolve(info.message as Buffer)),
        ),
      );
      const client = new ImapFlow({
        host: '127.0.0.1',
        port: dovecot.port,
        secure: false,
        auth: { user: 'intake', pass: 'secret' },
        logger: false,
      });
      await client.connect();
      await client.append('INBOX', raw);
      expect(await pollImap(portal.services, dovecot.url)).toBe(1);
      expect(await rowOf('<imap-1@example.org>')).toMatchObject({ state: 'awaiting', userId: seeded.userIds.member1 });
      expect(await pollImap(portal.services, dovecot.url)).toBe(0);
      const lock = await client.getMailboxLock('INBOX');
      const unseen = await client.search({ seen: false });
      lock.release();
      expect(unseen).toEqual([]);
      await client.logout();
    } finally {
      dovecot.stop();
    }
  });
});
