/** The Spanish message catalogue: the English keys (see en.ts), translated in the files under es/. */
import { core } from './es/core';
import { accounts } from './es/accounts';
import { submissions } from './es/submissions';
import { numbering } from './es/numbering';
import { documents } from './es/documents';
import { collaboration } from './es/collaboration';
import { api } from './es/api';
import { search } from './es/search';
import { importing } from './es/import';
import { mail } from './es/mail';
import { languages } from './es/languages';
import { doc } from './es/doc';
import { home } from './es/home';
import { pages } from './es/pages';
import { bulk } from './es/bulk';
import { deadlines } from './es/deadlines';
import { report } from './es/report';
import { liaisons } from './es/liaisons';
import { participation } from './es/participation';
import { reservations } from './es/reservations';

import { room } from './es/room';
export const es = {
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
