/**
 * The enquiry service of one process: the database (opened, checked and migrated), the rate limiter, the CRM outbox
 * worker (when a webhook is configured) and the daily retention sweep. It lives in the server bundle, so the
 * production server's start (src/node/server-entry.ts) and the API route share this module and its one instance.
 *
 * A database that cannot be opened (read-only, full, damaged, missing folder) does not stop the site: pages are
 * served, enquiries are answered 503, /readyz names the reason, and opening is tried again at most every 5 s
 * (a damaged file only after a restart, since it needs a restore first).
 */
import type { Method } from "../engine/index.ts";
import { type EnquiryConfig, readConfig } from "./config.ts";
import { classifyStorageError, StorageError, type StorageProblem } from "./database.ts";
import { leadDocument } from "./lead-document.ts";
import { sweepRetention } from "./lead-privacy.ts";
import { describeError, type Logger, logLine } from "./log.ts";
import { type OutboxWorker, startOutboxWorker } from "./outbox.ts";
import { createRateLimiter, type RateLimiter } from "./rate-limit.ts";
import { type LeadStore, openLeadStore } from "./storage.ts";
import { createStorageHealth, type Readiness } from "./storage-health.ts";

export interface EnquiryRuntime {
  readonly config: EnquiryConfig;
  readonly limiter: RateLimiter;
  /** The lead store; throws a StorageError while the database is unavailable. */
  store(): LeadStore;
  /** A write probe of the database (at most one per second; callers in between share the last answer). */
  readiness(): Readiness;
  /** Records a storage problem met while serving a request. */
  reportProblem(problem: StorageProblem): void;
  /** Tells the outbox worker a lead is waiting. */
  wakeOutbox(): void;
  /** Stops the worker and the sweep and closes the database. */
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  /** The method used to build the assessment link in CRM deliveries (the one the site was built with). */
  readonly method: Method;
  readonly siteUrl: string;
  readonly config?: EnquiryConfig;
  readonly log?: Logger;
  /** Milliseconds between retention sweeps (a day). */
  readonly sweepEveryMs?: number;
  /** Least time between attempts to open a database that could not be opened (5 s). */
  readonly reopenAfterMs?: number;
}

const probeCacheMs = 1_000;
const day = 86_400_000;

export function createEnquiryRuntime(options: RuntimeOptions): EnquiryRuntime {
  const config = options.config ?? readConfig();
  const log = options.log ?? logLine;
  const health = createStorageHealth(log);
  const limiter = createRateLimiter(config.rateLimit);
  let store: LeadStore | undefined;
  let worker: OutboxWorker | undefined;
  let openError: StorageError | undefined;
  let lastOpenAttempt = Number.NEGATIVE_INFINITY;
  let lastProbe: { at: number; readiness: Readiness } | undefined;
  let stopped = false;

  function sweep(): void {
    if (!store) return;
    try {
      const { erased } = sweepRetention(store, { months: config.retentionMonths });
      log({ event: "retention", months: config.retentionMonths, erased: erased.length });
    } catch (error) {
      const problem = classifyStorageError(error);
      if (problem) health.record(problem);
      log({ event: "retention", error: describeError(error) });
    }
  }
  const sweepTimer = setInterval(sweep, options.sweepEveryMs ?? day);
  // The http server keeps the process alive; the sweep alone must not.
  sweepTimer.unref();

  function open(): LeadStore {
    if (store) return store;
    if (stopped) throw new StorageError("cannot_open", "stopped");
    const now = Date.now();
    const retry = openError?.problem !== "corrupt" && now - lastOpenAttempt >= (options.reopenAfterMs ?? 5_000);
    if (openError && !retry) throw openError;
    lastOpenAttempt = now;
    try {
      store = openLeadStore(config.dbPath, config.dbMaxBytes === undefined ? {} : { maxBytes: config.dbMaxBytes });
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      openError = error;
      health.record(error.problem, error.detail);
      throw error;
    }
    openError = undefined;
    health.record(undefined);
    log({
      event: "enquiries.start",
      schemaVersion: store.schemaVersion(),
      journal: String(store.pragma("journal_mode")),
      crm: config.webhook ? "configured" : "off",
      retentionMonths: config.retentionMonths,
    });
    sweep();
    if (config.webhook) {
      worker = startOutboxWorker({
        store,
        target: config.webhook,
        settings: config.outbox,
        log,
        payload: (lead) => ({
          event: "enquiry.created",
          ...leadDocument(lead, { method: options.method, siteUrl: options.siteUrl }),
        }),
      });
    }
    return store;
  }

  function probe(): Readiness {
    try {
      open().probe(config.minFreeBytes);
      health.record(undefined);
      return { ready: true };
    } catch (error) {
      const problem = classifyStorageError(error);
      if (!problem) throw error;
      health.record(problem);
      return { ready: false, reason: problem };
    }
  }

  try {
    open();
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
  }

  return {
    config,
    limiter,
    store: open,
    readiness() {
      const now = Date.now();
      if (!lastProbe || now - lastProbe.at >= probeCacheMs) lastProbe = { at: now, readiness: probe() };
      return lastProbe.readiness;
    },
    reportProblem(problem) {
      lastProbe = undefined;
      health.record(problem);
    },
    wakeOutbox() {
      worker?.wake();
    },
    async stop() {
      stopped = true;
      clearInterval(sweepTimer);
      await worker?.stop();
      store?.close();
      store = undefined;
    },
  };
}

let current: EnquiryRuntime | undefined;

/** The process's runtime, created on first use with `options()`. */
export function enquiryRuntime(options: () => RuntimeOptions): EnquiryRuntime {
  current ??= createEnquiryRuntime(options());
  return current;
}

/** Stops and forgets the process's runtime (server shutdown, tests). */
export async function stopEnquiryRuntime(): Promise<void> {
  const runtime = current;
  current = undefined;
  await runtime?.stop();
}
