/**
 * The API reference page, rendered from the OpenAPI document that /api/v1/openapi.json serves: the page's own words
 * in the viewer's language, the operations as the OpenAPI document describes them.
 */
import { useT } from '~/platform/i18n-react';

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  'x-scope'?: string;
  parameters?: { name: string; in: string; description?: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema?: { $ref?: string } }> };
  responses: Record<string, { description: string }>;
}
export interface ReferenceDocument {
  info: { title: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  'x-problem-types'?: Record<string, string>;
}

const anchor = (method: string, path: string) => `${method}-${path.replace(/[^a-z0-9]+/gi, '-')}`;

export function ApiReference({ doc }: { doc: ReferenceDocument }) {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const t = useT();
  return (
    <>
      <h1>{doc.info.title}</h1>
      <p>{doc.info.description}</p>
      <p>
        <a href="/api/v1/openapi.json">{t('apiref.openapi')}</a> · <a href="/profile#tokens-h">{t('tokens.title')}</a>
      </p>
      <nav aria-label={t('apiref.operations')}>
        <ul>
          {operations.map(({ path, method, op }) => (
            <li key={anchor(method, path)}>
              <a href={`#${anchor(method, path)}`}>
                <code>
                  {method.toUpperCase()} {path}
                </code>
              </a>{' '}
              {op.summary}
            </li>
          ))}
        </ul>
      </nav>
      {operations.map(({ path, method, op }) => (
        <section key={anchor(method, path)} id={anchor(method, path)} className="card">
          <h2>
            <code>
              {method.toUpperCase()} {path}
            </code>
          </h2>
          <p>
            <strong>{op.summary}</strong>
            {' — '}
            {op['x-scope'] ? t('apiref.scope', { scope: op['x-scope'] }) : t('apiref.noToken')}
          </p>
          {op.description && <p>{op.description}</p>}
          {op.parameters?.length ? (
            <dl>
              {op.parameters.map((p) => (
                <div key={`${p.in}-${p.name}`}>
                  <dt>
                    <code>{p.name}</code> ({p.in}
                    {p.required ? `, ${t('apiref.required')}` : ''})
                  </dt>
                  <dd>{p.description ?? ''}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {op.requestBody && (
            <p>
              {t('apiref.body', {
                types: Object.entries(op.requestBody.content)
                  .map(([type, c]) => `${type}${c.schema?.$ref ? ` (${c.schema.$ref.split('/').pop()})` : ''}`)
                  .join(', '),
              })}
            </p>
          )}
          <ul>
            {Object.entries(op.responses).map(([status, r]) => (
              <li key={status}>
                <code>{status}</code> {r.description}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2 id="problems">{t('apiref.problems')}</h2>
      <dl>
        {Object.entries(doc['x-problem-types'] ?? {}).map(([type, text]) => (
          <div key={type} id={type.split('#')[1]}>
            <dt>
              <code>{type}</code>
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
