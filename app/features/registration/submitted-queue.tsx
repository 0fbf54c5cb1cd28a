import { Form, Link } from '@remix-run/react';
import type { SerializeFrom } from '@remix-run/node';
import { BulkBar, SelectAllRows } from '~/components/bulk';
import { When } from '~/components/when';
import { useT } from '~/platform/i18n-react';
import { QueuePager } from './queue-pager';
import type { RegistrationPage } from './registration-queue.server';

/**
 * The submitted documents waiting for a number, oldest first: registered one by one or as a selection (with the
 * part of the plenary for a TD), each showing the number it will get.
 */
export function SubmittedQueue({
  data,
  formKey,
  busy,
}: {
  data: SerializeFrom<RegistrationPage>;
  /** Changes after each finished bulk action, so that no row stays ticked. */
  formKey: string;
  busy: boolean;
}) {
  const t = useT();
  const { counts, paging } = data;
  const queueTitle = t('registration.queue', { count: counts.submitted });
  return (
    <>
      <h2 id="queue">{queueTitle}</h2>
      <p className="muted">{t('registration.queueHint')}</p>
      {counts.submitted > 0 && (
        <p className="muted small">
          {t('registration.matching', {
            shown: data.submitted.length,
            matching: counts.submittedMatching,
            total: counts.submitted,
          })}
        </p>
      )}
      {data.submitted.length === 0 ? (
        <p className="muted">{counts.submitted ? t('dashboard.empty') : t('registration.queueEmpty')}</p>
      ) : (
        <Form method="post" id="queue-form" key={formKey}>
          <BulkBar form="queue-form" name="doc" matching={counts.submittedMatching}>
            <button type="submit" name="intent" value="register" disabled={busy}>
              {t('registration.registerSelected')}
            </button>
          </BulkBar>
          <table className="list">
            <caption className="visually-hidden">{queueTitle}</caption>
            <thead>
              <tr>
                <th scope="col" className="check">
                  <SelectAllRows form="queue-form" name="doc" label={t('registration.selectAll')} />
                </th>
                <th scope="col">{t('registration.doc')}</th>
                <th scope="col">{t('registration.type')}</th>
                <th scope="col">{t('registration.submitted')}</th>
                <th scope="col">{t('registration.proposed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('registration.registerOne')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.submitted.map((d) => (
                <tr key={d.id}>
                  <td className="check">
                    <input
                      type="checkbox"
                      name="doc"
                      value={d.id}
                      aria-label={t('registration.select', { title: d.title })}
                    />
                    <input type="hidden" name={`v_${d.id}`} value={d.version} />
                  </td>
                  <td>
                    <Link to={`/documents/${d.id}`}>{d.title}</Link>{' '}
                    {d.late && <span className="badge late">{t('registration.late')}</span>}
                    {data.mailedIds.includes(d.id) && (
                      <span className="badge neutral">{t('mailbox.queue.byEmail')}</span>
                    )}
                    {(d.revisionOfId || d.relatedToId) && (
                      <span className="badge neutral">
                        {d.revisionOfId ? 'Rev.' : d.relation === 'addendum' ? 'Add.' : 'Corr.'}
                      </span>
                    )}
                    <div className="muted small">
                      {d.source}
                      {d.submitterName && ` — ${d.submitterName}`}
                    </div>
                  </td>
                  <td>
                    {t(`numbering.type.${d.type}`)}
                    <div className="muted small">
                      {d.nextNumber
                        ? t('registration.nextNumber', { number: d.nextNumber })
                        : t('registration.noSchemeShort')}
                    </div>
                    {d.type === 'td' && (
                      <label className="small">
                        {t('registration.part')}{' '}
                        <select name={`part_${d.id}`} defaultValue={d.part || 'GEN'}>
                          <option>PLEN</option>
                          <option>GEN</option>
                          <option>WP1</option>
                          <option>WP2</option>
                          <option>WP3</option>
                        </select>
                      </label>
                    )}
                  </td>
                  <td>{d.submittedAt && <When instant={d.submittedAt} meetingZone={data.meeting.timeZone} />}</td>
                  <td>{d.proposedGroups.join(', ')}</td>
                  <td>
                    <button
                      type="submit"
                      name="intent"
                      value={`register:${d.id}`}
                      className="small secondary"
                      disabled={busy}
                      aria-label={`${t('registration.registerOne')}: ${d.title}`}
                    >
                      {t('registration.registerOne')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Form>
      )}
      <QueuePager list={queueTitle} page={paging.page} pages={paging.pages} param="page" />
    </>
  );
}
