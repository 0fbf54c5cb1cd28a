import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { BulkConfirm, bulkFormKey } from '~/components/bulk';
import { FormAlert } from '~/components/form';
import { bulkDone, bulkStep } from '~/features/bulk/selection.server';
import { changeAllocations } from '~/features/allocation/allocation.server';
import { AwaitingMail } from '~/features/registration/awaiting-mail';
import { fullLabel } from '~/features/registration/numbering.server';
import { QueueFilters } from '~/features/registration/queue-filters';
import { registerDocuments } from '~/features/registration/register.server';
import { RegisteredList } from '~/features/registration/registered-list';
import {
  queueMatchingIds,
  queueOptionsFrom,
  registrationMeeting,
  registrationPage,
} from '~/features/registration/registration-queue.server';
import { fillReservedFromRequest, reserveNumber } from '~/features/registration/reserved-numbers.server';
import { ReservationCapForm, ReservedNumbers, ReserveNumberForm } from '~/features/registration/reserved-numbers';
import { setReservationCap } from '~/features/registration/member-reservations.server';
import { reserveForm } from '~/features/registration/reserve-input';
import { SubmittedQueue } from '~/features/registration/submitted-queue';
import { translate } from '~/i18n';
import { act, load, readFormData, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';
import { parseFormOrThrow } from '~/platform/validation';
import styles from '~/styles/numbering.css';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('registration.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  const options = queueOptionsFrom(new URL(request.url).searchParams);
  return load(context, async () => json(await registrationPage(context.db, principal, params.slug!, options)));
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

export default function Registration() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const nav = useNavigation();
  const failed = result && !result.ok ? result : undefined;
  const busy = nav.state === 'submitting';
  const formKey = bulkFormKey(result);
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

      <QueueFilters
        documentTypes={data.meeting.documentTypes}
        options={data.options}
        counts={data.counts}
        paging={data.paging}
      />
      <AwaitingMail mails={data.byMail} />
      <SubmittedQueue data={data} formKey={formKey} busy={busy} />
      <RegisteredList data={data} formKey={formKey} busy={busy} />
      <ReservedNumbers reserved={data.reserved} meetingSlug={data.meeting.slug} busy={busy} />
      <ReserveNumberForm
        documentTypes={data.meeting.documentTypes}
        nextNumbers={data.nextNumbers}
        result={result}
        busy={busy}
      />
      <ReservationCapForm cap={data.reservationCap} result={result} busy={busy} />
    </>
  );
}
