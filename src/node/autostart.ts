/**
 * Imported first by the server entry, before the Node adapter's module runs: whether this process should start the
 * site's server (ASTRO_NODE_AUTOSTART unset), and then turns the adapter's own autostart off, so the only server
 * that ever listens is the hardened one (src/node/http-server.ts). `astro preview` and tests that import the entry
 * set ASTRO_NODE_AUTOSTART=disabled and start nothing.
 */
export const autostart: boolean = process.env.ASTRO_NODE_AUTOSTART !== "disabled";
process.env.ASTRO_NODE_AUTOSTART = "disabled";
