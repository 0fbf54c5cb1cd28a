import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { defer } from '@remix-run/node';
import { Form, Link, useLoaderData, useNavigate, useNavigation } from '@remix-run/react';
import styles from '~/documents.css';
import { DownloadAll } from '~/features/publication/download-all';
import { Highlight } from '~/features/publication/highlight';
import { SearchField } from '~/features/publication/search-help';
import { listDocuments } from '~/features/publication/document-list.server';
import { hasFilters, PAGE_SIZES, parseListView, SORTS, viewSearch } from '~/features/publication/document-view';
import { load } from '~/platform/http.server';
import { useLocale, useT } from '~/platform/i18n-react';
import { dayFormatter, formatInstant } from '~/platform/format';
import { metaTitle } from '~/platform/meta';
import { meetingPhase } from '~/features/meetings/meetings.server';
import { roomBanner } from '~/features/room/room.server';
import { liveDecisionLabel, RoomNow, useRoom } from '~/features/room/room-banner';
import { publishedFiles } from '~/features/publication/listed-documents.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  ...metaTitle(matches, data && ((t) => t('documents.title', { meeting: data.meeting.title }))),
  ...(data
    ? [
        {
          tagName: 'link',
          rel: 'alternate',
          type: 'application/atom+xml',
          href: `/meetings/${data.meeting.slug}/feed.atom`,
        },
      ]
    : []),
];

const sizeLabel = (n: number) =>
  n >= 1024 ** 2 ? `${(n / 1024 ** 2).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

export async function loader({ context, params, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    const url = new URL(request.url);
    const view = parseListView(url.searchParams);
    const r = await listDocuments(context.db, context.principal, params.slug!, view, { highlight: true });
    const ongoing = meetingPhase(r.meeting, new Date()) === 'ongoing';
    const room = await roomBanner(context.db, context.principal, r.meeting, ongoing);
    // Only what the page shows: no storage keys, no abstracts. defer() without promises, dates already strings:
    // on a page load Remix then hands this object to the page as it is, where a json() answer would be encoded,
    // read back and parsed again before rendering (a third of the server time of a 3,000-row page).
    return defer({
      meeting: { slug: r.meeting.slug, title: r.meeting.title, timeZone: r.meeting.timeZone },
      group: { slug: r.group.slug, code: r.group.code },
      room,
      view: r.view,
      options: r.options,
      problems: r.problems.filter((p) => !p.key.startsWith('search.')),
      searchProblems: r.problems.filter((p) => p.key.startsWith('search.')),
      marks: r.marks,
      total: r.total,
      meetingTotal: r.meetingTotal,
      lastUpdated: r.lastUpdated?.toISOString() ?? null,
      pages: r.pages,
      canManage: r.canManage,
      search: viewSearch(r.view),
      filtered: hasFilters(r.view),
      rows: r.rows.map((d) => ({
        id: d.id,
        number: d.number,
        title: d.title,
        source: d.source,
        type: d.type,
        state: d.state,
        notSubmitted: d.notSubmitted,
        late: d.late,
        access: d.access,
        decision: d.decision,
        registeredAt: d.registeredAt?.toISOString() ?? null,
        published: !!d.publishedAt,
        agenda: d.agendaItem?.label ?? null,
        groups: d.allocations,
        revisionOf: d.revisionOf,
        revisedBy: d.revisedBy,
        files: publishedFiles(d.files).map((f) => ({ id: f.id, role: f.role, filename: f.filename, size: f.size })),
      })),
    });
  });
}

export default function DocumentList() {
  const data = useLoaderData<typeof loader>();
  const { meeting, group, view, options, problems, searchProblems, marks, rows, total, meetingTotal, pages } = data;
  const t = useT();
  const { locale } = useLocale();
  const navigation = useNavigation();
  const formatDay = dayFormatter(locale, meeting.timeZone);
  const base = `/meetings/${meeting.slug}`;
  const perPage = typeof view.per === 'number' ? view.per : total;
  const from = total ? (view.page - 1) * perPage + 1 : 0;
  const to = Math.min(total, from + rows.length - 1);
  const pageLink = (page: number) => `${base}/documents${viewSearch(view as never, { paging: true, page })}`;
  const busy = navigation.state === 'loading' && navigation.location?.pathname === `${base}/documents`;
  const navigate = useNavigate();
  // The meeting room, followed live: what is discussed now, and decisions as they are recorded.
  const room = useRoom(data.room);
  // The rows' links are plain <a>: a <Link> each made a 3,000-row page render 40% slower on the server. One
  // listener on the table gives them the same in-app navigation (new tabs and downloads are left to the browser).
  const followRowLink = (e: React.MouseEvent) => {
    const a = (e.target as Element).closest('a[href^="/documents/"]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(a.getAttribute('href')!);
  };
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/groups/${group.slug}`}>{group.code}</Link> /{' '}
        <Link to={base}>{meeting.title}</Link>
      </nav>
      <h1>{t('documents.title', { meeting: meeting.title })}</h1>
      <p className="muted">
        {t('documents.summary', { count: meetingTotal })} ·{' '}
        {data.lastUpdated
          ? t('documents.lastUpdated', {
              time: `${formatInstant(data.lastUpdated, locale, meeting.timeZone)} (${meeting.timeZone})`,
            })
          : t('documents.neverUpdated')}
        {' · '}
        <Link to={`${base}/changes`}>{t('documents.changes')}</Link>
        {data.canManage && (
          <>
            {' '}
            · <Link to={`${base}/publication`}>{t('documents.manage')}</Link>
          </>
        )}
      </p>

      {data.room && <RoomNow data={data.room} {...room} />}

      <Form method="get" className="doc-filters card" aria-label={t('documents.filters')}>
        <SearchField value={view.q ?? ''} problems={searchProblems} />
        <div className="field">
          <label htmlFor="wg">{t('documents.filter.wg')}</label>
          <select id="wg" name="wg" defaultValue={view.wg ?? ''}>
            <option value="">{t('documents.filter.all')}</option>
            {options.groups.map((g) => (
              <option key={g.slug} value={g.slug}>
                {'\u2003'.repeat(g.depth)}
                {g.code}
                {g.name !== g.code ? ` — ${g.name}` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="type">{t('documents.filter.type')}</label>
          <select id="type" name="type" defaultValue={view.type ?? ''}>
            <option value="">{t('documents.filter.all')}</option>
            {options.types.map((x) => (
              <option key={x} value={x}>
                {t(`documents.type.${x}`)}
              </option>
            ))}
          </select>
        </div>
        {options.agendaItems.length > 0 && (
          <div className="field">
            <label htmlFor="agenda">{t('documents.filter.agenda')}</label>
            <select id="agenda" name="agenda" defaultValue={view.agenda ?? ''}>
              <option value="">{t('documents.filter.all')}</option>
              {options.agendaItems.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}. {a.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="decision">{t('documents.filter.decision')}</label>
          <select id="decision" name="decision" defaultValue={view.decision ?? ''}>
            <option value="">{t('documents.filter.any')}</option>
            <option value="none">{t('documents.filter.noDecision')}</option>
            {options.decisions.map((x) => (
              <option key={x} value={x}>
                {t(`documents.decision.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="late">{t('documents.filter.late')}</label>
          <select id="late" name="late" defaultValue={view.late ?? ''}>
            <option value="">{t('documents.filter.any')}</option>
            <option value="yes">{t('documents.filter.lateYes')}</option>
            <option value="no">{t('documents.filter.lateNo')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="since">{t('documents.filter.since')}</label>
          <input id="since" name="since" type="date" defaultValue={view.since ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="sort">{t('documents.filter.sort')}</label>
          <select id="sort" name="sort" defaultValue={view.sort}>
            {SORTS_CLIENT.filter((s) => s !== 'relevance' || view.q).map((s) => (
              <option key={s} value={s}>
                {t(`documents.sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="per">{t('documents.filter.per')}</label>
          <select id="per" name="per" defaultValue={String(view.per)}>
            {PAGE_SIZES_CLIENT.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
            <option value="all">{t('documents.filter.all')}</option>
          </select>
        </div>
        <div className="actions">
          <button type="submit">{t('documents.filter.apply')}</button>
          {data.filtered && <Link to={`${base}/documents`}>{t('documents.filter.clear')}</Link>}
        </div>
      </Form>

      {problems.length > 0 && (
        <div role="alert" className="alert error">
          {t('documents.problem.intro')}
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{t(p.key, p.vars)}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="doc-toolbar">
        <p role="status" aria-live="polite" style={{ margin: 0 }} aria-busy={busy || undefined}>
          {total === 0
            ? ''
            : view.per === 'all'
              ? t('documents.showingAll', { total })
              : t('documents.showing', { from, to, total })}
        </p>
        <span className="exports">
          <span className="muted">{t('documents.export')}:</span>{' '}
          <a href={`${base}/documents.csv${data.search}`}>{t('documents.export.csv')}</a>
          <a href={`${base}/documents.json${data.search}`}>{t('documents.export.json')}</a>
          <a href={`${base}/feed.atom`}>{t('documents.export.feed')}</a>
        </span>
        {total > 0 && <DownloadAll href={`${base}/archive.zip${data.search}`} count={total} />}
      </div>

      {rows.length === 0 ? (
        <p className="muted">
          {problems.length || searchProblems.length
            ? ''
            : meetingTotal === 0
              ? t('documents.noneYet')
              : t('documents.none')}
        </p>
      ) : (
        <div className="table-scroll">
          {/* One listener for the rows' plain links (keyboard activation of a link is a click too). */}
          {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
          <table className="list documents" onClick={followRowLink}>
            <thead>
              <tr>
                <th scope="col">{t('documents.col.number')}</th>
                <th scope="col">{t('documents.col.title')}</th>
                <th scope="col" className="col-source">
                  {t('documents.col.source')}
                </th>
                <th scope="col" className="col-type">
                  {t('documents.col.type')}
                </th>
                <th scope="col">{t('documents.col.groups')}</th>
                <th scope="col" className="col-agenda">
                  {t('documents.col.agenda')}
                </th>
                <th scope="col">{t('documents.col.registered')}</th>
                <th scope="col">{t('documents.col.decision')}</th>
                <th scope="col">{t('documents.col.files')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <td className="num">
                    <a href={`/documents/${d.id}`}>
                      <bdi>{d.number}</bdi>
                    </a>
                    {d.late && <span className="badge late">{t('documents.late')}</span>}
                    {d.state === 'withdrawn' && (
                      <span className="badge neutral">
                        {t(d.notSubmitted ? 'reservations.notSubmitted' : 'documents.withdrawn')}
                      </span>
                    )}
                    {d.access === 'members' && <span className="badge neutral">{t('documents.membersOnly')}</span>}
                    {!d.published && <span className="badge warn">{t('documents.unpublished')}</span>}
                    {d.revisionOf && (
                      <span className="rel">
                        <a href={`/documents/${d.revisionOf.id}`}>
                          {t('documents.revises', { number: d.revisionOf.number })}
                        </a>
                      </span>
                    )}
                    {d.revisedBy.map((x) => (
                      <span key={x.id} className="rel">
                        <a href={`/documents/${x.id}`}>{t('documents.revisedBy', { number: x.number })}</a>
                      </span>
                    ))}
                  </td>
                  <td dir="auto">
                    <Highlight text={d.title} marks={marks} />
                  </td>
                  <td className="col-source" dir="auto">
                    <Highlight text={d.source} marks={marks} />
                  </td>
                  <td className="col-type">{t(`documents.type.${d.type}`)}</td>
                  <td>{d.groups.map((g) => g.code).join(', ')}</td>
                  <td className="col-agenda">{d.agenda}</td>
                  <td className="date">
                    {d.registeredAt ? <time dateTime={d.registeredAt}>{formatDay(d.registeredAt)}</time> : ''}
                  </td>
                  <td className="col-decision">
                    {room.decisions[d.id]
                      ? liveDecisionLabel(t, room.decisions[d.id])
                      : d.decision
                        ? t(`documents.decision.${d.decision}`)
                        : ''}
                  </td>
                  <td className="files">
                    {d.files.map((f) => (
                      <a
                        key={f.id}
                        href={`/files/${f.id}`}
                        aria-label={t('documents.file.download', { filename: f.filename, size: sizeLabel(f.size) })}
                      >
                        {f.role === 'attachment'
                          ? f.filename.split('.').pop()?.toUpperCase()
                          : t(`documents.file.${f.role}`)}
                      </a>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pages > 1 && (
        <nav className="pager" aria-label={t('documents.page.nav')}>
          {view.page > 1 ? (
            <Link to={pageLink(view.page - 1)} rel="prev">
              {t('documents.page.previous')}
            </Link>
          ) : (
            <span />
          )}
          <span>{t('documents.page.of', { page: view.page, pages })}</span>
          {view.page < pages ? (
            <Link to={pageLink(view.page + 1)} rel="next">
              {t('documents.page.next')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}

const SORTS_CLIENT = SORTS;
const PAGE_SIZES_CLIENT = PAGE_SIZES;
