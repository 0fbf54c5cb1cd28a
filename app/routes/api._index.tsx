import type { MetaFunction } from '@remix-run/node';
import { json } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { openApiDocument } from '~/features/api/openapi.server';
import { ApiReference, type ReferenceDocument } from '~/features/api/reference';
import { metaTitle } from '~/platform/meta';

export const meta: MetaFunction = ({ matches }) => metaTitle(matches, (t) => t('tokens.reference'));

export const loader = () => json({ doc: openApiDocument() as unknown as ReferenceDocument });

export default function ApiReferencePage() {
  return <ApiReference doc={useLoaderData<typeof loader>().doc} />;
}
