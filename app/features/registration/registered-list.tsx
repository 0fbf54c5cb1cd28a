import { Form, Link } from '@remix-run/react';
import type { SerializeFrom } from '@remix-run/node';
import { BulkBar, SelectAllRows } from '~/components/bulk';
import { When } from '~/components/when';
import { useT } from '~/platform/i18n-react';
import { DocLabel } from './numbering';
import { QueuePager } from './queue-pager';
import type { RegistrationPage } from './registration-queue.server';

/**
 * The registered documents, newest first, with the groups each is allocated to: a selection is allocated to
 * subgroups and an agenda item at once.
 */
export function RegisteredList({
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
  const registeredTitle = t('registration.registered', { count: counts.registered });
  return (
    <>
      <h2 id="registered">{registeredTitle}</h2>
      {counts.registered > 0 && (
        <p className="muted small">
          {t('registration.matching', {
            shown: data.registered.length,
            matching: counts.registeredMatching,
            total: counts.registered,
          })}
        </p>
      )}
      {data.registered.length > 0 && (
        <Form method="post" id="alloc-form" key={formKey}>
          <BulkBar form="alloc-form" name="reg" matching={counts.registeredMatching}>
            <fieldset className="field">
              <legend>{t('registration.allocateTo')}</legend>
              {data.subgroups.map((g) => (
                <label
                  key={g.id}
                  className="small"
                  style={{ display: 'inline-block', marginInlineEnd: '.6rem', fontWeight: 400 }}
                >
                  <input type="checkbox" name="group" value={g.id} /> <abbr title={g.name}>{g.code}</abbr>
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor="agendaItemId">{t('registration.agendaItem')}</label>
              <select id="agendaItemId" name="agendaItemId" defaultValue="">
                <option value="">{t('registration.keepAgenda')}</option>
                {data.agendaItems.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.label} {i.title}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" name="intent" value="allocate" disabled={busy}>
              {t('registration.allocateSelected')}
            </button>
          </BulkBar>
          <table className="list">
            <caption className="visually-hidden">{registeredTitle}</caption>
            <thead>
              <tr>
                <th scope="col" className="check">
                  <SelectAllRows form="alloc-form" name="reg" label={t('registration.selectAll')} />
                </th>
                <th scope="col">{t('registration.doc')}</th>
                <th scope="col">{t('registration.registeredAt')}</th>
                <th scope="col">{t('registration.allocatedTo')}</th>
              </tr>
            </thead>
            <tbody>
              {data.registered.map((d) => (
                <tr key={d.id}>
                  <td className="check">
                    <input
                      type="checkbox"
                      name="reg"
                      value={d.id}
                      aria-label={t('registration.select', { title: d.label ?? d.title })}
                    />
                    <input type="hidden" name={`v_${d.id}`} value={d.version} />
                  </td>
                  <td>
                    <Link to={`/documents/${d.id}`}>
                      <DocLabel label={d.label} title={d.title} />
                    </Link>{' '}
                    {d.late && <span className="badge late">{t('registration.late')}</span>}
                  </td>
                  <td>{d.registeredAt && <When instant={d.registeredAt} meetingZone={data.meeting.timeZone} />}</td>
                  <td>
                    {d.allocatedTo.length ? (
                      d.allocatedTo.join(', ')
                    ) : (
                      <span className="badge warn">{t('registration.unallocated')}</span>
                    )}{' '}
                    <Link to={`/documents/${d.id}/allocation`} className="small">
                      {t('workflow.allocate')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Form>
      )}
      <QueuePager list={registeredTitle} page={paging.regPage} pages={paging.regPages} param="rpage" />
    </>
  );
}
