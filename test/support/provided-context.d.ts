import type { MethodData } from "../../src/engine/method-index.ts";

/** What test/support/method-global-setup.ts provides to the test files (mutation testing only). */
declare module "vitest" {
  export interface ProvidedContext {
    methodData: MethodData | undefined;
  }
}
