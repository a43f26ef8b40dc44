/**
 * Facts about the connection a request came in on, set by the production server (src/node/http-server.ts) around
 * each request it hands to Astro, and read by on-demand routes in the same process. The client address for rate
 * limiting comes from here, the socket, whatever Astro's own forwarded-header settings are.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export interface ConnectionFacts {
  /** The TCP peer's address (a proxy's when one is in front; TRUST_PROXY then says how far X-Forwarded-For counts). */
  readonly socketAddress: string | undefined;
}

export const requestContext = new AsyncLocalStorage<ConnectionFacts>();
