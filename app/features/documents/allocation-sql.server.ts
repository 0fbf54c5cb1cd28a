/** Conditions on a document's allocations, for the queries of lists, searches, exports and the visibility rule. */
import { eq, inArray, or, sql } from 'drizzle-orm';
import { documentAllocations, documents } from '../../../db/schema';

const allocationsOfDocument = eq(documentAllocations.documentId, documents.id);

/** The document is allocated to at least one of the groups. */
export const allocatedToAnyOf = (groupIds: string[]) =>
  sql<boolean>`exists (
    select 1 from ${documentAllocations}
    where ${allocationsOfDocument} and ${inArray(documentAllocations.groupId, groupIds)}
  )`;

/** The document is allocated to no group. */
export const allocatedToNone = sql<boolean>`not exists (select 1 from ${documentAllocations} where ${allocationsOfDocument})`;

/** The document belongs to one of the groups or is allocated to one of them: a group's documents. */
export const ofOrAllocatedToAnyOf = (groupIds: string[]) =>
  or(inArray(documents.groupId, groupIds), allocatedToAnyOf(groupIds));
