/**
 * Where mailed contributions come in: an SMTP listener for a mail route that forwards the group's address to the
 * portal (MAIL_INTAKE_SMTP_PORT), and polling of an existing mailbox over IMAP (MAIL_INTAKE_IMAP_URL). Both hand
 * each mail to receiveMail; both are off unless configured.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ImapFlow } from 'imapflow';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { Config } from '../../platform/config.server';
import { logger } from '../../platform/logging.server';
import { receiveMail, type IntakeServices } from './intake.server';

export interface MailIntake {
  /** The SMTP listener's port (when listening). */
  smtpPort: number | null;
  /** Fetches the IMAP mailbox now (also done every MAIL_INTAKE_IMAP_POLL_MS). */
  pollNow(): Promise<number>;
  stop(): Promise<void>;
}

type Services = IntakeServices & { config: Pick<Config, 'publicUrl' | 'mailIntake'> };

function smtpError(message: string, responseCode: number) {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * The SMTP data written to a temporary file as it arrives (a mail is never held in memory), then read from there
 * once the sender has finished, so that a mail over the limit is refused before any of it is taken.
 */
async function spoolMessage(stream: SMTPServerDataStream) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'plenary-mail-')).catch((err) => {
    stream.resume(); // the sender still gets an answer
    throw err;
  });
  const remove = () => rm(dir, { recursive: true, force: true });
  const file = path.join(dir, 'message.eml');
  try {
    await pipeline(stream, createWriteStream(file, { mode: 0o600 }));
  } catch (err) {
    await remove();
    throw err;
  }
  return { file, tooLarge: stream.sizeExceeded, remove };
}

/** The SMTP answer to a spooled mail: refused when too large, else taken (null) or to be tried again later. */
async function takeSpooled(services: Services, file: string, tooLarge: boolean, to: string[]): Promise<Error | null> {
  const { maxBytes } = services.config.mailIntake;
  if (tooLarge)
    return smtpError(
      `552 Message too large: the portal takes mail of at most ${Math.round(maxBytes / 1024 / 1024)} MB. ` +
        'Share large files another way and mail the .docx alone.',
      552,
    );
  try {
    const outcome = await receiveMail(services, createReadStream(file), { to, receivedAt: new Date() });
    logger.info({ outcome: outcome.kind }, 'mail intake: mail received by SMTP');
    return null;
  } catch (err) {
    logger.error({ err }, 'mail intake: a mail could not be taken');
    return smtpError('451 The mail could not be taken now; try again later.', 451);
  }
}

function startSmtp(services: Services): Promise<SMTPServer> {
  const { smtpPort, smtpHost, maxBytes } = services.config.mailIntake;
  const server = new SMTPServer({
    name: new URL(services.config.publicUrl).hostname,
    banner: 'Plenary mail intake',
    // A mail route forwards to this port; it is not a submission server for people (no AUTH, no TLS of its own).
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    // Announced in EHLO (SIZE), so senders refuse a larger mail before sending it; enforced on the data too.
    size: maxBytes,
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      spoolMessage(stream).then(
        async ({ file, tooLarge, remove }) => {
          try {
            callback(await takeSpooled(services, file, tooLarge, to));
          } finally {
            await remove();
          }
        },
        (err) => callback(err as Error),
      );
    },
  });
  server.on('error', (err) => logger.error({ err }, 'mail intake: SMTP listener error'));
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(smtpPort, smtpHost, () => resolve(server));
  });
}

/** Fetches the unseen mails of the mailbox in the URL (INBOX by default), takes each and marks it seen. */
export async function pollImap(services: IntakeServices, imapUrl: string, batch = 50): Promise<number> {
  const url = new URL(imapUrl);
  const client = new ImapFlow({
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'imaps:' ? 993 : 143),
    secure: url.protocol === 'imaps:',
    auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    logger: false,
  });
  await client.connect();
  let taken = 0;
  try {
    const lock = await client.getMailboxLock(decodeURIComponent(url.pathname.replace(/^\//, '')) || 'INBOX');
    try {
      const uids = (await client.search({ seen: false }, { uid: true })) || [];
      for (const uid of uids.slice(0, batch)) {
        const message = await client.fetchOne(String(uid), { envelope: true }, { uid: true });
        if (!message) continue;
        // The message's source as a stream: read as it comes, never held whole.
        const { content } = await client.download(String(uid), undefined, { uid: true });
        if (!content) continue;
        await receiveMail(services, content, {
          to: (message.envelope?.to ?? []).map((a) => a.address ?? '').filter(Boolean),
          receivedAt: new Date(),
        });
        // Seen only once taken: a crash before this fetches it again, and the Message-ID makes that harmless.
        await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
        taken++;
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return taken;
}

/** Starts what the configuration asks for; returns a handle that stops it. */
export async function startMailIntake(services: Services): Promise<MailIntake> {
  const { smtpPort, imapUrl, imapPollMs } = services.config.mailIntake;
  const smtp = smtpPort !== undefined ? await startSmtp(services) : null;
  let timer: NodeJS.Timeout | null = null;
  let polling: Promise<number> | null = null;
  const pollNow = () =>
    imapUrl
      ? (polling ??= pollImap(services, imapUrl)
          .catch((err) => {
            logger.warn({ err }, 'mail intake: the IMAP mailbox could not be read; trying again later');
            return 0;
          })
          .finally(() => {
            polling = null;
          }))
      : Promise.resolve(0);
  if (imapUrl) {
    timer = setInterval(() => void pollNow(), imapPollMs);
    timer.unref();
    void pollNow();
  }
  return {
    smtpPort: smtp ? (smtp.server.address() as AddressInfo).port : null,
    pollNow,
    async stop() {
      if (timer) clearInterval(timer);
      await polling;
      if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}
