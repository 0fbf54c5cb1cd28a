import { createLocalStorage } from './local.js';
import { createS3Storage } from './s3.js';
import type { Storage, StorageConfig } from './types.js';

export * from './types.js';
export { contentDisposition } from './s3.js';

/** The storage driver the configuration names. */
export function createStorage(config: StorageConfig): Storage {
  switch (config.kind) {
    case 'local':
      return createLocalStorage(config);
    case 's3':
      return createS3Storage(config);
  }
}
