import type { MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { openApiDocument } from '~/features/api/openapi.server';
import { ApiReference, type ReferenceDocument } from '~/features/api/reference';

export const meta: MetaFunction = () => [{ title: 'API reference — Plenary' }];

export const loader = () => json({ doc: openApiDocument() as unknown as ReferenceDocument });

export default function ApiReferencePage() {
  return <ApiReference doc={useLoaderData<typeof loader>().doc} />;
}
