/**
 * What a personal access token is made from, checked alike by the profile's form (in the browser and on the server)
 * and by the domain (the API's tests, the operator command). Fields may arrive as a form posts them (text; a ticked
 * scope as one string or a list) or as values.
 */
import { z } from 'zod';
import { API_SCOPES } from '../../../db/schema';

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 366;

const days = z.number({ message: 'api.token.days' }).int('api.token.days').min(1, 'api.token.days');

export const tokenInput = z.object({
  name: z
    .string({ message: 'error.field.required' })
    .trim()
    .min(1, 'error.field.required')
    .max(100, 'api.token.nameTooLong'),
  scopes: z.preprocess(
    (v) => (v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== '')),
    z.array(z.enum(API_SCOPES, { message: 'api.token.scopeUnknown' })).min(1, 'api.token.scopesRequired'),
  ),
  /** Days until it expires (90 when left out); null for never (operators only, through the command line). */
  days: z.preprocess(
    (v) => (v === undefined || v === '' ? DEFAULT_TOKEN_DAYS : typeof v === 'string' ? Number(v.trim() || NaN) : v),
    days.max(MAX_TOKEN_DAYS, 'api.token.days').nullable(),
  ),
});
