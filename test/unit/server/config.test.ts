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
    expect(config.retentionMonths).toBe(24);
    expect(config.dbMaxBytes).toBeUndefined();
    expect(config.minFreeBytes).toBe(16 * 1024 * 1024);
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
      ENQUIRY_RETENTION_MONTHS: "36",
      ENQUIRY_DB_MAX_MB: "512",
      ENQUIRY_MIN_FREE_MB: "64",
    });
    expect(config.retentionMonths).toBe(36);
    expect(config.dbMaxBytes).toBe(512 * 1024 * 1024);
    expect(config.minFreeBytes).toBe(64 * 1024 * 1024);
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

  it("a CRM webhook must be https, except to a receiver on this machine", () => {
    const signed = { CRM_WEBHOOK_SECRET: "s" };
    expect(() => readConfig({ ...signed, CRM_WEBHOOK_URL: "http://crm.example.hk/leads" })).toThrow(/must be https/);
    expect(() => readConfig({ ...signed, CRM_WEBHOOK_URL: "http://10.0.0.5/leads" })).toThrow(/must be https/);
    for (const url of ["http://localhost:9000/leads", "http://127.0.0.1:9000/leads", "http://[::1]:9000/leads"]) {
      expect(readConfig({ ...signed, CRM_WEBHOOK_URL: url }).webhook?.url).toBe(url);
    }
    expect(() => readConfig({ ...signed, CRM_WEBHOOK_URL: "https://user:pw@crm.example.hk/" })).toThrow(/password/);
  });

  it("a CRM webhook without a secret stops the start unless unsigned deliveries are asked for", () => {
    expect(() => readConfig({ CRM_WEBHOOK_URL: "https://crm.example.hk/leads" })).toThrow(/CRM_WEBHOOK_SECRET/);
    expect(
      readConfig({ CRM_WEBHOOK_URL: "https://crm.example.hk/leads", CRM_WEBHOOK_ALLOW_UNSIGNED: "1" }).webhook,
    ).toEqual({ url: "https://crm.example.hk/leads" });
  });

  it("retention and size settings have bounds", () => {
    expect(() => readConfig({ ENQUIRY_RETENTION_MONTHS: "0" })).toThrow(/ENQUIRY_RETENTION_MONTHS/);
    expect(() => readConfig({ ENQUIRY_RETENTION_MONTHS: "two years" })).toThrow(/ENQUIRY_RETENTION_MONTHS/);
    expect(() => readConfig({ ENQUIRY_DB_MAX_MB: "0" })).toThrow(/ENQUIRY_DB_MAX_MB/);
  });
});
