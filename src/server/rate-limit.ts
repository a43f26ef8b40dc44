/**
 * In-memory sliding-window rate limiter keyed by client address: at most `limit` requests in any `windowMs`. Memory
 * is bounded (`maxKeys`, least recently seen dropped first). Per process: behind several server processes each
 * counts on its own. A request takes its slot when it is checked, so concurrent requests cannot overrun the limit;
 * `release()` gives the slot back for a request that should not count (a refused body, a replay).
 */
import { isIP } from "node:net";

export type RateDecision =
  | { readonly ok: true; readonly release: () => void }
  | { readonly ok: false; readonly retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes a slot for `key` at `now`, or says how many seconds until one frees. */
  check(key: string, now?: number): RateDecision;
  readonly size: number;
}

export function createRateLimiter(options: {
  readonly limit: number;
  readonly windowMs: number;
  readonly maxKeys?: number;
}): RateLimiter {
  const { limit, windowMs } = options;
  const maxKeys = options.maxKeys ?? 50_000;
  // key -> times of the requests still inside the window from `head` on, oldest first. Never more than `limit`.
  const seen = new Map<string, { times: number[]; head: number }>();
  return {
    get size() {
      return seen.size;
    },
    check(key, now = Date.now()) {
      const entry = seen.get(key) ?? { times: [], head: 0 };
      while (entry.head < entry.times.length && (entry.times[entry.head] as number) <= now - windowMs) entry.head++;
      // Dropping expired times in bulk keeps each check O(1) on average, even with a very high limit.
      if (entry.head > 64 && entry.head * 2 > entry.times.length) {
        entry.times = entry.times.slice(entry.head);
        entry.head = 0;
      }
      // Re-inserting keeps the Map in least-recently-seen order for eviction.
      seen.delete(key);
      seen.set(key, entry);
      if (seen.size > maxKeys) {
        const oldest = seen.keys().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
      if (entry.times.length - entry.head >= limit) {
        const retryAfterMs = (entry.times[entry.head] as number) + windowMs - now;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
      }
      entry.times.push(now);
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          // Search from the newest: the slot is almost always the last one taken.
          for (let i = entry.times.length - 1; i >= entry.head; i--) {
            if (entry.times[i] === now) {
              entry.times.splice(i, 1);
              return;
            }
          }
        },
      };
    },
  };
}

/**
 * The address to count a request against. The socket's address unless `trustProxyHops` > 0, when the entry that
 * many hops from the right of X-Forwarded-For is used (entries further left are written by the client and can be
 * forged). IPv6 addresses count per /64, the block one subscriber usually holds.
 */
export function clientKey(
  socketAddress: string | undefined,
  forwardedFor: string | null,
  trustProxyHops: number,
): string {
  let address = socketAddress ?? "";
  if (trustProxyHops > 0 && forwardedFor) {
    const hops = forwardedFor
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const chosen = hops[Math.max(0, hops.length - trustProxyHops)];
    if (chosen) address = chosen;
  }
  address = address.replace(/^\[|\]$/g, "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (isIP(address) === 6) {
    const expanded = expandIpv6(address);
    return expanded ? `${expanded.slice(0, 4).join(":")}::/64` : address;
  }
  return address || "unknown";
}

function expandIpv6(address: string): string[] | undefined {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  if (right.some((part) => part.includes("."))) return undefined;
  const zeros = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array(Math.max(0, zeros)).fill("0"), ...right];
  return groups.length === 8 ? groups.map((g) => g.toLowerCase().replace(/^0+(?=.)/, "")) : undefined;
}
