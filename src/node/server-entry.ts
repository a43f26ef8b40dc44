/**
 * The server bundle's entry (dist/server/entry.mjs). Run with `node dist/server/entry.mjs` (what `npm start` and
 * `npm run serve` do) it starts the site: settings read and checked, the enquiry database opened, checked and
 * migrated, the CRM outbox and the retention sweep started, then the hardened HTTP server listening on PORT / HOST.
 * Imported with ASTRO_NODE_AUTOSTART=disabled (`astro preview`, tests) it starts nothing and exports the adapter's
 * `handler` and `startSite`.
 *
 * Everything here is part of the build: production needs dist/ and the installed packages, no source files.
 */
// First: turns the adapter's own autostart off before its module runs.
import "./autostart.ts";
import type { AddressInfo } from "node:net";
import { handler, options } from "@astrojs/node/server.js";
import { method } from "../lib/method-data.ts";
import { readConfig } from "../server/config.ts";
import { describeError, logLine } from "../server/log.ts";
import { enquiryRuntime, stopEnquiryRuntime } from "../server/runtime.ts";
import { staffAuth, stopStaffAuth } from "../server/staff/runtime.ts";
import { autostart } from "./autostart.ts";
import { buildPaths, readPagePolicies } from "./build-paths.ts";
import { createSiteServer } from "./http-server.ts";
import { readServerSettings } from "./server-settings.ts";
import { siteUrl } from "./site-address.ts";

export { handler, options };

export interface RunningSite {
  /** http://host:port, with the port actually bound (PORT=0 picks a free one). */
  readonly url: string;
  /** Stops accepting connections, lets requests in flight finish, stops the enquiry runtime. */
  stop(): Promise<void>;
}

export async function startSite(env: NodeJS.ProcessEnv = process.env): Promise<RunningSite> {
  const settings = readServerSettings(env);
  const config = readConfig(env);
  const runtime = enquiryRuntime(() => ({ method, siteUrl, config }));
  // The staff accounts' database is opened and migrated before the first request. Like the enquiry database, a
  // file that cannot be opened (read-only volume, full disk) does not stop the site: the staff area answers 503 and
  // tries again on the next request.
  try {
    await staffAuth(siteUrl);
  } catch (error) {
    logLine({ event: "staff.start", error: describeError(error) });
  }
  const { outDir } = buildPaths(options, import.meta.url);
  const server = createSiteServer({
    settings,
    handler,
    pagePolicies: readPagePolicies(outDir),
    apiRoutes: new Map([["/api/enquiries/", config.allowedOrigins.length > 0 ? ["POST", "OPTIONS"] : ["POST"]]]),
    apiPrefixes: new Map([
      ["/api/staff/", ["GET", "HEAD", "POST", "PUT", "DELETE"]],
      ["/api/auth/", ["GET", "POST"]],
    ]),
    readiness: runtime.readiness,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${settings.host.includes(":") ? `[${settings.host}]` : settings.host}:${port}`;
  console.log(`Serving on ${url}/ (English: /en/, 繁體中文: /zh-hk/)`);
  return {
    url,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await stopEnquiryRuntime();
      stopStaffAuth();
    },
  };
}

if (autostart) {
  try {
    const site = await startSite();
    const shutdown = () => {
      setTimeout(() => process.exit(0), 5_000).unref();
      void site.stop().finally(() => process.exit(0));
    };
    process.once("SIGTERM", shutdown);
    process.once("SIGINT", shutdown);
  } catch (error) {
    console.error(`The server did not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
