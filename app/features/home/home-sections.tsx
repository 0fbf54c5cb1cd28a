/** The sections of the home page; each shows only what its loader part gave (nothing the viewer may not see). */
import { Link } from '@remix-run/react';
import type { SerializeFrom } from '@remix-run/node';
import { When } from '~/components/when';
import type { MessageKey } from '~/i18n';
import { formatInstant } from '~/platform/format';
import { useLocale, useT } from '~/platform/i18n-react';
import type { HomePage } from './home.server';

type Data = SerializeFrom<HomePage>;

export function DeadlineList({ deadlines }: { deadlines: Data['deadlines'] }) {
  const t = useT();
  if (!deadlines.length) return <p className="muted">{t('home.noDeadlines')}</p>;
  return (
    <ul className="home-list">
      {deadlines.map((d) => (
        <li key={`${d.slug}-${d.kind}`}>
          <Link to={`/meetings/${d.slug}`}>{d.title}</Link> <span className="badge neutral">{d.groupCode}</span>
          <div className="small">
            <span className="deadline-kind">{t(`deadlines.kind.${d.kind}`)}</span>
            {': '}
            {d.deadline && <When instant={d.deadline} meetingZone={d.timeZone} />}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function MemberSection({ member }: { member: NonNullable<Data['member']> }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <section aria-labelledby="home-member" className="home-section">
      <h2 id="home-member">{t('home.member.title')}</h2>
      <div className="grid">
        <div className="card">
          <h3>{t('home.member.documents')}</h3>
          {member.documents.latest.length === 0 ? (
            <p className="muted">{t('home.member.noDocuments')}</p>
          ) : (
            <ul className="home-list">
              {member.documents.latest.map((d) => (
                <li key={d.id}>
                  <Link to={`/documents/${d.id}`}>{d.title}</Link>
                  <div className="small muted">
                    {d.numberLabel && (
                      <strong>
                        {d.numberLabel}
                        {d.revision ? ` Rev.${d.revision}` : ''}
                      </strong>
                    )}{' '}
                    <span className="badge">{t(`submissions.state.${d.state}` as MessageKey)}</span>
                    {d.late && <span className="badge late">{t('submissions.late')}</span>} {d.meetingTitle}
                    {d.submittedAt && <> · {formatInstant(d.submittedAt, locale, d.timeZone, { withZone: true })}</>}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/my/documents">{t('home.member.allDocuments', { count: member.documents.total })}</Link>
          </p>
        </div>
        <div className="card">
          <h3>{t('home.member.deadlines')}</h3>
          <DeadlineList deadlines={member.deadlines} />
        </div>
        <div className="card">
          <h3>{t('home.member.drafts')}</h3>
          {member.drafts.length === 0 ? (
            <p className="muted">{t('home.member.noDrafts')}</p>
          ) : (
            <ul className="home-list">
              {member.drafts.map((d) => (
                <li key={d.href}>
                  <span className="badge neutral">{t(`home.draft.${d.kind}`)}</span> <Link to={d.href}>{d.title}</Link>
                  {d.kind === 'liaison' && <div className="small muted">{d.meetingTitle}</div>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

const CHAIR_COUNTS = ['allocated', 'new', 'undecided', 'late', 'unallocated'] as const;

export function ChairSection({ chair }: { chair: Data['chair'] }) {
  const t = useT();
  if (!chair.length) return null;
  const filters = { new: 'new', unallocated: 'unallocated' } as Record<string, string>;
  return (
    <section aria-labelledby="home-chair" className="home-section">
      <h2 id="home-chair">{t('home.chair.title')}</h2>
      <div className="grid">
        {chair.map((c) => {
          const dashboard = `/groups/${c.group.slug}/dashboard${c.meeting ? `?meeting=${c.meeting.slug}` : ''}`;
          return (
            <div className="card" key={c.group.slug}>
              <h3>
                <Link to={`/groups/${c.group.slug}`}>{c.group.code}</Link>{' '}
                <span className="muted small">{c.group.name}</span>
              </h3>
              {c.meeting ? (
                <>
                  <p className="small">{t('home.chair.meeting', { meeting: c.meeting.title })}</p>
                  <ul className="home-counts">
                    {CHAIR_COUNTS.map((k) => (
                      <li key={k}>
                        {filters[k] ? (
                          <Link to={`${dashboard}${c.meeting ? '&' : '?'}filter=${filters[k]}`}>
                            <strong>{c.counts[k]}</strong> {t(`home.chair.${k}`)}
                          </Link>
                        ) : (
                          <>
                            <strong>{c.counts[k]}</strong> {t(`home.chair.${k}`)}
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                  <p>
                    <Link to={dashboard} className="button small">
                      {t('home.chair.dashboard')}
                    </Link>{' '}
                    <Link to={`/meetings/${c.meeting.slug}/agenda`}>{t('home.chair.agenda')}</Link>
                  </p>
                </>
              ) : (
                <p className="muted">{t('home.chair.noMeeting')}</p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

export function SecretariatSection({ secretariat }: { secretariat: Data['secretariat'] }) {
  const t = useT();
  return (
    <section aria-labelledby="home-secretariat" className="home-section">
      <h2 id="home-secretariat">{t('home.secretariat.title')}</h2>
      {secretariat.meetings.length === 0 && <p className="muted">{t('home.secretariat.none')}</p>}
      <div className="grid">
        {secretariat.meetings.map((m) => {
          const open = m.tasks.filter((task) => task.count > 0);
          return (
            <div className="card" key={m.slug}>
              <h3>
                <Link to={`/meetings/${m.slug}`}>{m.title}</Link> <span className="badge neutral">{m.groupCode}</span>
              </h3>
              {open.length === 0 ? (
                <p className="muted">{t('home.secretariat.nothing')}</p>
              ) : (
                <ul className="home-counts">
                  {open.map((task) => (
                    <li key={task.key}>
                      <Link to={task.href}>
                        <strong>{task.count}</strong> {t(`home.secretariat.${task.key}`)}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      {secretariat.nearLiaisons.length > 0 && (
        <div className="alert info">
          <h3>{t('home.secretariat.near')}</h3>
          <ul>
            {secretariat.nearLiaisons.map((l) => (
              <li key={l.id}>
                <Link to={`/liaisons/${l.id}`}>{l.title}</Link>
                {l.source && <> — {l.source}</>} · {l.replyDate}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
