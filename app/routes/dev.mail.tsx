import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { adminAbilities } from '~/features/groups/policy.server';
import { forbidden, notFound } from '~/platform/errors';
import { load, requireUser } from '~/platform/http.server';
import { useT } from '~/platform/i18n-react';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('submissions.mail.title'));

/**
 * Mail written to $DATA_DIR/mail in embedded mode, for site admins, and only where development pages are
 * switched on (PLENARY_DEV_ROUTES=true): it holds every address and unpublished title the portal mailed.
 */
export async function loader({ context, request }: LoaderFunctionArgs) {
  return load(context, async () => {
    if (!context.config.devRoutes) throw notFound();
    if (!adminAbilities(requireUser(context, request).principal).site) throw forbidden();
    return json({ messages: (await context.mail.listStored()).slice(0, 100) });
  });
}

export default function DevMail() {
  const { messages } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t('submissions.mail.title')}</h1>
      <p className="lead">{t('submissions.mail.lead')}</p>
      {messages.length === 0 ? (
        <p>{t('submissions.mail.none')}</p>
      ) : (
        messages.map((m) => (
          <article key={m.id} className="card mail">
            <h2>{m.subject}</h2>
            <p className="muted small">
              {t('submissions.mail.to')}: {Array.isArray(m.to) ? m.to.join(', ') : m.to} · {m.at}
            </p>
            <pre>{m.text}</pre>
          </article>
        ))
      )}
    </>
  );
}
