/** `npm run leads`: the leads command (src/cli/leads.ts) under a Node that runs it (scripts/ensure-node.mjs). */
import { ensureNode } from "./ensure-node.mjs";

await ensureNode(import.meta.url, "npm run leads");
await import("../src/cli/leads.ts");
