/**
 * POST /api/enquiries: stores an enquiry durably and queues it for the CRM. The logic is in
 * src/server/enquiry-handler.ts; this route supplies the method the site was built with and the process's runtime.
 */
import type { APIRoute } from "astro";
import { method } from "../../lib/method-data.ts";
import { firm } from "../../lib/site-firm.ts";
import { handleEnquiryRequest } from "../../server/enquiry-handler.ts";
import { describeError, logLine } from "../../server/log.ts";
import { type EnquiryRuntime, enquiryRuntime } from "../../server/runtime.ts";

export const prerender = false;

const siteUrl = (import.meta.env.SITE || firm.siteUrl).replace(/\/+$/, "");
const siteOrigin = new URL(siteUrl).origin;

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
  let clientAddress: string | undefined;
  try {
    clientAddress = context.clientAddress;
  } catch {
    clientAddress = undefined;
  }
  return handleEnquiryRequest(context.request, clientAddress, {
    store: runtime.store,
    limiter: runtime.limiter,
    config: runtime.config,
    method,
    siteOrigin,
    wakeOutbox: runtime.worker ? () => runtime.worker?.wake() : undefined,
  });
};
