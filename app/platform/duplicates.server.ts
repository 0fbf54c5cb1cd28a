import { isUniqueViolation } from '../../db/client.server';
import type { MessageKey } from '~/i18n';
import { DomainError } from './errors';

/** For a write two requests may race (a double click): the duplicate row becomes the conflict one reads, not a 500. */
export const alreadyIfDuplicate =
  (key: MessageKey) =>
  (error: unknown): never => {
    if (isUniqueViolation(error)) throw new DomainError('conflict', key);
    throw error;
  };
