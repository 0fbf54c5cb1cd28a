import { describe, expect, it } from 'vitest';
import { validate } from '@readme/openapi-parser';
import { loadBuild } from '../../server/build';
import { openApiDocument } from '../../app/features/api/openapi.server';

/** `api/v1/meetings/:slug/documents` as OpenAPI writes it: `/api/v1/meetings/{slug}/documents`. */
const asOpenApiPath = (path: string) => `/${path.replace(/:(\w+)/g, '{$1}')}`;

describe('the OpenAPI description of API v1', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = structuredClone(openApiDocument());
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(doc as never);
    expect('errors' in result ? result.errors : []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes every /api/v1 route of the build', async () => {
    const { build } = await loadBuild();
    const routes = Object.values(build.routes)
      .filter((r) => r.path?.startsWith('api/v1/') && r.path !== 'api/v1/*')
      .map((r) => asOpenApiPath(r.path!));
    expect(routes.length).toBeGreaterThan(10);
    const described = Object.keys(openApiDocument().paths ?? {});
    expect(routes.filter((p) => !described.includes(p))).toEqual([]);
  });
});
