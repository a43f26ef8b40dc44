import { describe, expect, it } from "vitest";
import { clientKey, createRateLimiter } from "../../../src/server/rate-limit.ts";

describe("rate limiter", () => {
  it("allows `limit` requests in a sliding window, then refuses with the seconds until a slot frees", () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
    const t0 = 1_000_000;
    expect(limiter.check("a", t0).ok).toBe(true);
    expect(limiter.check("a", t0 + 10_000).ok).toBe(true);
    expect(limiter.check("a", t0 + 20_000).ok).toBe(true);
    expect(limiter.check("a", t0 + 30_000)).toEqual({ ok: false, retryAfterSeconds: 30 });
    // Other clients are counted apart.
    expect(limiter.check("b", t0 + 30_000).ok).toBe(true);
    // The first request leaves the window at t0 + 60 s: one slot frees, not three.
    expect(limiter.check("a", t0 + 60_001).ok).toBe(true);
    expect(limiter.check("a", t0 + 60_002).ok).toBe(false);
  });

  it("a released slot is free again at once; releasing twice frees one slot only", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    const first = limiter.check("a", 0);
    expect(limiter.check("a", 1).ok).toBe(true);
    expect(limiter.check("a", 2).ok).toBe(false);
    if (!first.ok) throw new Error("first refused");
    first.release();
    first.release();
    expect(limiter.check("a", 3).ok).toBe(true);
    expect(limiter.check("a", 4).ok).toBe(false);
  });

  it("refused requests do not extend the wait", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 10_000 });
    expect(limiter.check("a", 0).ok).toBe(true);
    for (let t = 1000; t < 10_000; t += 1000) expect(limiter.check("a", t).ok).toBe(false);
    expect(limiter.check("a", 10_000).ok).toBe(true);
  });

  it("stays exact as the window slides over many requests, whatever the limit", () => {
    const limiter = createRateLimiter({ limit: 1_000_000_000, windowMs: 1000 });
    let refused = 0;
    for (let t = 0; t < 100_000; t++) if (!limiter.check("load", t).ok) refused++;
    expect(refused).toBe(0);
    const small = createRateLimiter({ limit: 100, windowMs: 1000 });
    for (let t = 0; t < 5000; t++) small.check("a", t * 10);
    // At t = 49 990 the window holds the requests from 49 000 on: exactly 100.
    expect(small.check("a", 49_995).ok).toBe(false);
    expect(small.check("a", 50_001).ok).toBe(true);
  });

  it("keeps memory bounded by forgetting the least recently seen clients", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.check(`client-${i}`, i);
    expect(limiter.size).toBe(100);
  });
});

describe("client key", () => {
  it("uses the socket address and ignores X-Forwarded-For unless proxies are trusted", () => {
    expect(clientKey("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(clientKey("::ffff:203.0.113.7", null, 0)).toBe("203.0.113.7");
  });

  it("with N trusted proxies takes the Nth address from the right (entries to its left can be forged)", () => {
    expect(clientKey("10.0.0.1", "6.6.6.6, 198.51.100.1", 1)).toBe("198.51.100.1");
    expect(clientKey("10.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2", 2)).toBe("198.51.100.1");
    expect(clientKey("10.0.0.1", null, 1)).toBe("10.0.0.1");
  });

  it("counts IPv6 clients per /64", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1", null, 0)).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:2:bbbb:cccc:dddd:eeee", null, 0)).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:3::1", null, 0)).not.toBe(clientKey("2001:db8:1:2::1", null, 0));
  });
});
