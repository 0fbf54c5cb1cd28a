/**
 * The English message catalogue. Every UI string and user-facing error goes through here; {name} marks a variable.
 * One file per concept under en/, so each part of the portal keeps its own messages.
 */
import { core } from './en/core';
import { accounts } from './en/accounts';
import { submissions } from './en/submissions';
import { numbering } from './en/numbering';
import { documents } from './en/documents';
import { collaboration } from './en/collaboration';
import { api } from './en/api';
import { search } from './en/search';

export const en = {
  ...core,
  ...accounts,
  ...submissions,
  ...documents,
  ...numbering,
  ...collaboration,
  ...api,
  ...search,
} as const;

export type MessageKey = keyof typeof en;
