/**
 * The Astro Node adapter with the site's own server entry (src/node/server-entry.ts) in place of the adapter's, so
 * the build's dist/server/entry.mjs starts the hardened server and carries the enquiry runtime in the same bundle as
 * the API routes. Everything else (static files, rendering, the _headers.json of page policies) is the adapter's.
 */
import { fileURLToPath } from "node:url";
import node from "@astrojs/node";
import type { AstroIntegration } from "astro";

export function siteServerAdapter(options: Parameters<typeof node>[0]): AstroIntegration {
  const base = node(options);
  const serverEntrypoint = fileURLToPath(new URL("./server-entry.ts", import.meta.url));
  const configDone = base.hooks["astro:config:done"];
  return {
    ...base,
    hooks: {
      ...base.hooks,
      "astro:config:done": (params) =>
        configDone?.({ ...params, setAdapter: (adapter) => params.setAdapter({ ...adapter, serverEntrypoint }) }),
    },
  };
}
