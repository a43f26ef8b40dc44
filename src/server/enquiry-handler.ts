/**
 * POST /api/enquiries, as a function of a Fetch API Request (the Astro route is a thin wrapper). In order:
 * method (405), origin (403), rate limit (429 + Retry-After), content type (415), size (413), JSON (400 malformed),
 * schema (400 with the field list), honeypot (a 201 that stores nothing), idempotency (200 with the first reference,
 * or 409 when the key comes back with other data), then a durable insert: 201 `{ reference }` only after the commit.
 * The assessment is always recomputed from the answers; client scores never reach the database. Every answer is JSON
 * with `Cache-Control: no-store`; errors are `{ error, message }` without internals. Only stored leads (and filled
 * honeypots, and conflicts) use up the client's rate-limit budget: a refused body or a replay gives its slot back.
 * When the database cannot take the lead (read-only, full, damaged) the answer is 503 with Retry-After and the
 * problem is reported through `onStorageProblem`.
 */
import { sanitizeAnswerSet } from "../engine/answers.ts";
import { evaluate, type Method } from "../engine/index.ts";
import { enquiry } from "../i18n/packs/enquiry.ts";
import { createT } from "../i18n/translate.ts";
import { type Enquiry, type EnquiryRequestErrorCode, isHoneypotFilled, parseEnquiry } from "../lib/enquiry.ts";
import { hongKongToday } from "../lib/hong-kong-date.ts";
import type { EnquiryConfig } from "./config.ts";
import { classifyStorageError, type StorageProblem } from "./database.ts";
import { describeError, type Logger, logLine } from "./log.ts";
import { clientKey, type RateLimiter } from "./rate-limit.ts";
import { type LeadInput, type LeadStore, newReference, payloadHash } from "./storage.ts";

export interface HandlerContext {
  /** The lead store; throws a StorageError when the database is unavailable. */
  readonly store: () => LeadStore;
  /** Told when storing met a storage problem (the runtime's health state and its log line). */
  readonly onStorageProblem?: ((problem: StorageProblem) => void) | undefined;
  readonly limiter: RateLimiter;
  readonly config: EnquiryConfig;
  /** The method the site was built with: the one the visitor's answers were given against. */
  readonly method: Method;
  /** The site's canonical origin (its `site` URL), accepted besides the request's own. */
  readonly siteOrigin?: string | undefined;
  readonly wakeOutbox?: (() => void) | undefined;
  readonly log?: Logger;
  readonly today?: () => string;
}

/** The API's error messages are English (`api.<code>` of the enquiry pack); the form shows its own texts by code. */
const message = createT("en", enquiry.en);

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

function failure(
  status: number,
  error: Exclude<EnquiryRequestErrorCode, "network">,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return json(status, { error, message: message(`api.${error}`), ...extra }, headers);
}

class TooLarge extends Error {}

/** Reads at most `limit` bytes; throws TooLarge past it without reading the rest. */
async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new TooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const [type = "", ...params] = value.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json") return false;
  const charset = params.find((p) => p.startsWith("charset="));
  return charset === undefined || /^charset="?utf-8"?$/.test(charset);
}

/** Origins whose pages may post here: the request's own (and its https form, behind a TLS proxy), the site's. */
function sameSite(origin: string, request: Request, siteOrigin: string | undefined): boolean {
  const own = new URL(request.url);
  return (
    origin === own.origin || origin === `https://${own.host}` || (siteOrigin !== undefined && origin === siteOrigin)
  );
}

/** What is stored and compared for idempotency: the validated enquiry without its key and honeypot. */
function comparable(enquiry: Enquiry): Omit<Enquiry, "idempotencyKey" | "website"> {
  const { idempotencyKey: _key, website: _honeypot, ...rest } = enquiry;
  return rest;
}

/** Statuses that use up the client's budget: a stored lead, a honeypot (answered 201) and a key conflict. */
const countedStatuses = new Set([201, 409]);
const loggedMethods = new Set(["POST", "OPTIONS", "GET", "HEAD", "PUT", "PATCH", "DELETE"]);

export async function handleEnquiryRequest(
  request: Request,
  clientAddress: string | undefined,
  context: HandlerContext,
): Promise<Response> {
  const started = performance.now();
  const log = context.log ?? logLine;
  const fields: Record<string, string | number | boolean | readonly string[] | undefined> = {};
  let response: Response;
  try {
    response = await handle(request, clientAddress, context, fields);
  } catch (error) {
    const problem = classifyStorageError(error);
    if (problem) {
      fields.storage = problem;
      context.onStorageProblem?.(problem);
      response = failure(503, "server_error", {}, { "retry-after": "60" });
    } else {
      fields.error = describeError(error);
      response = failure(500, "server_error");
    }
  }
  log({
    event: "enquiry",
    method: loggedMethods.has(request.method) ? request.method : "other",
    status: response.status,
    ms: Math.round((performance.now() - started) * 10) / 10,
    ...fields,
  });
  return response;
}

async function handle(
  request: Request,
  clientAddress: string | undefined,
  context: HandlerContext,
  logFields: Record<string, string | number | boolean | readonly string[] | undefined>,
): Promise<Response> {
  const { config } = context;
  const origin = request.headers.get("origin");
  const corsOrigin = origin !== null && config.allowedOrigins.includes(origin) ? origin : undefined;
  const cors: Record<string, string> = corsOrigin ? { "access-control-allow-origin": corsOrigin, vary: "Origin" } : {};

  if (request.method === "OPTIONS" && corsOrigin) {
    return new Response(null, {
      status: 204,
      headers: {
        ...cors,
        "access-control-allow-methods": "POST",
        "access-control-allow-headers": "content-type",
        "access-control-max-age": "600",
        "cache-control": "no-store",
      },
    });
  }
  if (request.method !== "POST") {
    return failure(405, "method_not_allowed", {}, { allow: corsOrigin ? "POST, OPTIONS" : "POST" });
  }
  const fetchSite = request.headers.get("sec-fetch-site");
  const crossSite =
    origin !== null ? !corsOrigin && !sameSite(origin, request, context.siteOrigin) : fetchSite === "cross-site";
  if (crossSite) return failure(403, "forbidden");

  const key = clientKey(clientAddress, request.headers.get("x-forwarded-for"), config.trustProxyHops);
  const decision = context.limiter.check(key);
  if (!decision.ok) {
    return failure(429, "rate_limited", {}, { ...cors, "retry-after": String(decision.retryAfterSeconds) });
  }
  let response: Response | undefined;
  try {
    response = await admit(request, context, cors, logFields);
    return response;
  } finally {
    if (!response || !countedStatuses.has(response.status)) decision.release();
  }
}

/** After the method, origin and rate checks: the body, the schema, the honeypot and the durable insert. */
async function admit(
  request: Request,
  context: HandlerContext,
  cors: Record<string, string>,
  logFields: Record<string, string | number | boolean | readonly string[] | undefined>,
): Promise<Response> {
  const { config } = context;
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return failure(415, "unsupported_media_type", {}, cors);
  }

  let raw: unknown;
  try {
    const bytes = await readBody(request, config.maxBodyBytes);
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    if (error instanceof TooLarge) return failure(413, "too_large", {}, cors);
    return failure(400, "malformed", {}, cors);
  }

  const parsed = parseEnquiry(raw);
  if (!parsed.ok) {
    logFields.fields = parsed.fields.map((f) => f.path);
    return failure(400, "invalid", { fields: parsed.fields }, cors);
  }
  const enquiry = parsed.value;
  if (isHoneypotFilled(enquiry)) {
    // Answer like a success so the bot learns nothing; nothing is stored or forwarded.
    logFields.honeypot = true;
    return json(201, { reference: newReference() }, cors);
  }

  let answerSet: unknown = null;
  let assessment: unknown = null;
  let answerIssues = 0;
  let methodVersion: string | null = null;
  if (enquiry.attachment) {
    const checked = sanitizeAnswerSet(context.method, enquiry.attachment.answerSet);
    const unusable = checked.issues.find((issue) => !issue.questionId);
    if (unusable && unusable.code !== "bad_start_date") {
      const fieldList = [{ path: "attachment.answerSet.version", code: "invalid_attachment" }];
      logFields.fields = fieldList.map((f) => f.path);
      return failure(400, "invalid", { fields: fieldList }, cors);
    }
    const today = context.today ?? hongKongToday;
    const evaluated = { ...checked.value, startDate: checked.value.startDate ?? today() };
    answerSet = evaluated;
    assessment = evaluate(context.method, evaluated);
    answerIssues = checked.issues.length;
    methodVersion = context.method.estimation.methodVersion;
  }

  const lead: LeadInput = {
    idempotencyKey: enquiry.idempotencyKey,
    payloadHash: payloadHash(comparable(enquiry)),
    locale: enquiry.locale,
    name: enquiry.name,
    company: enquiry.company,
    email: enquiry.email,
    phone: enquiry.phone ?? null,
    role: enquiry.role,
    interest: enquiry.interest,
    timing: enquiry.timing,
    message: enquiry.message,
    marketingConsent: enquiry.marketingConsent,
    picsVersion: enquiry.picsVersion,
    answerSet,
    assessment,
    answerIssues,
    methodVersion,
  };
  const outcome = await context.store().submit(lead, { forward: config.webhook !== undefined });
  switch (outcome.kind) {
    case "created":
      logFields.ref = outcome.reference;
      context.wakeOutbox?.();
      return json(201, { reference: outcome.reference }, cors);
    case "duplicate":
      logFields.ref = outcome.reference;
      logFields.repeat = true;
      return json(200, { reference: outcome.reference }, cors);
    case "conflict":
      return failure(409, "conflict", {}, cors);
  }
}
