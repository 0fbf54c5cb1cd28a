import { Link } from '@remix-run/react';
import type { SerializeFrom } from '@remix-run/node';
import { useT } from '~/platform/i18n-react';
import type { RegistrationPage } from './registration-queue.server';

/** Submissions received by mail that the secretariat has still to review, each linked to its review page. */
export function AwaitingMail({ mails }: { mails: SerializeFrom<RegistrationPage>['byMail'] }) {
  const t = useT();
  if (mails.length === 0) return null;
  return (
    <section aria-labelledby="by-mail">
      <h2 id="by-mail">{t('mailbox.queue.title')}</h2>
      <ul>
        {mails.map((m) => (
          <li key={m.id}>
            {m.fromAddress}: {m.filename} ({m.subject}){' '}
            <span className="badge neutral">{t('mailbox.queue.byEmail')}</span>{' '}
            <Link to={`/mail-submissions/${m.id}`}>{t('mailbox.queue.review')}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
