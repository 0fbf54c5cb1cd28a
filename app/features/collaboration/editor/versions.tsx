/** Named versions of a collaborative document: save one, compare two (readable diff), restore one. */
import { Form } from '@remix-run/react';
import { useT } from '~/platform/i18n-react';

export interface VersionsProps {
  snapshots: { id: string; label: string; createdAt: string }[];
  diff: { from: string; to: string; lines: { op: 'same' | 'added' | 'removed'; text: string }[] } | null;
  canSave: boolean;
  canRestore: boolean;
  from?: string;
  to?: string;
}

export function Versions({ snapshots, diff, canSave, canRestore, from, to }: VersionsProps) {
  const t = useT();
  return (
    <section aria-labelledby="versions-h" className="card">
      <h2 id="versions-h">{t('collab.versions')}</h2>
      {canSave && (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="snapshot" />
          <label htmlFor="snapshot-label">{t('collab.snapshot.label')}</label>{' '}
          <input
            id="snapshot-label"
            name="label"
            placeholder={t('collab.snapshot.placeholder')}
            required
            maxLength={200}
          />{' '}
          <button type="submit">{t('collab.snapshot.save')}</button>
        </Form>
      )}
      {snapshots.length === 0 ? (
        <p className="muted">{t('collab.snapshot.none')}</p>
      ) : (
        <>
          <ul>
            {snapshots.map((s) => (
              <li key={s.id}>
                <strong>{s.label}</strong>{' '}
                <span className="muted">{new Date(s.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC</span>
                {canRestore && (
                  <Form method="post" style={{ display: 'inline' }}>
                    <input type="hidden" name="intent" value="restore" />
                    <input type="hidden" name="snapshotId" value={s.id} />{' '}
                    <button type="submit" className="small secondary">
                      {t('collab.snapshot.restore')}
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
          <Form method="get" className="inline-form">
            <label htmlFor="diff-from">{t('collab.snapshot.from')}</label>{' '}
            <select id="diff-from" name="from" defaultValue={from ?? snapshots[0]?.id}>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
              <option value="current">{t('collab.snapshot.current')}</option>
            </select>{' '}
            <label htmlFor="diff-to">{t('collab.snapshot.to')}</label>{' '}
            <select id="diff-to" name="to" defaultValue={to ?? 'current'}>
              <option value="current">{t('collab.snapshot.current')}</option>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>{' '}
            <button type="submit" className="secondary">
              {t('collab.snapshot.compare')}
            </button>
          </Form>
        </>
      )}
      {diff && (
        <div className="diff">
          <h3>
            {t('collab.diff.title', {
              from: diff.from === 'current' ? t('collab.snapshot.current') : diff.from,
              to: diff.to === 'current' ? t('collab.snapshot.current') : diff.to,
            })}
          </h3>
          {diff.lines.every((l) => l.op === 'same') ? (
            <p>{t('collab.diff.none')}</p>
          ) : (
            <pre>
              {diff.lines.map((l, i) =>
                l.op === 'same' ? (
                  <span key={i}>{`  ${l.text}\n`}</span>
                ) : l.op === 'added' ? (
                  <ins key={i} title={t('collab.diff.added')}>{`+ ${l.text}\n`}</ins>
                ) : (
                  <del key={i} title={t('collab.diff.removed')}>{`- ${l.text}\n`}</del>
                ),
              )}
            </pre>
          )}
        </div>
      )}
    </section>
  );
}
