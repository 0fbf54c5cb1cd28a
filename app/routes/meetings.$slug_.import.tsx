import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { Field, FormAlert, useSchemaForm } from '~/components/form';
import { importInput } from '~/features/import/import-input';
import { importFromRequest } from '~/features/import/import-request.server';
import type { ImportReport } from '~/features/import/import.server';
import { MAX_LIST_ROWS } from '~/features/import/list-file.server';
import { authorizeMeeting } from '~/features/meetings/policy.server';
import { act, load, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  metaTitle(matches, data && ((t) => t('import.page.title', { meeting: data.meeting.title })));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { principal } = requireUser(context, request);
  return load(context, async () => {
    const { meeting } = await authorizeMeeting(context.db, principal, 'manageDocuments', { slug: params.slug! });
    return json({ meeting: { slug: meeting.slug, title: meeting.title }, maxRows: MAX_LIST_ROWS });
  });
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { principal } = requireUser(context, request);
  return act(context, async () =>
    json({
      ok: true as const,
      report: await importFromRequest(context, principal, params.slug!, request, context.locale),
    }),
  );
}

function Report({ report }: { report: ImportReport }) {
  const t = useT();
  const c = report.counts;
  return (
    <section aria-labelledby="import-report">
      <h2 id="import-report">{report.dryRun ? t('import.page.dryRunTitle') : t('import.page.resultTitle')}</h2>
      {report.imported ? (
        <p role="status" className="alert ok">
          {t('import.page.imported', { created: c.create, unchanged: c.unchanged, files: c.files })}
        </p>
      ) : report.errors.length ? (
        report.errors.map((e) => (
          <p key={e} role="alert" className="alert error">
            {e}
          </p>
        ))
      ) : (
        <p role="status" className="alert info">
          {report.dryRun
            ? t('import.page.wouldImport', { created: c.create, unchanged: c.unchanged, files: c.files })
            : t('import.page.nothingToDo', { unchanged: c.unchanged })}
        </p>
      )}
      {report.warnings.length > 0 && (
        <ul className="warnings">
          {report.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{t('import.page.line')}</th>
            <th scope="col">{t('import.page.number')}</th>
            <th scope="col">{t('import.page.titleColumn')}</th>
            <th scope="col">{t('import.page.action')}</th>
            <th scope="col">{t('import.page.files')}</th>
            <th scope="col">{t('import.page.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={r.line} className={r.action === 'error' ? 'row-error' : undefined}>
              <td>{r.line}</td>
              <td>{r.number}</td>
              <td>{r.title}</td>
              <td>{t(`import.action.${r.action}`)}</td>
              <td>{r.files.join(', ')}</td>
              <td>
                {[...r.errors, ...r.warnings].map((m) => (
                  <div key={m}>{m}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default function ImportList() {
  const { meeting, maxRows } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === 'submitting';
  const t = useT();
  const { fields, formProps, refusal } = useSchemaForm(importInput, { result });
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <Link to="/">{t('nav.home')}</Link> / <Link to={`/meetings/${meeting.slug}`}>{meeting.title}</Link> /{' '}
        <Link to={`/meetings/${meeting.slug}/registration`}>{t('meeting.nav.registration')}</Link>
      </nav>
      <h1>{t('import.page.title', { meeting: meeting.title })}</h1>
      <p>{t('import.page.intro', { max: maxRows })}</p>
      <Form method="post" encType="multipart/form-data" className="form card import-form" {...formProps}>
        <FormAlert error={refusal?.error} />
        <Field
          label={t('import.page.list')}
          hint={t('import.page.listHint')}
          field={fields.list}
          type="file"
          accept=".csv,.xlsx,text/csv"
          required
        />
        <Field
          label={t('import.page.zip')}
          hint={t('import.page.zipHint')}
          field={fields.files}
          type="file"
          accept=".zip,application/zip"
        />
        <div className="actions">
          <button type="submit" name="intent" value="check" disabled={busy}>
            {t('import.page.check')}
          </button>{' '}
          <button type="submit" name="intent" value="import" className="secondary" disabled={busy}>
            {t('import.page.import')}
          </button>
        </div>
      </Form>
      {result?.ok && <Report report={result.report} />}
    </>
  );
}
