import type { Services } from '../app/platform/context.server';
import { sendAllocationDigests } from '../app/features/notifications/digest.server';
import { sweepOrphanedUploads } from '../app/features/submissions/uploads.server';
import { stampPending } from '../app/features/registration/registration.server';

/**
 * Background work that must survive restarts: its state is in the database, so a job that missed its turn
 * (the process stopped) simply finds the work on its next run. Returns a function that stops the jobs.
 */
export function startJobs(services: Services, log: (msg: string) => void = console.error): () => void {
  const every = (ms: number, name: string, job: () => Promise<unknown>) => {
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        await job();
      } catch (err) {
        log(`${name} failed: ${(err as Error).message}`);
      } finally {
        running = false;
      }
    }, ms);
    timer.unref();
    return timer;
  };
  const timers = [
    // Files stored under uploads/ that no row claims (a failed or abandoned upload), once an hour.
    every(3600_000, 'upload sweep', () => sweepOrphanedUploads(services.db, services.storage)),
    // Chairs' digests of newly allocated documents; notices wait in the database until sent.
    every(Number(process.env.PLENARY_DIGEST_INTERVAL_MS ?? 10 * 60_000), 'allocation digest', () => sendAllocationDigests(services)),
    // Registered documents whose stamped .docx was lost (the process stopped between the commit and the stamping).
    every(Number(process.env.PLENARY_STAMP_INTERVAL_MS ?? 5 * 60_000), 'stamping', () => stampPending(services, { log })),
  ];
  return () => timers.forEach(clearInterval);
}
