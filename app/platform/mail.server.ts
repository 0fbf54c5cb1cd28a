import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/client.server';
import { enqueue, QUEUES } from '../../db/jobs/index';
import type { Config } from './config.server';

export interface MailMessage {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  /** Files attached (a meeting's .ics, a generated letter); sent directly, not through the mail queue's JSON. */
  attachments?: MailAttachment[];
}
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer | string;
}
export interface StoredMail extends MailMessage {
  id: string;
  from: string;
  at: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Messages written to the mail folder (embedded mode only), newest first. */
  listStored(): Promise<StoredMail[]>;
}

/**
 * SMTP through nodemailer when SMTP_URL is set; otherwise each message is written as JSON to $DATA_DIR/mail,
 * where the development page /dev/mail lists them.
 */
export function createMailer(config: Pick<Config, 'mail'>): Mailer {
  const { smtpUrl, from, dir } = config.mail;
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  return {
    async send(message) {
      if (transport) {
        await transport.sendMail({ from, ...message });
        return;
      }
      fs.mkdirSync(dir, { recursive: true });
      const at = new Date().toISOString();
      const id = `${at.replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
      // Attachments are kept as their names and sizes: the folder is for reading mail, not for keeping files.
      const attachments = message.attachments?.map((a) => ({ ...a, content: `(${a.content.length} bytes)` }));
      const stored: StoredMail = { id, from, at, ...message, ...(attachments && { attachments }) };
      fs.writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(stored, null, 2));
    },
    async listStored() {
      if (!fs.existsSync(dir)) return [];
      return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .reverse()
        .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as StoredMail);
    },
  };
}

/**
 * Sends a message after the caller's transaction commits: it becomes a job of the mail queue, enqueued in that
 * transaction (no mail for a change that rolled back), sent by a worker and retried alone if the server refuses it.
 */
export async function queueMail(tx: Db, message: MailMessage): Promise<void> {
  await enqueue(tx, QUEUES.mail.name, message);
}
