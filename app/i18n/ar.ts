/** The Arabic message catalogue: the English keys (see en.ts), translated in the files under ar/. */
import { core } from './ar/core';
import { accounts } from './ar/accounts';
import { submissions } from './ar/submissions';
import { numbering } from './ar/numbering';
import { documents } from './ar/documents';
import { collaboration } from './ar/collaboration';
import { api } from './ar/api';
import { search } from './ar/search';
import { importing } from './ar/import';
import { mail } from './ar/mail';
import { languages } from './ar/languages';
import { doc } from './ar/doc';
import { home } from './ar/home';
import { pages } from './ar/pages';
import { bulk } from './ar/bulk';
import { deadlines } from './ar/deadlines';
import { report } from './ar/report';
import { liaisons } from './ar/liaisons';
import { participation } from './ar/participation';
import { reservations } from './ar/reservations';

import { room } from './ar/room';
export const ar = {
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
