/** "What became of it" on an input document's page: decision, revisions, the reply it got, the report recording it. */
import { Link } from '@remix-run/react';
import type { SerializeFrom } from '@remix-run/node';
import type { MessageKey } from '~/i18n';
import { useT } from '~/platform/i18n-react';
import type { DocumentFate as Fate } from './document-fate.server';

export function DocumentFate({ fate }: { fate: SerializeFrom<Fate> | null }) {
  const t = useT();
  if (!fate) return null;
  const { decision, target } = fate;
  return (
    <section aria-labelledby="fate-h" className="card stack document-fate">
      <h2 id="fate-h">{t('fate.title')}</h2>
      <ul className="plain">
        <li>
          {decision ? t('fate.decision', { decision: t(`decision.${decision}` as MessageKey) }) : t('fate.pending')}
          {target && (decision === 'revised' || decision === 'merged' || decision === 'replied_to') && (
            <>
              {' · '}
              <Link to={`/documents/${target.id}`}>{t(`decision.pointsTo.${decision}`, { number: target.label })}</Link>
            </>
          )}
        </li>
        {fate.revisedBy.map((r) => (
          <li key={r.id}>
            <Link to={`/documents/${r.id}`}>{t('fate.revisedBy', { number: r.label })}</Link>
          </li>
        ))}
        {fate.answeredBy.map((a) => (
          <li key={a.id}>
            <Link to={`/documents/${a.id}`}>{t('fate.answeredBy', { number: a.label })}</Link>
          </li>
        ))}
        {fate.replyDrafting && <li>{t('fate.replyDrafting')}</li>}
        {fate.report && (
          <li>
            <Link to={`/documents/${fate.report.id}`}>{t('fate.inReport', { number: fate.report.label })}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}
