/** The Chinese (Simplified) message catalogue: the English keys (see en.ts), translated in the files under zh/. */
import { core } from './zh/core';
import { accounts } from './zh/accounts';
import { submissions } from './zh/submissions';
import { numbering } from './zh/numbering';
import { documents } from './zh/documents';
import { collaboration } from './zh/collaboration';
import { api } from './zh/api';
import { search } from './zh/search';
import { importing } from './zh/import';
import { mail } from './zh/mail';
import { languages } from './zh/languages';
import { doc } from './zh/doc';
import { home } from './zh/home';
import { pages } from './zh/pages';
import { bulk } from './zh/bulk';
import { deadlines } from './zh/deadlines';
import { report } from './zh/report';
import { liaisons } from './zh/liaisons';
import { participation } from './zh/participation';
import { reservations } from './zh/reservations';

import { room } from './zh/room';
export const zh = {
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
