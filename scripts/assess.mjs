/** `npm run assess`: the assessment command (src/cli/assess.ts) under a Node that runs it (scripts/ensure-node.mjs). */
import { ensureNode } from "./ensure-node.mjs";

await ensureNode(import.meta.url, "npm run assess");
await import("../src/cli/assess.ts");
