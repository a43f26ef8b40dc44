/**
 * `npm run leads -- <command>`: the firm's view of the enquiries database ($DATA_DIR/enquiries.db, default ./data).
 *
 *   list [--since YYYY-MM-DD]                          reference, date, company, interest, consent, CRM delivery
 *   show <reference> [--json] [--lang en|zh-hk]         every field and a readable summary of the attached assessment
 *   export --format csv|json [--since YYYY-MM-DD] [--out FILE]
 *   redeliver <reference> | --failed                   queue CRM delivery again (the server's worker sends it)
 *   backup <file>                                      consistent copy of the database while the server runs
 *
 * Dates given with --since are Hong Kong dates. Exit codes: 0 done, 1 nothing found / no database, 2 usage error.
 */
import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isIsoDate } from "../engine/answers.ts";
import type { Assessment, Method } from "../engine/index.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { type CsvCell, toCsv } from "../lib/csv.ts";
import { interests, timings } from "../lib/enquiry.ts";
import { interestLabel, timingLabel } from "../lib/enquiry-text.ts";
import { buildReportModel } from "../report/model.ts";
import { databasePath } from "../server/config.ts";
import { type LeadDocument, leadDocument } from "../server/lead-document.ts";
import { readSiteUrl } from "../server/site-url.ts";
import { type Lead, type LeadStore, openLeadStore } from "../server/storage.ts";
import { readMethod } from "./method-files.ts";

const usage = `Usage:
  npm run leads -- list [--since YYYY-MM-DD]
  npm run leads -- show <reference> [--json] [--lang en|zh-hk]
  npm run leads -- export --format csv|json [--since YYYY-MM-DD] [--out FILE]
  npm run leads -- redeliver <reference> | --failed
  npm run leads -- backup <file>
The database is $DATA_DIR/enquiries.db (DATA_DIR defaults to ./data).`;

class UsageError extends Error {}
class NotFound extends Error {}

/** Text safe to print on a terminal: control and bidirectional-override characters are shown as "?". */
function printable(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "  ")
    .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, (c) => (c === "\n" ? "\n" : "?"));
}

/** Columns a string takes on a terminal (East Asian wide characters and emoji take two). */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x1f300;
    width += wide ? 2 : 1;
  }
  return width;
}

function padCell(text: string, width: number): string {
  let out = "";
  for (const char of printable(text).replace(/\s+/g, " ")) {
    if (displayWidth(out + char) > width - (displayWidth(text) > width ? 1 : 0)) return `${out}…`;
    out += char;
  }
  return out + " ".repeat(Math.max(0, width - displayWidth(out)));
}

const hongKongTime = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Hong_Kong",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function localTime(iso: string): string {
  const parts = Object.fromEntries(hongKongTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The start of a Hong Kong calendar day, as the UTC ISO time stored in `created_at`. */
function sinceToUtc(date: string): string {
  if (!isIsoDate(date)) throw new UsageError(`--since must be a date written YYYY-MM-DD (got "${date}")`);
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}

function deliveryText(lead: Lead): string {
  if (!lead.delivery) return "—";
  if (lead.delivery.state === "pending" && lead.delivery.attempts > 0) return `pending (${lead.delivery.attempts})`;
  return lead.delivery.state;
}

function label<T extends string>(labels: Record<T, string>, id: string, known: readonly T[]): string {
  return (known as readonly string[]).includes(id) ? labels[id as T] : id;
}

function list(store: LeadStore, since: string | undefined): string {
  const leads = store.list(since ? { since } : {});
  if (leads.length === 0) return "No enquiries.\n";
  const columns = [
    ["Reference", 18],
    ["Date (HKT)", 16],
    ["Company", 30],
    ["Interest", 24],
    ["Marketing", 9],
    ["CRM", 12],
  ] as const;
  const lines = [
    columns
      .map(([title, width]) => padCell(title, width))
      .join("  ")
      .trimEnd(),
  ];
  for (const lead of leads) {
    lines.push(
      [
        lead.reference,
        localTime(lead.createdAt),
        lead.company,
        label(interestLabel.en, lead.interest, interests),
        lead.marketingConsent ? "yes" : "no",
        deliveryText(lead),
      ]
        .map((cell, i) => padCell(cell, (columns[i] as readonly [string, number])[1]))
        .join("  ")
        .trimEnd(),
    );
  }
  lines.push("", `${leads.length} enquir${leads.length === 1 ? "y" : "ies"}.`);
  return `${lines.join("\n")}\n`;
}

function summary(method: Method, lead: Lead, locale: Locale, link: string | null): string[] {
  if (!lead.assessment) return ["Assessment: not attached"];
  const out = [`Assessment (self-assessment, method ${lead.methodVersion ?? "?"}):`];
  try {
    const model = buildReportModel(method, lead.assessment as Assessment, locale);
    const f = model.format;
    out.push(`  Readiness: ${f.number(model.summary.overall)} / 100, ${model.summary.band}`);
    out.push(`  SOC 2: ${model.soc2.firstReport}; ${model.soc2.path}`);
    out.push(
      `  Trust Services categories: ${model.soc2.categories
        .filter((c) => c.included)
        .map((c) => c.label)
        .join(", ")}`,
    );
    for (const d of model.soc2.days) out.push(`  ${d.label}: ${f.number(d.days)}`);
    if (model.iso.applicable) {
      out.push(
        `  ISO/IEC 42001: ${model.iso.role}; initial audit ${f.number(model.iso.initial)} days, cycle ${f.number(model.iso.cycleTotal)} days`,
      );
    } else {
      out.push("  ISO/IEC 42001: not applicable");
    }
    if (model.summary.topFindings.length > 0) {
      out.push("  Top findings:");
      for (const finding of model.summary.topFindings) out.push(`    - ${finding}`);
    }
  } catch {
    out.push("  (this assessment was made with another method version; see --json for the stored figures)");
  }
  if (lead.answerIssues > 0) out.push(`  ${lead.answerIssues} answer(s) were invalid and left out before evaluating.`);
  if (link) out.push(`  Reopen: ${link}`);
  return out;
}

function show(store: LeadStore, method: Method, siteUrl: string, reference: string, json: boolean, locale: Locale) {
  const lead = store.get(reference.trim().toUpperCase());
  if (!lead) throw new NotFound(`No enquiry ${reference}`);
  const doc = leadDocument(lead, { method, siteUrl });
  if (json) return `${JSON.stringify({ ...doc, delivery: lead.delivery }, null, 2)}\n`;
  const rows: [string, string][] = [
    ["Reference", lead.reference],
    ["Received", `${localTime(lead.createdAt)} HKT (${lead.createdAt})`],
    ["Language", lead.locale],
    ["Name", lead.name],
    ["Company", lead.company],
    ["Role", lead.role],
    ["Email", lead.email],
    ["Phone", lead.phone ?? "—"],
    ["Interest", label(interestLabel.en, lead.interest, interests)],
    ["Timing", label(timingLabel.en, lead.timing, timings)],
    ["Direct marketing", lead.marketingConsent ? "consented" : "no consent"],
    ["PICS version", lead.picsVersion],
    [
      "CRM delivery",
      lead.delivery
        ? [
            lead.delivery.state,
            `${lead.delivery.attempts} attempt(s)`,
            lead.delivery.deliveredAt ? `delivered ${lead.delivery.deliveredAt}` : "",
            lead.delivery.lastError ? `last error: ${lead.delivery.lastError}` : "",
            lead.delivery.state === "pending" ? `next ${new Date(lead.delivery.nextAttemptAt).toISOString()}` : "",
          ]
            .filter(Boolean)
            .join("; ")
        : "not forwarded (no CRM configured)",
    ],
  ];
  const out = rows.map(([k, v]) => `${`${k}:`.padEnd(18)}${printable(v)}`);
  out.push("Message:");
  out.push(
    ...(lead.message
      ? printable(lead.message)
          .split(/\r?\n/)
          .map((line) => `  ${line}`)
      : ["  —"]),
  );
  out.push(...summary(method, lead, locale, doc.assessmentLink));
  return `${out.join("\n")}\n`;
}

const csvHeader = [
  "reference",
  "created_at",
  "locale",
  "name",
  "company",
  "email",
  "phone",
  "role",
  "interest",
  "timing",
  "message",
  "marketing_consent",
  "pics_version",
  "method_version",
  "readiness_overall",
  "readiness_band",
  "soc2_first_report",
  "soc2_path",
  "soc2_categories",
  "soc2_days_type1",
  "soc2_days_type2",
  "iso42001_applicable",
  "iso42001_initial_days",
  "iso42001_cycle_days",
  "regulator_flags",
  "top_gaps",
  "crm_delivery",
  "crm_delivered_at",
  "assessment_link",
] as const;

interface Proposal {
  readiness?: { overall?: number; band?: string };
  soc2?: { firstReport?: string; path?: string; categories?: string[]; days?: { type1?: number; type2?: number } };
  iso42001?: { applicable?: boolean; days?: { initial?: number; cycleTotal?: number } };
  regulatorFlags?: string[];
  topGaps?: string[];
}

function csvRow(doc: LeadDocument, lead: Lead): CsvCell[] {
  const p = (doc.proposal ?? {}) as Proposal;
  const iso = p.iso42001;
  return [
    doc.reference,
    doc.createdAt,
    doc.locale,
    doc.contact.name,
    doc.contact.company,
    doc.contact.email,
    doc.contact.phone,
    doc.contact.role,
    doc.interest,
    doc.timing,
    doc.message,
    doc.marketingConsent,
    doc.picsVersion,
    doc.methodVersion,
    p.readiness?.overall,
    p.readiness?.band,
    p.soc2?.firstReport,
    p.soc2?.path,
    p.soc2?.categories?.join(" "),
    p.soc2?.days?.type1,
    p.soc2?.days?.type2,
    iso ? iso.applicable === true : undefined,
    iso?.applicable ? iso.days?.initial : undefined,
    iso?.applicable ? iso.days?.cycleTotal : undefined,
    p.regulatorFlags?.join(" "),
    p.topGaps?.join(" "),
    lead.delivery?.state ?? "",
    lead.delivery?.deliveredAt ?? "",
    doc.assessmentLink,
  ];
}

function exportLeads(store: LeadStore, method: Method, siteUrl: string, format: string, since: string | undefined) {
  const leads = store.list(since ? { since } : {});
  const docs = leads.map((lead) => ({ lead, doc: leadDocument(lead, { method, siteUrl }) }));
  if (format === "json") {
    return `${JSON.stringify(
      docs.map(({ lead, doc }) => ({ ...doc, delivery: lead.delivery })),
      null,
      2,
    )}\n`;
  }
  return toCsv(
    csvHeader,
    docs.map(({ lead, doc }) => csvRow(doc, lead)),
  );
}

function run(argv: string[]): string {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      since: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      json: { type: "boolean" },
      lang: { type: "string" },
      failed: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  const [command, argument, ...extra] = positionals;
  if (values.help || !command) return usage;
  if (extra.length > 0) throw new UsageError(`Unexpected arguments: ${extra.join(" ")}`);
  const since = values.since === undefined ? undefined : sinceToUtc(values.since);
  const path = databasePath();
  if (!existsSync(path)) {
    throw new NotFound(`No enquiries database at ${path} (set DATA_DIR, or start the server once to create it).`);
  }
  const store = openLeadStore(path, { create: false });
  try {
    switch (command) {
      case "list":
        return list(store, since);
      case "show": {
        if (!argument) throw new UsageError("show needs a reference, e.g. ENQ-2026-7KQ3M9XA");
        const lang = values.lang ?? "en";
        if (!isLocale(lang)) throw new UsageError(`--lang must be en or zh-hk (got "${lang}")`);
        return show(store, readMethod(), readSiteUrl(), argument, values.json === true, lang);
      }
      case "export": {
        const format = values.format;
        if (format !== "csv" && format !== "json") throw new UsageError("export needs --format csv or --format json");
        const text = exportLeads(store, readMethod(), readSiteUrl(), format, since);
        if (values.out) {
          writeFileSync(values.out, text);
          return `Wrote ${values.out}\n`;
        }
        return text;
      }
      case "redeliver": {
        const target = values.failed ? "failed" : argument?.trim().toUpperCase();
        if (!target) throw new UsageError("redeliver needs a reference or --failed");
        const count = store.requeue(target, Date.now());
        if (count === 0 && target !== "failed") throw new NotFound(`No enquiry ${argument}`);
        return `Queued ${count} lead(s) for CRM delivery; the running server sends them.\n`;
      }
      case "backup": {
        if (!argument) throw new UsageError("backup needs a file to write");
        if (existsSync(argument)) throw new UsageError(`${argument} exists already`);
        store.backup(argument);
        return `Backed up ${store.count()} enquiries to ${argument}\n`;
      }
      default:
        throw new UsageError(`Unknown command "${command}"`);
    }
  } finally {
    store.close();
  }
}

try {
  const output = run(process.argv.slice(2));
  process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
} catch (error) {
  if (error instanceof NotFound) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const message = error instanceof Error ? error.message : String(error);
  const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  if (isUsage) {
    process.stderr.write(`${message}\n\n${usage}\n`);
    process.exit(2);
  }
  throw error;
}
