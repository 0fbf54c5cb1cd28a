import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  data: string;
}

export interface SmtpTestServer {
  url: string;
  received: ReceivedMail[];
  /** Recipients for which the server answers 550 (mailbox unavailable) until changed. */
  refuse(recipients: string[]): void;
  close(): Promise<void>;
}

/** A real SMTP server on loopback, plain (no STARTTLS, no AUTH) as a local relay would be, that keeps what it receives. */
export async function startSmtpServer(): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  let refused = new Set<string>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address))
        return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const data = Buffer.concat(chunks).toString('utf8');
        const subject = /^Subject: (.*)$/m.exec(data.replace(/\r?\n[ \t]/g, ' '))?.[1]?.trim() ?? '';
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject, data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (recipients) => {
      refused = new Set(recipients);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
