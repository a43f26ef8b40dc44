/** `npm run staff`: the staff accounts command (src/cli/staff.ts) under a Node that runs it (scripts/ensure-node.mjs). */
import { ensureNode } from "./ensure-node.mjs";

await ensureNode(import.meta.url, "npm run staff");
await import("../src/cli/staff.ts");
