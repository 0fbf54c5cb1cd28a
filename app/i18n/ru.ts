/** The Russian message catalogue: the English keys (see en.ts), translated in the files under ru/. */
import { core } from './ru/core';
import { accounts } from './ru/accounts';
import { submissions } from './ru/submissions';
import { numbering } from './ru/numbering';
import { documents } from './ru/documents';
import { collaboration } from './ru/collaboration';
import { api } from './ru/api';
import { search } from './ru/search';
import { importing } from './ru/import';
import { mail } from './ru/mail';
import { languages } from './ru/languages';
import { doc } from './ru/doc';
import { home } from './ru/home';
import { pages } from './ru/pages';
import { bulk } from './ru/bulk';
import { deadlines } from './ru/deadlines';
import { report } from './ru/report';
import { liaisons } from './ru/liaisons';
import { participation } from './ru/participation';
import { reservations } from './ru/reservations';

import { room } from './ru/room';
export const ru = {
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
