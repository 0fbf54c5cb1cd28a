import { Form, Link, useSearchParams } from '@remix-run/react';
import type { SerializeFrom } from '@remix-run/node';
import { When } from '~/components/when';
import type { DocumentWorkflow } from '~/features/allocation/document-workflow.server';
import { useT } from '~/platform/i18n-react';
import { FillForm } from '~/features/registration/fill-form';

/**
 * The document page's registration panel: number and registration time, allocation (groups, agenda item),
 * decision, and the actions the viewer may take (register, add the file of a reserved number, allocate, decide).
 * Forms post to /documents/<id>/workflow, which comes back here with ?workflow=registered|filled.
 */
export function DocumentWorkflowPanel({ workflow: w }: { workflow: SerializeFrom<DocumentWorkflow> | null }) {
  const t = useT();
  const [params] = useSearchParams();
  if (!w) return null;
  const done = params.get('workflow');
  const hasActions = w.may.register || w.may.fill || w.may.allocate || w.may.decide || w.may.queue;
  return (
    <section className="card stack workflow-panel" aria-labelledby="workflow-h">
      <h2 id="workflow-h">{t('workflow.title')}</h2>
      {(done === 'registered' || done === 'filled') && (
        <p className="alert ok" role="status">
          {t(done === 'registered' ? 'workflow.registeredOk' : 'workflow.filledOk', { number: w.label ?? '' })}
        </p>
      )}
      <dl className="facts">
        <dt>{t('workflow.number')}</dt>
        <dd>
          {w.label ? (
            <strong className="doc-number">{w.label}</strong>
          ) : (
            <span className="muted">{t('workflow.notNumbered')}</span>
          )}
          {w.state === 'reserved' && (
            <>
              {' '}
              <span className="badge warn">{t('workflow.reserved')}</span>
            </>
          )}
        </dd>
        {w.registeredAt && (
          <>
            <dt>{t('workflow.registeredAt')}</dt>
            <dd>
              <When instant={w.registeredAt} meetingZone={w.timeZone} />
            </dd>
          </>
        )}
        <dt>{t('workflow.allocatedTo')}</dt>
        <dd>
          {w.allocations.length ? (
            w.allocations.map((a, i) => (
              <span key={a.groupId}>
                {i > 0 && ', '}
                <abbr title={a.name}>{a.code}</abbr>
              </span>
            ))
          ) : (
            <span className="muted">{t('workflow.unallocated')}</span>
          )}
        </dd>
        <dt>{t('workflow.agendaItem')}</dt>
        <dd>
          {w.agendaItem ? (
            `${w.agendaItem.label} ${w.agendaItem.title}`
          ) : (
            <span className="muted">{t('workflow.none')}</span>
          )}
        </dd>
        <dt>{t('workflow.decision')}</dt>
        <dd>
          {w.decision ? (
            <>
              {t(`decision.${w.decision}`)}
              {w.decidedBy && <span className="muted small"> ({w.decidedBy})</span>}
              {w.decisionTarget &&
                (w.decision === 'revised' || w.decision === 'merged' || w.decision === 'replied_to') && (
                  <div className="decision-target">
                    <Link to={`/documents/${w.decisionTarget.id}`}>
                      {t(`decision.pointsTo.${w.decision}`, { number: w.decisionTarget.label })}
                    </Link>
                  </div>
                )}
              {w.decisionNote && <p className="decision-note user-text">{w.decisionNote}</p>}
            </>
          ) : (
            <span className="muted">{t('workflow.noDecision')}</span>
          )}
        </dd>
        {w.pointedFrom.length > 0 && (
          <>
            <dt>{t('decision.pointedFrom')}</dt>
            <dd>
              <ul className="plain">
                {w.pointedFrom.map((p) => (
                  <li key={p.id}>
                    <Link to={`/documents/${p.id}`}>
                      {p.decision === 'revised' || p.decision === 'merged' || p.decision === 'replied_to'
                        ? t(`decision.pointedFrom.${p.decision}`, { number: p.label })
                        : p.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {hasActions && (
        <div
          className="workflow-actions"
          style={{ display: 'flex', flexWrap: 'wrap', gap: '.6rem', alignItems: 'center' }}
        >
          {w.may.register && (
            <Form method="post" action={`/documents/${w.documentId}/workflow`} className="inline-form">
              <input type="hidden" name="version" value={w.version} />
              <button type="submit" name="intent" value="register">
                {t('workflow.register')}
              </button>
            </Form>
          )}
          {w.may.allocate && (
            <Link className="button secondary" to={`/documents/${w.documentId}/allocation`}>
              {t('workflow.allocate')}
            </Link>
          )}
          {w.may.decide && (
            <Link className="button secondary" to={`/documents/${w.documentId}/decision`}>
              {t('workflow.decide')}
            </Link>
          )}
          {w.may.queue && <Link to={`/meetings/${w.meetingSlug}/registration`}>{t('workflow.queue')}</Link>}
        </div>
      )}
      {w.may.fill && (
        <FillForm
          id="workflow-fill"
          action={`/documents/${w.documentId}/workflow?do=fill`}
          version={w.version}
          label={t('workflow.fill', { number: w.label ?? '' })}
          hint={t('workflow.fillHint')}
          submit={t('workflow.fillSubmit')}
        />
      )}
    </section>
  );
}
