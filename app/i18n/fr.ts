/** The French message catalogue: the English keys (see en.ts), translated in the files under fr/. */
import { core } from './fr/core';
import { accounts } from './fr/accounts';
import { submissions } from './fr/submissions';
import { numbering } from './fr/numbering';
import { documents } from './fr/documents';
import { collaboration } from './fr/collaboration';
import { api } from './fr/api';
import { search } from './fr/search';
import { importing } from './fr/import';
import { mail } from './fr/mail';
import { languages } from './fr/languages';
import { doc } from './fr/doc';
import { home } from './fr/home';
import { pages } from './fr/pages';
import { bulk } from './fr/bulk';
import { deadlines } from './fr/deadlines';
import { report } from './fr/report';
import { liaisons } from './fr/liaisons';
import { participation } from './fr/participation';
import { reservations } from './fr/reservations';

import { room } from './fr/room';
export const fr = {
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
