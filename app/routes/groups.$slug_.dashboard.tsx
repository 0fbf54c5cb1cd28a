import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { Count, DocLabel } from '~/features/registration/numbering';
import { BulkBar, BulkConfirm, bulkFormKey, SelectAllRows } from '~/components/bulk';
import { bulkDone, bulkStep } from '~/features/bulk/selection.server';
import { FormAlert } from '~/components/form';
import { changeAllocations } from '~/features/allocation/allocation.server';
import { chairDashboard, dashboardIds, markDashboardSeen } from '~/features/allocation/chair-dashboard.server';
import { authorizeGroup } from '~/features/groups/policy.server';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { formatInstant } from '~/platform/format';
import { useLocale, useT } from '~/platform/i18n-react';
import styles from '~/styles/numbering.css';
import { metaTitle } from '~/platform/meta';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('dashboard.title', { group: data.group.code })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  const url = new URL(request.url);
  const q = (k: string) => url.searchParams.get(k) ?? undefined;
  return load(context, async () =>
    json(
      await chairDashboard(context.db, principal, params.slug!, {
        meeting: q('meeting'),
        filter: q('filter'),
        agendaItem: q('agenda'),
        q: q('q'),
      }),
    ),
  );
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const form = await readFormData(request);
    const intent = String(form.get('intent') ?? '');
    const { group } = await authorizeGroup(context.db, principal, 'chair', { slug: params.slug! });
    if (intent === 'seen') {
      await markDashboardSeen(context.db, principal, params.slug!);
      return json({ ok: true as const, message: '' });
    }
    const step = await bulkStep(form, {
      idField: 'doc',
      matching: (filter) => dashboardIds(context.db, principal, params.slug!, filter),
    });
    if (step.confirm) return json({ ok: true as const, confirm: step.confirm });
    const ids = step.ids;
    const versions = Object.fromEntries(
      ids.filter((id) => form.get(`v_${id}`) !== null).map((id) => [id, String(form.get(`v_${id}`))]),
    );
    let input: Record<string, unknown>;
    if (intent === 'move') input = { documentIds: ids, agendaItemId: form.get('agendaItemId') || 'none', versions };
    else if (intent === 'reallocate')
      input = {
        documentIds: ids,
        add: form.get('target') ? [String(form.get('target'))] : [],
        remove: form.getAll('from').map(String),
        versions,
      };
    else if (intent === 'handback') input = { documentIds: ids, remove: form.getAll('from').map(String), versions };
    else input = { documentIds: ids, versions };
    if (intent === 'handback' && !form.getAll('from').length) input.remove = [group.id];
    const result = await changeAllocations(context.db, principal, input);
    const done = intent === 'reallocate' || intent === 'handback' ? intent : 'move';
    return json(bulkDone(context.locale, `bulk.done.${done}`, result.count));
  });
}

export default function Dashboard() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { locale, viewerTimeZone } = useLocale();
  const [params] = useSearchParams();
  const busy = useNavigation().state === 'submitting';
  const failed = result && !result.ok ? result : undefined;
  // Validation failures name the problem in fieldErrors (e.g. no document ticked); the general line alone says nothing.
  const failure = failed && (Object.values(failed.fieldErrors ?? {}).join(' ') || failed.error);
  const base = `?meeting=${d.meeting?.slug ?? ''}`;
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${d.group.slug}`}>{d.group.code}</Link>
      </nav>
      <h1>{t('dashboard.title', { group: d.group.code })}</h1>
      {!d.meeting ? (
        <p className="muted">{t('dashboard.noMeeting')}</p>
      ) : (
        <>
          <Form method="get" className="toolbar">
            <div className="field">
              <label htmlFor="meeting">{t('dashboard.meeting')}</label>
              <select id="meeting" name="meeting" defaultValue={d.meeting.slug}>
                {d.meetings.map((m) => (
                  <option key={m.id} value={m.slug}>
                    {m.title} ({m.startsOn})
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="q">{t('dashboard.search')}</label>
              <input id="q" name="q" type="search" defaultValue={params.get('q') ?? ''} />
            </div>
            <input type="hidden" name="filter" value={d.filter} />
            <button type="submit" className="secondary">
              {t('dashboard.apply')}
            </button>
          </Form>
          <FormAlert
            error={failure || undefined}
            ok={result?.ok && 'message' in result && result.message ? result.message : undefined}
          />
          {result?.ok && 'confirm' in result && result.confirm && <BulkConfirm confirm={result.confirm} />}
          <div className="counts" role="navigation" aria-label={t('dashboard.filter')}>
            <Count
              value={d.counts.all}
              label={t('dashboard.counts.all')}
              href={`${base}&filter=all`}
              current={d.filter === 'all'}
            />
            <Count
              value={d.counts.new}
              label={t('dashboard.counts.new')}
              href={`${base}&filter=new`}
              current={d.filter === 'new'}
            />
            <Count
              value={d.counts.noAgenda}
              label={t('dashboard.counts.noAgenda')}
              href={`${base}&filter=noAgenda`}
              current={d.filter === 'noAgenda'}
            />
            <Count
              value={d.counts.unallocated}
              label={t('dashboard.counts.unallocated')}
              href={`${base}&filter=unallocated`}
              current={d.filter === 'unallocated'}
            />
          </div>
          <p className="muted small">
            {d.since
              ? t('dashboard.since', {
                  time: formatInstant(d.since, locale, viewerTimeZone ?? 'UTC', { withZone: true }),
                })
              : t('dashboard.firstVisit')}
          </p>
          <Form method="post">
            <button type="submit" name="intent" value="seen" className="small secondary">
              {t('dashboard.markSeen')}
            </button>
          </Form>
          {d.agendaItems.length > 0 && (
            <>
              <h2>{t('dashboard.byAgenda')}</h2>
              <ul className="agenda-list">
                {d.byAgenda.map((a) => (
                  <li key={a.id ?? 'none'}>
                    <Link to={a.id ? `${base}&agenda=${a.id}` : `${base}&filter=noAgenda`}>
                      {a.id ? `${a.label} ${a.title}` : t('dashboard.noAgendaItem')}{' '}
                      <span className="badge neutral">{a.count}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {d.filter === 'unallocated' ? (
            <>
              <p className="muted">{t('dashboard.unallocatedHint')}</p>
              {d.unallocated.length === 0 ? (
                <p className="muted">{t('dashboard.empty')}</p>
              ) : (
                <ul>
                  {d.unallocated.map((u) => (
                    <li key={u.id}>
                      <DocLabel label={u.label} title={u.title} />{' '}
                      <span className="muted small">({u.proposedGroups.join(', ')})</span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <Form method="post" id="dash-form" key={bulkFormKey(result)}>
              <p className="muted small">{t('dashboard.shown', { shown: d.docs.length, total: d.counts.all })}</p>
              {d.docs.length === 0 ? (
                <p className="muted">{t('dashboard.empty')}</p>
              ) : (
                <div className="table-scroll">
                  <table className="list">
                    <thead>
                      <tr>
                        <th scope="col" className="check">
                          <SelectAllRows form="dash-form" name="doc" label={t('registration.selectAll')} />
                        </th>
                        <th scope="col">{t('registration.doc')}</th>
                        <th scope="col">{t('registration.allocatedTo')}</th>
                        <th scope="col">{t('registration.agendaItem')}</th>
                        <th scope="col">{t('dashboard.decision')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.docs.map((doc) => (
                        <tr key={doc.id} className={doc.isNew ? 'is-new' : undefined}>
                          <td className="check">
                            <input
                              type="checkbox"
                              name="doc"
                              value={doc.id}
                              aria-label={t('registration.select', { title: doc.label ?? doc.title })}
                            />
                            <input type="hidden" name={`v_${doc.id}`} value={doc.version} />
                          </td>
                          <td>
                            <Link to={`/documents/${doc.id}/allocation`}>
                              <DocLabel label={doc.label} title={doc.title} />
                            </Link>{' '}
                            {doc.isNew && <span className="badge">{t('dashboard.new')}</span>}{' '}
                            {doc.late && <span className="badge late">{t('registration.late')}</span>}
                            <div className="muted small">{doc.source}</div>
                          </td>
                          <td>{doc.groups.join(', ')}</td>
                          <td>{d.agendaItems.find((i) => i.id === doc.agendaItemId)?.label ?? '—'}</td>
                          <td>
                            {doc.decision ? (
                              t(`decision.${doc.decision}`)
                            ) : (
                              <Link to={`/documents/${doc.id}/decision`} className="small">
                                {t('decision.choose')}
                              </Link>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <BulkBar form="dash-form" name="doc" matching={d.docs.length}>
                <div className="field">
                  <label htmlFor="agendaItemId">{t('dashboard.moveTo')}</label>
                  <select id="agendaItemId" name="agendaItemId" defaultValue="">
                    {[
                      <option key="none" value="">
                        {t('registration.noAgenda')}
                      </option>,
                      ...d.agendaItems.map((i) => (
                        <option key={i.id} value={i.id}>
                          {i.label} {i.title}
                        </option>
                      )),
                    ]}
                  </select>
                </div>
                <button type="submit" name="intent" value="move" disabled={busy}>
                  {t('dashboard.move')}
                </button>
                {d.subgroups.length > 1 && (
                  <>
                    <input type="hidden" name="from" value={d.group.id} />
                    <div className="field">
                      <label htmlFor="target">{t('dashboard.moveToGroup', { group: d.group.code })}</label>
                      <select id="target" name="target">
                        {d.subgroups
                          .filter((g) => g.id !== d.group.id)
                          .map((g) => (
                            <option key={g.id} value={g.id}>
                              {g.code}
                            </option>
                          ))}
                      </select>
                    </div>
                    <button type="submit" name="intent" value="reallocate" className="secondary" disabled={busy}>
                      {t('dashboard.reallocate')}
                    </button>
                  </>
                )}
                <button type="submit" name="intent" value="handback" className="secondary" disabled={busy}>
                  {t('dashboard.handBackSelected')}
                </button>
              </BulkBar>
            </Form>
          )}
        </>
      )}
    </>
  );
}
