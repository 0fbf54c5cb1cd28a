import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Writes dirty pages out and drops the page cache, so the next reads come from the disk. Needs root; false without. */
export function dropPageCache(): boolean {
  spawnSync('sync');
  try {
    fs.writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}
