// Starts the workflow's background work in this instance: the outbox worker, the intake sweep and the daily follow-up check.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { createOutboxWorker, type OutboxWorker } from '../../notify/outbox-worker.js';
import type { Config } from '../../config.js';
import type { UseCaseDeps } from '../deps.js';
import { runDailyFollowUp } from './daily-follow-up.js';
import { takeInNewCases } from './take-in-new-cases.js';
import { processDueLineEvents, purgeLineData } from '../line/process-line-events.js';
import { runDailyRetention } from '../privacy/retention.js';
import { sweepPhotos } from '../photos/photo-jobs.js';

export interface WorkflowJobs {
  readonly holder: string;
  readonly outbox: OutboxWorker;
  stop(): Promise<void>;
}

type JobDeps = UseCaseDeps & { config: Config };

/** Every instance runs these; leases and compare-and-set claims keep their work from doubling. */
export function startWorkflowJobs(deps: JobDeps, options: { sweepMs?: number } = {}): WorkflowJobs {
  const holder = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const outbox = createOutboxWorker(deps);
  outbox.start();
  let busy: Promise<unknown> | undefined;
  const tick = () => {
    if (busy) return;
    busy = (async () => {
      await takeInNewCases(deps);
      await runDailyFollowUp(deps, holder, { notBefore: deps.config.followUpAt });
      // LINE events a crashed or busy instance left behind; their reply tokens may have expired (receipts are pushed).
      await processDueLineEvents(deps);
      await purgeLineData(deps);
      // Closed cases past the site's retention period are anonymised, as the privacy notice promises.
      await runDailyRetention(deps, holder);
      // Uploads never attached to a post, and the images of erased or replaced photos, leave the photo store.
      await sweepPhotos(deps);
    })()
      .catch((error) =>
        deps.logger.error('workflow jobs failed', { error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        busy = undefined;
      });
  };
  const timer = setInterval(tick, options.sweepMs ?? 5000);
  tick();
  return {
    holder,
    outbox,
    async stop() {
      clearInterval(timer);
      await busy;
      await outbox.stop();
    },
  };
}
