/**
 * Started by scripts/serve.mjs before it listens (Node runs this source file directly): opens and migrates the
 * enquiries database and starts the CRM outbox worker, so leads left pending by a previous run are delivered without
 * waiting for a new request. A bad setting or an unwritable DATA_DIR stops the server here, at start.
 */
import { readMethod } from "../cli/method-files.ts";
import { type EnquiryRuntime, enquiryRuntime, stopEnquiryRuntime } from "./runtime.ts";
import { readSiteUrl } from "./site-url.ts";

export function startEnquiries(): EnquiryRuntime {
  return enquiryRuntime(() => ({ method: readMethod(), siteUrl: readSiteUrl() }));
}

export { stopEnquiryRuntime as stopEnquiries };
