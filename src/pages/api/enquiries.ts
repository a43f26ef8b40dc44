/**
 * POST /api/enquiries: stores an enquiry durably and queues it for the CRM. The logic is in
 * src/server/enquiry-handler.ts; this route supplies the method the site was built with, the process's runtime and
 * the client's socket address (from the production server's request context; Astro's `clientAddress` only under
 * `astro dev`).
 */
import type { APIContext, APIRoute } from "astro";
import { method } from "../../lib/method-data.ts";
import { requestContext } from "../../node/request-context.ts";
import { siteUrl } from "../../node/site-address.ts";
import { handleEnquiryRequest } from "../../server/enquiry-handler.ts";
import { describeError, logLine } from "../../server/log.ts";
import { type EnquiryRuntime, enquiryRuntime } from "../../server/runtime.ts";

export const prerender = false;

const siteOrigin = new URL(siteUrl).origin;

function socketAddress(context: APIContext): string | undefined {
  const facts = requestContext.getStore();
  if (facts) return facts.socketAddress;
  try {
    return context.clientAddress;
  } catch {
    return undefined;
  }
}

export const ALL: APIRoute = async (context) => {
  let runtime: EnquiryRuntime;
  try {
    runtime = enquiryRuntime(() => ({ method, siteUrl }));
  } catch (error) {
    logLine({ event: "enquiry", status: 500, error: describeError(error) });
    return new Response(
      JSON.stringify({ error: "server_error", message: "The enquiry could not be saved. Try again." }),
      {
        status: 500,
        headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
      },
    );
  }
  return handleEnquiryRequest(context.request, socketAddress(context), {
    store: runtime.store,
    onStorageProblem: runtime.reportProblem,
    limiter: runtime.limiter,
    config: runtime.config,
    method,
    siteOrigin,
    wakeOutbox: runtime.wakeOutbox,
  });
};
