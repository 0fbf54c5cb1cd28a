import { Link } from '@remix-run/react';
import { formatDate } from '~/platform/format';
import { useLocale, useT } from '~/platform/i18n-react';
import { IncomingState } from './incoming-parts';
import type { IncomingState as State } from '../../../db/schema/liaisons';

export interface HomeIncoming {
  id: string;
  title: string;
  senderOrganisation: string;
  replyDeadline: string | null;
  state: State;
  overdue: boolean;
}

/** On a chair's home page: the incoming statements of their groups that are overdue or in hand, overdue first. */
export function IncomingLiaisonsSection({ statements }: { statements: HomeIncoming[] }) {
  const t = useT();
  const { locale } = useLocale();
  if (!statements.length) return null;
  return (
    <section aria-labelledby="home-incoming" className="home-section">
      <h2 id="home-incoming">{t('liaisons.home.title')}</h2>
      <ul className="home-list card">
        {statements.map((s) => (
          <li key={s.id}>
            <Link to={`/liaisons/incoming/${s.id}`}>{s.title}</Link>{' '}
            <span className="muted">({s.senderOrganisation})</span> <IncomingState state={s.state} />{' '}
            {s.overdue && <strong className="badge overdue-badge">{t('liaisons.overdue')}</strong>}
            {s.replyDeadline && (
              <div className="small">{t('liaisons.home.due', { date: formatDate(s.replyDeadline, locale) })}</div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
