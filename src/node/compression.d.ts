/** The part of the `compression` middleware's API the server uses (the package ships no types). */
declare module "compression" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  export default function compression(options?: { readonly threshold?: number }): Middleware;
}
