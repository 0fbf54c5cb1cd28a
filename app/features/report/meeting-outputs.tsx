/**
 * A past meeting's outputs, shown first on its page: the report (or that it is being drafted), the liaison
 * statements sent, the agreed deliverables and the other outputs, each by number and title with a link.
 */
import { Link } from '@remix-run/react';
import type { SerializeFrom } from '@remix-run/node';
import type { MessageKey } from '~/i18n';
import { useT } from '~/platform/i18n-react';
import type { MeetingOutputs as Outputs, OutputDocument } from './meeting-outputs.server';

function OutputList({ rows, withDecision }: { rows: SerializeFrom<OutputDocument>[]; withDecision?: boolean }) {
  const t = useT();
  return (
    <ul className="plain outputs-list">
      {rows.map((d) => (
        <li key={d.id}>
          <Link to={`/documents/${d.id}`}>
            <bdi className="doc-number">{d.label}</bdi>
          </Link>{' '}
          <span className="user-text">{d.title}</span>
          {withDecision && d.decision && (
            <span className="muted small"> · {t(`decision.${d.decision}` as MessageKey)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function MeetingOutputs({
  outputs,
  meetingSlug,
  reportDrafting,
}: {
  outputs: SerializeFrom<Outputs>;
  meetingSlug: string;
  /** A draft report exists that the viewer may read, not yet published. */
  reportDrafting: boolean;
}) {
  const t = useT();
  const { reports, statements, deliverables, others } = outputs;
  const empty = !reports.length && !statements.length && !deliverables.length && !others.length;
  return (
    <section aria-labelledby="outputs-h" className="card stack meeting-outputs">
      <h2 id="outputs-h">{t('meeting.outcome.outputs')}</h2>
      {(reports.length > 0 || reportDrafting) && (
        <>
          <h3>{t('report.outputs.report')}</h3>
          {reports.length ? (
            <OutputList rows={reports} />
          ) : (
            <p>
              <Link to={`/meetings/${meetingSlug}/report`}>{t('report.outputs.reportDraft')}</Link>
            </p>
          )}
        </>
      )}
      {statements.length > 0 && (
        <>
          <h3>{t('report.outputs.statements')}</h3>
          <OutputList rows={statements} />
        </>
      )}
      {deliverables.length > 0 && (
        <>
          <h3>{t('report.outputs.deliverables')}</h3>
          <OutputList rows={deliverables} withDecision />
        </>
      )}
      {others.length > 0 && (
        <>
          <h3>{t('report.outputs.others')}</h3>
          <OutputList rows={others} />
        </>
      )}
      {empty && !reportDrafting && <p className="muted">{t('meeting.outcome.noOutputs')}</p>}
    </section>
  );
}
