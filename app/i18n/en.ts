/**
 * The English message catalogue, the reference for every other language. Every UI string and user-facing error goes
 * through here, as ICU messages ({name} a value, {count, plural, one {…} other {…}}). One file per concept under
 * en/, so each part of the portal keeps its own messages; other languages copy the same files (see README.md).
 */
import { core } from './en/core';
import { accounts } from './en/accounts';
import { submissions } from './en/submissions';
import { numbering } from './en/numbering';
import { documents } from './en/documents';
import { collaboration } from './en/collaboration';
import { api } from './en/api';
import { search } from './en/search';
import { importing } from './en/import';
import { mail } from './en/mail';
import { languages } from './en/languages';
import { doc } from './en/doc';
import { home } from './en/home';
import { pages } from './en/pages';
import { bulk } from './en/bulk';
import { deadlines } from './en/deadlines';
import { report } from './en/report';
import { liaisons } from './en/liaisons';
import { participation } from './en/participation';
import { reservations } from './en/reservations';

import { room } from './en/room';
export const en = {
  ...core,
  ...accounts,
  ...submissions,
  ...documents,
  ...numbering,
  ...collaboration,
  ...api,
  ...search,
  ...importing,
  ...mail,
  ...languages,
  ...doc,
  ...home,
  ...pages,
  ...bulk,
  ...deadlines,
  ...liaisons,
  ...participation,
  ...reservations,
  ...report,
  ...room,
} as const;

export type MessageKey = keyof typeof en;
