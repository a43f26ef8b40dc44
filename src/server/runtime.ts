/**
 * The enquiry service of one process: the database (opened and migrated), the rate limiter and, when a CRM webhook is
 * configured, the outbox worker. One per process, shared through a global symbol, because the production server
 * starts it before listening (scripts/serve.mjs, from these sources) while the API route reaches it from the built
 * bundle: both find the same instance, so there is one connection and one worker.
 */
import type { Method } from "../engine/index.ts";
import { type EnquiryConfig, readConfig } from "./config.ts";
import { leadDocument } from "./lead-document.ts";
import { type Logger, logLine } from "./log.ts";
import { type OutboxWorker, startOutboxWorker } from "./outbox.ts";
import { createRateLimiter, type RateLimiter } from "./rate-limit.ts";
import { type LeadStore, openLeadStore } from "./storage.ts";

export interface EnquiryRuntime {
  readonly config: EnquiryConfig;
  readonly store: LeadStore;
  readonly limiter: RateLimiter;
  readonly worker: OutboxWorker | undefined;
  /** Stops the worker and closes the database. */
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  /** The method used to build the assessment link in CRM deliveries. */
  readonly method: Method;
  readonly siteUrl: string;
  readonly config?: EnquiryConfig;
  readonly log?: Logger;
}

export function createEnquiryRuntime(options: RuntimeOptions): EnquiryRuntime {
  const config = options.config ?? readConfig();
  const log = options.log ?? logLine;
  const store = openLeadStore(config.dbPath);
  const limiter = createRateLimiter(config.rateLimit);
  const worker = config.webhook
    ? startOutboxWorker({
        store,
        target: config.webhook,
        settings: config.outbox,
        log,
        payload: (lead) => ({
          event: "enquiry.created",
          ...leadDocument(lead, { method: options.method, siteUrl: options.siteUrl }),
        }),
      })
    : undefined;
  log({
    event: "enquiries.start",
    schemaVersion: store.schemaVersion(),
    journal: String(store.pragma("journal_mode")),
    crm: config.webhook ? "configured" : "off",
  });
  return {
    config,
    store,
    limiter,
    worker,
    async stop() {
      await worker?.stop();
      store.close();
    },
  };
}

const runtimeKey = Symbol.for("hk-readiness.enquiries.runtime");
type Holder = { [runtimeKey]?: EnquiryRuntime };

/** The process's runtime, created on first use with `options()`. */
export function enquiryRuntime(options: () => RuntimeOptions): EnquiryRuntime {
  const holder = globalThis as Holder;
  holder[runtimeKey] ??= createEnquiryRuntime(options());
  return holder[runtimeKey];
}

/** Stops and forgets the process's runtime (server shutdown, tests). */
export async function stopEnquiryRuntime(): Promise<void> {
  const holder = globalThis as Holder;
  const runtime = holder[runtimeKey];
  delete holder[runtimeKey];
  await runtime?.stop();
}
