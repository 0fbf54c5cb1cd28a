/** Conditions on a document's allocations, for the queries of lists, searches, exports and the visibility rule. */
import { inArray, sql } from 'drizzle-orm';
import { documentAllocations, documents } from '../../../db/schema';

/** The document is allocated to at least one of the groups. */
export const allocatedToAnyOf = (groupIds: string[]) =>
  sql<boolean>`exists (select 1 from ${documentAllocations} where ${documentAllocations.documentId} = ${documents.id} and ${inArray(documentAllocations.groupId, groupIds)})`;

/** The document is allocated to no group. */
export const allocatedToNone = sql<boolean>`not exists (select 1 from ${documentAllocations} where ${documentAllocations.documentId} = ${documents.id})`;
