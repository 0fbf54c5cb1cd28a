import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { DocLabel } from '~/features/registration/numbering';
import { BulkBar, BulkConfirm, bulkFormKey, SelectAllRows } from '~/components/bulk';
import { bulkDone, bulkStep } from '~/features/bulk/selection.server';
import { Field, FormAlert, SelectField, useSchemaForm } from '~/components/form';
import { reservationCapForm, reserveForm } from '~/features/registration/reserve-input';
import { FillForm } from '~/features/registration/fill-form';
import { reservationCap } from '~/features/registration/reservation-rules.server';
import { setReservationCap } from '~/features/registration/reservations.server';
import { parseFormOrThrow } from '~/platform/validation';
import { When } from '~/components/when';
import { changeAllocations } from '~/features/allocation/allocation.server';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { fullLabel } from '~/features/registration/numbering.server';
import {
  fillReservedFromRequest,
  queueMatchingIds,
  queueOptionsFrom,
  registerDocuments,
  registrationMeeting,
  registrationQueue,
  reserveNumber,
} from '~/features/registration/registration.server';
import { translate } from '~/i18n';
import { awaitingMail, mailedDocumentIds } from '~/features/mailbox/intake.server';
import styles from '~/styles/numbering.css';
import { metaTitle } from '~/platform/meta';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('registration.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  const options = queueOptionsFrom(new URL(request.url).searchParams);
  return load(context, async () => {
    const queue = await registrationQueue(context.db, principal, params.slug!, options);
    const mailed = await mailedDocumentIds(
      context.db,
      queue.submitted.map((d) => d.id),
    );
    const byMail = await awaitingMail(context.db, queue.meeting.id);
    const cap = await reservationCap(context.db, queue.meeting.id);
    return json({ ...queue, options, mailedIds: [...mailed], byMail, reservationCap: cap });
  });
}

const versionsOf = (form: FormData, ids: string[]) =>
  Object.fromEntries(ids.filter((id) => form.get(`v_${id}`) !== null).map((id) => [id, String(form.get(`v_${id}`))]));

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () => {
    const meeting = await registrationMeeting(context.db, principal, params.slug!);
    // ?fill=<id>: the file of a reserved number (multipart, streamed to storage; permission checked before the body is read).
    const fill = new URL(request.url).searchParams.get('fill');
    if (fill) {
      const row = await fillReservedFromRequest(context, principal, fill, request, context.requestBeganAt);
      return json({
        ok: true as const,
        message: translate(context.locale, 'registration.fillOk', { number: fullLabel(row) ?? '' }),
      });
    }
    const form = await readFormData(request);
    const intent = String(form.get('intent') ?? '');
    const matching = (list: 'submitted' | 'registered') => (filter: URLSearchParams) =>
      queueMatchingIds(context.db, principal, params.slug!, filter, list);
    const pageSize = queueOptionsFrom(new URL(request.url).searchParams).perPage;
    if (intent === 'register' || intent.startsWith('register:')) {
      const step = intent.startsWith('register:')
        ? { ids: [intent.slice(9)] }
        : await bulkStep(form, { idField: 'doc', pageSize, matching: matching('submitted') });
      if (step.confirm) return json({ ok: true as const, confirm: step.confirm });
      const ids = step.ids!;
      const rows = await registerDocuments(context, principal, {
        meetingId: meeting.id,
        items: ids.map((id) => ({
          id,
          version: form.get(`v_${id}`) ?? undefined,
          part: form.get(`part_${id}`) || undefined,
        })),
      });
      return json({
        ok: true as const,
        message: translate(context.locale, 'registration.registeredOk', {
          count: rows.length,
          numbers: rows.map((r) => fullLabel(r)).join(', '),
        }),
        done: Date.now(),
      });
    }
    if (intent === 'reserve') {
      const row = await reserveNumber(context.db, principal, {
        ...parseFormOrThrow(form, reserveForm),
        meetingId: meeting.id,
      });
      return json({
        ok: true as const,
        message: translate(context.locale, 'registration.reservedOk', { number: fullLabel(row) ?? '' }),
      });
    }
    if (intent === 'reservationCap') {
      const cap = await setReservationCap(context.db, principal, params.slug!, Object.fromEntries(form));
      return json({ ok: true as const, message: translate(context.locale, 'reservations.capSaved', { cap }) });
    }
    if (intent === 'allocate') {
      const step = await bulkStep(form, { idField: 'reg', pageSize, matching: matching('registered') });
      if (step.confirm) return json({ ok: true as const, confirm: step.confirm });
      const ids = step.ids;
      const result = await changeAllocations(context.db, principal, {
        documentIds: ids,
        add: form.getAll('group').map(String),
        agendaItemId: form.get('agendaItemId') ?? undefined,
        versions: versionsOf(form, ids),
      });
      return json(bulkDone(context.locale, 'registration.allocatedOk', result.count));
    }
    return json(
      { ok: false as const, error: translate(context.locale, 'error.form'), fieldErrors: {} as Record<string, string> },
      { status: 400 },
    );
  });
}

function Pager({ list, page, pages, param }: { list: string; page: number; pages: number; param: 'page' | 'rpage' }) {
  const t = useT();
  const [params] = useSearchParams();
  if (pages <= 1) return null;
  const to = (n: number) => {
    const p = new URLSearchParams(params);
    p.set(param, String(n));
    return `?${p.toString()}`;
  };
  return (
    <nav className="pager" aria-label={t('registration.paging', { list })}>
      {page > 1 ? (
        <Link to={to(page - 1)} rel="prev">
          {t('registration.prev')}
        </Link>
      ) : (
        <span className="muted">{t('registration.prev')}</span>
      )}
      <span>{t('registration.page', { page, pages })}</span>
      {page < pages ? (
        <Link to={to(page + 1)} rel="next">
          {t('registration.next')}
        </Link>
      ) : (
        <span className="muted">{t('registration.next')}</span>
      )}
    </nav>
  );
}

export default function Registration() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const nav = useNavigation();
  const failed = result && !result.ok ? result : undefined;
  const reserve = useSchemaForm(reserveForm, {
    result,
    id: 'reserve',
    defaultValue: { type: data.meeting.documentTypes[0] },
  });
  const capForm = useSchemaForm(reservationCapForm, {
    result,
    id: 'reservation-cap',
    defaultValue: { cap: data.reservationCap },
  });
  const { options: o, counts, paging } = data;
  const busy = nav.state === 'submitting';
  const filtered = o.late || !!o.type || !!o.q || o.unallocated;
  const queueTitle = t('registration.queue', { count: counts.submitted });
  const registeredTitle = t('registration.registered', { count: counts.registered });
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${data.group.slug}`}>{data.group.code}</Link> /{' '}
        <Link to={`/meetings/${data.meeting.slug}`}>{data.meeting.title}</Link>
      </nav>
      <h1>{t('registration.title', { meeting: data.meeting.title })}</h1>
      <p>
        <Link to={`/meetings/${data.meeting.slug}/import`}>{t('import.page.link')}</Link>
      </p>
      <FormAlert error={failed?.error} ok={result?.ok && 'message' in result ? result.message : undefined} />
      {result?.ok && 'confirm' in result && result.confirm && <BulkConfirm confirm={result.confirm} />}

      <Form method="get" className="toolbar" role="search" aria-label={t('registration.filters')}>
        <div className="field">
          <label htmlFor="q">{t('registration.searchLabel')}</label>
          <input id="q" name="q" type="search" defaultValue={o.q} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="filter-type">{t('registration.type')}</label>
          <select id="filter-type" name="type" defaultValue={o.type}>
            <option value="">{t('registration.allTypes')}</option>
            {data.meeting.documentTypes.map((ty) => (
              <option key={ty} value={ty}>
                {t(`numbering.type.${ty}` as never)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="show">{t('registration.filter')}</label>
          <select id="show" name="show" defaultValue={o.unallocated ? 'unallocated' : 'all'}>
            <option value="all">{t('registration.filter.all')}</option>
            <option value="unallocated">
              {t('registration.filter.unallocated')} ({counts.unallocated})
            </option>
          </select>
        </div>
        <div className="field">
          <label>
            <input type="checkbox" name="late" value="1" defaultChecked={o.late} /> {t('registration.lateOnly')} (
            {counts.late})
          </label>
        </div>
        <div className="field">
          <label htmlFor="per">{t('registration.perPage')}</label>
          <select id="per" name="per" defaultValue={String(paging.perPage)}>
            {paging.sizes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          {t('dashboard.apply')}
        </button>
        {filtered && <Link to="?">{t('registration.clear')}</Link>}
      </Form>

      {data.byMail.length > 0 && (
        <section aria-labelledby="by-mail">
          <h2 id="by-mail">{t('mailbox.queue.title')}</h2>
          <ul>
            {data.byMail.map((m) => (
              <li key={m.id}>
                {m.fromAddress}: {m.filename} ({m.subject}){' '}
                <span className="badge neutral">{t('mailbox.queue.byEmail')}</span>{' '}
                <Link to={`/mail-submissions/${m.id}`}>{t('mailbox.queue.review')}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
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
        <Form method="post" id="queue-form" key={bulkFormKey(result)}>
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
      <Pager list={queueTitle} page={paging.page} pages={paging.pages} param="page" />

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
        <Form method="post" id="alloc-form" key={bulkFormKey(result)}>
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
      <Pager list={registeredTitle} page={paging.regPage} pages={paging.regPages} param="rpage" />

      <h2 id="reserved">{t('registration.reserved', { count: data.reserved.length })}</h2>
      {data.reserved.length > 0 && (
        <ul className="reserved-list">
          {data.reserved.map((d) => (
            <li key={d.id} className="card">
              <Link to={`/documents/${d.id}`}>
                <DocLabel label={d.label} title={d.title} />
              </Link>
              <FillForm
                id={`fill-${d.id}`}
                action={`/meetings/${data.meeting.slug}/registration?fill=${d.id}`}
                version={d.version}
                label={t('registration.fillLabel', { number: d.label ?? '' })}
                hint={t('registration.fillHint')}
                submit={t('registration.fillSubmit')}
                disabled={busy}
                className="toolbar"
              />
            </li>
          ))}
        </ul>
      )}
      <h3>{t('registration.reserve')}</h3>
      <p className="muted">{t('registration.reserveHint')}</p>
      <Form method="post" className="form card" {...reserve.formProps}>
        <SelectField label={t('registration.type')} field={reserve.fields.type}>
          {data.meeting.documentTypes.map((ty) => (
            <option key={ty} value={ty}>
              {t(`numbering.type.${ty}` as never)}
              {data.nextNumbers[ty] ? ` — ${data.nextNumbers[ty]}` : ''}
            </option>
          ))}
        </SelectField>
        <Field label={t('registration.reserveTitle')} field={reserve.fields.title} required maxLength={500} />
        <div>
          <button type="submit" name="intent" value="reserve" disabled={busy}>
            {t('registration.reserveSubmit')}
          </button>
        </div>
      </Form>
      <h3 id="reservation-settings">{t('reservations.settings')}</h3>
      <Form method="post" className="form card" aria-labelledby="reservation-settings" {...capForm.formProps}>
        <Field
          label={t('reservations.capLabel')}
          hint={t('reservations.capHint')}
          field={capForm.fields.cap}
          type="number"
          min={0}
          max={100}
          required
        />
        <div>
          <button type="submit" name="intent" value="reservationCap" disabled={busy}>
            {t('reservations.capSave')}
          </button>
        </div>
      </Form>
    </>
  );
}
