/**
 * CRM forwarding through the outbox. Every lead stored while a webhook is configured gets an outbox row in the same
 * transaction; this worker POSTs each due row to the webhook and marks it delivered on a 2xx answer. A failed attempt
 * is retried after an exponentially growing, jittered delay (capped), so a CRM outage delays leads but loses none;
 * after `maxAttempts` the row is marked failed and stays visible (`npm run leads -- list`, `redeliver`). Rows are
 * never deleted.
 *
 * Delivery is at least once: a crash between the CRM's answer and the commit of "delivered" repeats that lead. Each
 * request carries `Idempotency-Key: <lead reference>` so the receiver can drop the repeat.
 */
import { createHmac } from "node:crypto";
import type { OutboxSettings } from "./config.ts";
import { describeError, type Logger, logLine } from "./log.ts";
import type { Lead, LeadStore } from "./storage.ts";

/**
 * Delay after the `failedAttempts`-th failure: base × 2^(n−1), capped at `maxDelayMs`, with "equal jitter" (a random
 * point in the upper half) so many leads failing together do not retry in lockstep.
 */
export function backoffDelay(
  failedAttempts: number,
  settings: Pick<OutboxSettings, "baseDelayMs" | "maxDelayMs">,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(failedAttempts, 1) - 1, 40);
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export interface WebhookTarget {
  readonly url: string;
  /** When set, each request is signed: X-Enquiry-Signature = "sha256=" + HMAC-SHA256(secret, timestamp + "." + body). */
  readonly secret?: string;
}

export function signatureHeaders(secret: string, body: string, timestampSeconds: number): Record<string, string> {
  const signature = createHmac("sha256", secret).update(`${timestampSeconds}.${body}`).digest("hex");
  return { "x-enquiry-timestamp": String(timestampSeconds), "x-enquiry-signature": `sha256=${signature}` };
}

/** A failure in words that never quote the CRM's answer (it may echo personal data). */
function describeFailure(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return "timeout";
  const cause = (error as { cause?: { code?: unknown } }).cause;
  if (cause && typeof cause.code === "string") return `network error ${cause.code}`;
  return `network error (${describeError(error)})`;
}

export interface OutboxWorker {
  /** Looks at the outbox now (called after a lead is stored). */
  wake(): void;
  /** Stops after the attempts in flight. */
  stop(): Promise<void>;
}

export interface OutboxWorkerOptions {
  readonly store: LeadStore;
  readonly target: WebhookTarget;
  readonly settings: OutboxSettings;
  /** The JSON body for one lead. */
  readonly payload: (lead: Lead) => unknown;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly log?: Logger;
  /** Rows attempted at once. */
  readonly batchSize?: number;
}

export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store, target, settings } = options;
  const send = options.fetch ?? fetch;
  const clock = options.now ?? Date.now;
  const log = options.log ?? logLine;
  const batchSize = options.batchSize ?? 8;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  async function deliver(reference: string): Promise<void> {
    const started = clock();
    if (!store.claimDelivery(reference, started, started + settings.timeoutMs + 5_000)) return;
    const lead = store.get(reference);
    if (!lead) return;
    const attempt = (lead.delivery?.attempts ?? 0) + 1;
    const body = JSON.stringify(options.payload(lead));
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "idempotency-key": reference,
      "x-enquiry-attempt": String(attempt),
      "user-agent": "enquiries-outbox/1",
      ...(target.secret ? signatureHeaders(target.secret, body, Math.floor(started / 1000)) : {}),
    };
    let failure: string | undefined;
    try {
      const response = await send(target.url, {
        method: "POST",
        headers,
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.status < 200 || response.status > 299) failure = `HTTP ${response.status}`;
    } catch (error) {
      failure = describeFailure(error);
    }
    const ms = Math.round(clock() - started);
    if (failure === undefined) {
      store.recordDelivered(reference, new Date(clock()));
      log({ event: "outbox", ref: reference, attempt, result: "delivered", ms });
      return;
    }
    const giveUp = attempt >= settings.maxAttempts;
    const nextAttemptAt = clock() + backoffDelay(attempt, settings, options.random);
    store.recordFailedAttempt(reference, { error: failure, nextAttemptAt, giveUp });
    log({
      event: "outbox",
      ref: reference,
      attempt,
      result: giveUp ? "failed" : "retry",
      error: failure,
      ms,
      ...(giveUp ? {} : { next: new Date(nextAttemptAt).toISOString() }),
    });
  }

  async function cycle(): Promise<void> {
    do {
      again = false;
      const due = store.dueDeliveries(clock(), batchSize);
      await Promise.all(due.map((reference) => deliver(reference)));
      if (due.length === batchSize) again = true;
    } while (again && !stopped);
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, Math.max(20, delayMs));
    // The http server keeps the process alive; the worker alone must not.
    timer.unref?.();
  }

  function run(): void {
    timer = undefined;
    if (stopped) return;
    if (running !== undefined) {
      again = true;
      return;
    }
    running = cycle()
      .catch((error: unknown) => log({ event: "outbox", result: "error", error: describeError(error) }))
      .finally(() => {
        running = undefined;
        if (stopped) return;
        const next = store.nextDueAt();
        schedule(next === undefined ? settings.pollMs : Math.min(settings.pollMs, next - clock()));
      });
  }

  run();
  return {
    wake() {
      if (running !== undefined) again = true;
      else schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
