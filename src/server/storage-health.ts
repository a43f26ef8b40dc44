/**
 * What the server knows about its database's health, for /readyz and the log. A problem is logged once when it
 * appears (`{"event":"storage","problem":"read_only"|"disk_full"|"corrupt"|…}`, with the fixed advice on stderr)
 * and once when it clears (`{"event":"storage","recovered":…}`), not on every request.
 */
import { type StorageProblem, storageAdvice } from "./database.ts";
import type { Logger } from "./log.ts";

export type Readiness = { readonly ready: true } | { readonly ready: false; readonly reason: StorageProblem };

export interface StorageHealth {
  /** Records the outcome of a probe or a write: a problem, or `undefined` for a success. */
  record(problem: StorageProblem | undefined, detail?: string): void;
  readonly current: StorageProblem | undefined;
}

export function createStorageHealth(log: Logger, warn: (text: string) => void = console.error): StorageHealth {
  let current: StorageProblem | undefined;
  return {
    get current() {
      return current;
    },
    record(problem, detail) {
      if (problem === current) return;
      if (problem) {
        log({ event: "storage", problem, ...(detail ? { detail } : {}) });
        warn(`enquiries: ${storageAdvice[problem]}${detail ? ` (${detail})` : ""}`);
      } else if (current) {
        log({ event: "storage", recovered: current });
      }
      current = problem;
    },
  };
}
