import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { databasePath, readConfig } from "../../../src/server/config.ts";

describe("enquiry server configuration", () => {
  it("defaults: ./data, 5 enquiries a minute per client, no proxy trusted, no CRM", () => {
    const config = readConfig({});
    expect(config.dbPath).toBe(join(resolve("data"), "enquiries.db"));
    expect(databasePath({})).toBe(config.dbPath);
    expect(config.rateLimit).toEqual({ limit: 5, windowMs: 60_000 });
    expect(config.trustProxyHops).toBe(0);
    expect(config.webhook).toBeUndefined();
    expect(config.maxBodyBytes).toBe(64 * 1024);
  });

  it("reads every setting from the environment", () => {
    const config = readConfig({
      DATA_DIR: "/srv/leads",
      ENQUIRY_RATE_LIMIT: "50",
      ENQUIRY_RATE_WINDOW_SECONDS: "10",
      TRUST_PROXY: "1",
      CRM_WEBHOOK_URL: "https://crm.example.hk/hooks/leads",
      CRM_WEBHOOK_SECRET: "s",
      ENQUIRY_OUTBOX_BASE_DELAY_MS: "1000",
      ENQUIRY_OUTBOX_MAX_DELAY_MS: "60000",
      ENQUIRY_ALLOWED_ORIGINS: "https://www.example.hk/, http://localhost:3000",
    });
    expect(config.dbPath).toBe("/srv/leads/enquiries.db");
    expect(config.rateLimit).toEqual({ limit: 50, windowMs: 10_000 });
    expect(config.trustProxyHops).toBe(1);
    expect(config.webhook).toEqual({ url: "https://crm.example.hk/hooks/leads", secret: "s" });
    expect(config.outbox).toMatchObject({ baseDelayMs: 1000, maxDelayMs: 60_000 });
    expect(config.allowedOrigins).toEqual(["https://www.example.hk", "http://localhost:3000"]);
    expect(readConfig({ TRUST_PROXY: "true" }).trustProxyHops).toBe(1);
  });

  it("a malformed value stops the start with the variable's name", () => {
    expect(() => readConfig({ ENQUIRY_RATE_LIMIT: "lots" })).toThrow(/ENQUIRY_RATE_LIMIT/);
    expect(() => readConfig({ ENQUIRY_RATE_LIMIT: "0" })).toThrow(/ENQUIRY_RATE_LIMIT/);
    expect(() => readConfig({ TRUST_PROXY: "yes please" })).toThrow(/TRUST_PROXY/);
    expect(() => readConfig({ CRM_WEBHOOK_URL: "crm.example.hk" })).toThrow(/CRM_WEBHOOK_URL/);
    expect(() => readConfig({ CRM_WEBHOOK_URL: "ftp://crm.example.hk" })).toThrow(/CRM_WEBHOOK_URL/);
    expect(() => readConfig({ ENQUIRY_ALLOWED_ORIGINS: "not a url" })).toThrow(/ENQUIRY_ALLOWED_ORIGINS/);
  });
});
